// SPDX-License-Identifier: GPL-3.0-or-later
#include "xiaomiregions.h"

#include <QHash>
#include <QStringList>

namespace {

// Region words of variant suffixes ("_eea_global") and of version letters ("…EUXM").
struct RegionCode
{
    const char *variantWord; // lower case, in mod_device / devices.yml
    const char *letters;     // upper case, in the version's last part
    const char *region;      // as the catalog names it
};

constexpr RegionCode Codes[] = {
    {"eea", "EU", "EEA"},     {"ru", "RU", "Russia"},     {"in", "IN", "India"},   {"india", nullptr, "India"},
    {"id", "ID", "Indonesia"}, {"tw", "TW", "Taiwan"},     {"tr", "TR", "Turkey"},  {"jp", "JP", "Japan"},
    {"kr", "KR", "Korea"},     {"sg", nullptr, "Singapore"}, {nullptr, "MI", "Global"}, {nullptr, "CN", "China"},
    {nullptr, "CM", "China"}, // China Mobile builds (V11.1.27.0.QGICMXM)
};

// Variants whose region in upstream's devices.yml does not follow the suffix rule.
const QHash<QString, QString> &variantExceptions()
{
    static const QHash<QString, QString> exceptions{
        {QStringLiteral("HM2013023"), QStringLiteral("Global")}, // Redmi 1 W Global
        {QStringLiteral("HM2014811"), QStringLiteral("Global")}, // Redmi 2 LTE Global
        {QStringLiteral("emeraldr"), QStringLiteral("Global")},
        {QStringLiteral("tissot"), QStringLiteral("Global")},           // Mi A1 (Android One)
        {QStringLiteral("rothko_id_global"), QStringLiteral("India")}, // its India ROMs say ID, too
    };
    return exceptions;
}

} // namespace

namespace XiaomiRegions {

QString ofVariant(QStringView variant)
{
    if (variant.isEmpty())
        return {};
    if (const auto it = variantExceptions().constFind(variant.toString()); it != variantExceptions().cend())
        return *it;
    const QList<QStringView> words = variant.split(QLatin1Char('_'));
    if (words.size() < 2 || words.last() != QLatin1String("global"))
        return QStringLiteral("China");
    // "angelicain_in_rf_global", "dandelion_c3l2_eea_global": the region word is any of the middle ones.
    for (qsizetype i = words.size() - 2; i >= 1; --i) {
        for (const RegionCode &code : Codes) {
            if (code.variantWord && words[i] == QLatin1String(code.variantWord))
                return QLatin1String(code.region);
        }
    }
    return QStringLiteral("Global");
}

QString ofVersion(QStringView version)
{
    // V14.0.7.0.TKHMIXM: Android letter (T), device letters (KH), region (MI), build letters (XM).
    const qsizetype dot = version.lastIndexOf(QLatin1Char('.'));
    const QStringView tail = version.mid(dot + 1);
    if (dot < 0 || tail.size() != 7)
        return {};
    for (QChar c : tail) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return {};
    }
    const QStringView letters = tail.mid(3, 2);
    for (const RegionCode &code : Codes) {
        if (code.letters && letters == QLatin1String(code.letters))
            return QLatin1String(code.region);
    }
    return {};
}

QString ofHardwareCode(QStringView hwc)
{
    const QString code = hwc.trimmed().toString().toUpper();
    if (code.isEmpty())
        return {};
    if (code == QLatin1String("CN") || code == QLatin1String("CHINA"))
        return QStringLiteral("China");
    if (code == QLatin1String("GLOBAL") || code == QLatin1String("GL"))
        return QStringLiteral("Global");
    if (code == QLatin1String("INDIA"))
        return QStringLiteral("India");
    if (code == QLatin1String("EEA"))
        return QStringLiteral("EEA");
    for (const RegionCode &code2 : Codes) {
        if (code2.letters && code == QLatin1String(code2.letters))
            return QLatin1String(code2.region);
    }
    return {};
}

} // namespace XiaomiRegions
