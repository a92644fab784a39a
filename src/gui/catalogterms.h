// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogtreemodel.h"

#include <QCoreApplication>
#include <QString>

struct RomFile;

// The catalog's own words — branches, file types and regions as upstream writes them ("Weekly",
// "Recovery", "Global") — in the user's language, for what the window shows: the filters, the
// tree, the cards, the phone panel. Xiaomi's own terms where it has them (稳定版, 开发版, 卡刷包,
// 线刷包). A word this list does not know stays as upstream wrote it. The CLI and the JSON keep
// upstream's words; so do the filters' values and the search.
class CatalogTerms
{
    Q_DECLARE_TR_FUNCTIONS(CatalogTerms)

public:
    static QString branch(const QString &word);
    static QString type(const QString &word);
    static QString region(const QString &word);
    static QString name(CatalogTreeModel::Term term, const QString &word);
    // The card's Device field, every name the page gives the file, each with its region named:
    // "MI 5 Global" -> "MI 5 国际版".
    static QString device(const RomFile &file);
    // A section as one of its pages or files is named, in the singular: the title "MI 5 Global ·
    // Firmware V10.2.2.0.OAAMIXM Stable" (Russian "Прошивка", where the section is "Прошивки").
    static QString singularSection(RomOs os);
    // What a file is, for a Type column: Recovery or Fastboot for a ROM, else its section's item.
    static QString fileKind(const RomFile &file, RomOs section);
    // A page name that ends with a region in the same way ("Redmi Note 8 Pro Global").
    static QString deviceName(const QString &name, const QString &region);
};
