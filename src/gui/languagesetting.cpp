// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagesetting.h"

#include "util/translations.h"

#include <QSettings>

namespace {
const QString Key = QStringLiteral("interface/language");
} // namespace

QString LanguageSetting::load()
{
    return QSettings().value(Key).toString();
}

void LanguageSetting::save(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(Key);
    else
        settings.setValue(Key, language);
}

QLocale LanguageSetting::locale()
{
    const QString language = load();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void LanguageSetting::apply()
{
    const QLocale chosen = locale();
    if (!load().isEmpty())
        QLocale::setDefault(chosen);
    installTranslators(chosen);
}

QString LanguageSetting::displayName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    // Only where the file is for one country's variant (zh_CN, pt_BR) does the country matter.
    if (language.contains(QLatin1Char('_')))
        name = tr("%1 (%2)").arg(name, locale.nativeTerritoryName());
    return name.isEmpty() ? language : name.at(0).toUpper() + name.mid(1);
}
