// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Short texts about a catalog and its parts, for the status bar and the details pane.
class CatalogSummary
{
    Q_DECLARE_TR_FUNCTIONS(CatalogSummary)

public:
    // "34,377 versions · 62,401 files · 413 devices · data of 2026-08-23": numbers in the default
    // locale (QLocale(), the interface language's), the date ISO as every date of the catalog.
    static QString statusText(const Catalog &catalog);
    static QString versions(qsizetype n); // "1 version", "3 versions"
    static QString files(qsizetype n);
    static QString devices(qsizetype n);

    // New files counted by what they are, in the site's section order: "2 new ROM files, 1 new
    // firmware file"; the sections with none are left out. sections: each new file's section.
    static QString newFiles(const QList<RomOs> &sections);
    // The section of each file named (a name the catalog does not hold counts as a ROM).
    static QList<RomOs> sectionsOf(const Catalog &catalog, const QStringList &fileNames);
};
