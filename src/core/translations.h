// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

// Installs Qt's own translations and the app's (":/i18n/firmware-browser_<lang>.qm") for the
// locale. English is the fallback: its file holds the plural forms of "%n file(s)" and the like.
void installTranslators(const QLocale &locale = QLocale());
