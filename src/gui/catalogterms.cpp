// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogterms.h"

#include "catalog/romfile.h"

QString CatalogTerms::branch(const QString &word)
{
    if (word == QLatin1String("Stable"))
        //: ROM branch: the stable release (Xiaomi China: 稳定版)
        return tr("Stable");
    if (word == QLatin1String("Stable Beta"))
        //: ROM branch: a stable build tested before its release (Xiaomi China: 稳定内测版)
        return tr("Stable Beta");
    if (word == QLatin1String("Weekly"))
        //: ROM branch: the weekly developer build (Xiaomi China: 开发版)
        return tr("Weekly");
    if (word == QLatin1String("Public Beta"))
        //: ROM branch: the public beta (Xiaomi China: 公测版)
        return tr("Public Beta");
    return word;
}

QString CatalogTerms::type(const QString &word)
{
    if (word == QLatin1String("Recovery"))
        //: ROM file type: a package installed by the phone's recovery (Xiaomi China: 卡刷包)
        return tr("Recovery");
    if (word == QLatin1String("Fastboot"))
        //: ROM file type: images flashed over USB in fastboot mode (Xiaomi China: 线刷包)
        return tr("Fastboot");
    return word;
}

QString CatalogTerms::singularSection(RomOs os)
{
    switch (os) {
    case RomOs::Miui:
    case RomOs::HyperOs:
        break;
    case RomOs::Firmware:
        //: One page or file of the Firmware section, in the singular: "MI 5 Global · Firmware V10.2.2.0.OAAMIXM Stable"
        return tr("Firmware");
    case RomOs::Vendor:
        //: One page or file of the Vendor section, in the singular: "Mi 5s Global · Vendor 9.6.27 Weekly"
        return tr("Vendor");
    }
    return osDisplayName(os); // a name: MIUI, HyperOS
}

QString CatalogTerms::fileKind(const RomFile &file, RomOs section)
{
    return isRomSection(section) ? type(file.type) : singularSection(section);
}

QString CatalogTerms::region(const QString &word)
{
    //: ROM region (the market a ROM is built for)
    static const char *const regions[][2] = {
        {"China", QT_TRANSLATE_NOOP("CatalogTerms", "China")},
        {"Global", QT_TRANSLATE_NOOP("CatalogTerms", "Global")},
        {"EEA", QT_TRANSLATE_NOOP("CatalogTerms", "EEA")},
        {"Russia", QT_TRANSLATE_NOOP("CatalogTerms", "Russia")},
        {"India", QT_TRANSLATE_NOOP("CatalogTerms", "India")},
        {"Indonesia", QT_TRANSLATE_NOOP("CatalogTerms", "Indonesia")},
        {"Taiwan", QT_TRANSLATE_NOOP("CatalogTerms", "Taiwan")},
        {"Turkey", QT_TRANSLATE_NOOP("CatalogTerms", "Turkey")},
        {"Japan", QT_TRANSLATE_NOOP("CatalogTerms", "Japan")},
        {"Korea", QT_TRANSLATE_NOOP("CatalogTerms", "Korea")},
        {"Singapore", QT_TRANSLATE_NOOP("CatalogTerms", "Singapore")},
    };
    for (const auto &entry : regions) {
        if (word == QLatin1String(entry[0]))
            return tr(entry[1]);
    }
    return word;
}

QString CatalogTerms::name(CatalogTreeModel::Term term, const QString &word)
{
    switch (term) {
    case CatalogTreeModel::Term::Branch:
        return branch(word);
    case CatalogTreeModel::Term::Type:
        return type(word);
    case CatalogTreeModel::Term::Region:
        return region(word);
    }
    return word;
}

QString CatalogTerms::device(const RomFile &file)
{
    QStringList names;
    for (const QString &name : file.deviceNames())
        names.append(deviceName(name, name.section(QLatin1Char(' '), -1))); // the region is the last word
    return names.join(QLatin1String(", "));
}

QString CatalogTerms::deviceName(const QString &name, const QString &region)
{
    const QString suffix = QLatin1Char(' ') + region;
    if (region.isEmpty() || !name.endsWith(suffix))
        return name;
    const QString named = CatalogTerms::region(region);
    return named == region ? name : name.left(name.size() - region.size()) + named;
}
