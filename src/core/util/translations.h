// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

#include <optional>

// Installs Qt's own translations (qtbase_<lang>.qm from Qt's translations directory) and the
// app's (":/i18n/firmware-browser_<lang>.qm") for the locale, replacing those installed by an
// earlier call. English is the fallback: its file holds the plural forms of "%Ln file(s)" and the
// like. Returns the app translation's language ("ru", "zh_CN", "en").
QString installTranslators(const QLocale &locale = QLocale());

// The locale of the installed translators (installTranslators()'s argument); none before the first
// call and after removeTranslators().
std::optional<QLocale> translatorsLocale();

// Removes the translators installTranslators() installed: texts show as the sources write them.
void removeTranslators();

// The languages the app is translated into, from the embedded files: "en", "es", "id", "pt_BR", …
QStringList availableLanguages();
