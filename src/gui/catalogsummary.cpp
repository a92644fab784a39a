// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogsummary.h"

#include "catalog/catalogtreemodel.h"

#include <algorithm>

QString CatalogSummary::versions(qsizetype n)
{
    return tr("%Ln version(s)", nullptr, int(n));
}

QString CatalogSummary::files(qsizetype n)
{
    return tr("%Ln file(s)", nullptr, int(n));
}

QString CatalogSummary::devices(qsizetype n)
{
    return tr("%Ln device(s)", nullptr, int(n));
}

QString CatalogSummary::statusText(const Catalog &catalog)
{
    // Files as the site counts them: one per card of each version page.
    QStringList parts{versions(catalog.pages().size()), files(catalog.cardCount()), devices(catalog.devices().size())};
    const QDate date = catalog.info().snapshot.toUTC().date();
    // ISO, as every date of the catalog (the cards, the tree, "Offline — catalog from 2026-08-23").
    if (date.isValid())
        parts.append(tr("data of %1").arg(date.toString(Qt::ISODate)));
    return parts.join(QStringLiteral(" · "));
}

QString CatalogSummary::newFiles(const QList<RomOs> &sections)
{
    const auto count = [&sections](std::initializer_list<RomOs> wanted) {
        return int(std::count_if(sections.cbegin(), sections.cend(),
                                 [wanted](RomOs os) { return std::find(wanted.begin(), wanted.end(), os) != wanted.end(); }));
    };
    QStringList parts;
    if (const int roms = count({RomOs::Miui, RomOs::HyperOs}))
        parts << tr("%Ln new ROM file(s)", nullptr, roms);
    if (const int firmware = count({RomOs::Firmware}))
        //: Firmware-only zips that a catalog refresh brought
        parts << tr("%Ln new firmware file(s)", nullptr, firmware);
    if (const int vendor = count({RomOs::Vendor}))
        //: Vendor packages that a catalog refresh brought
        parts << tr("%Ln new vendor package(s)", nullptr, vendor);
    return parts.join(CatalogTreeModel::listSeparator());
}

QList<RomOs> CatalogSummary::sectionsOf(const Catalog &catalog, const QStringList &fileNames)
{
    QList<RomOs> sections;
    sections.reserve(fileNames.size());
    for (const QString &name : fileNames) {
        RomOs os = RomOs::Miui;
        if (const QList<int> files = catalog.filesNamed(name); !files.isEmpty()) {
            if (const QList<int> pages = catalog.pagesOfFile(files.first()); !pages.isEmpty())
                os = catalog.pages().at(pages.first()).os;
        }
        sections.append(os);
    }
    return sections;
}
