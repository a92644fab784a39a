// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// The interface language chosen in Preferences (QSettings "interface/language": "ru", "zh_CN", …;
// empty follows the system). firmware-browser applies it at start; firmware-cli follows the system.
class LanguageSetting
{
    Q_DECLARE_TR_FUNCTIONS(LanguageSetting)

public:
    static QString load();
    static void save(const QString &language);
    // The chosen language's locale, else the system's.
    static QLocale locale();
    // Installs the translators for locale() and, when a language was chosen, makes it the default
    // locale so numbers and dates match the texts.
    static void apply();
    // "Русский", "中文（中国）", "Português (Brasil)": what the language choice shows.
    static QString displayName(const QString &language);
};
