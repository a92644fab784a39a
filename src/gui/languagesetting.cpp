// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagesetting.h"

#include "util/translations.h"

#include <QHash>
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
    // What the speakers call their language where CLDR names another thing: the country
    // ("Indonesia"), or Spain's variant ("español de España") for a file meant for every Spanish.
    static const QHash<QString, QString> endonyms{{QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
                                                  {QStringLiteral("es"), QStringLiteral("español")}};
    QString name = endonyms.value(language, locale.nativeLanguageName());
    // Only where the file is for one country's variant (zh_CN, pt_BR) does the country matter.
    if (language.contains(QLatin1Char('_')))
        name = tr("%1 (%2)").arg(name, locale.nativeTerritoryName());
    return name.isEmpty() ? language : name.at(0).toUpper() + name.mid(1);
}
