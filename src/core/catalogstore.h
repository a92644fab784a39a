// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QString>

// Where the catalog lives: the embedded default (compiled into the binaries) with the user's own
// imported pages laid over it. The imports are a catalog file in AppDataLocation, written
// atomically (QSaveFile): a failed import leaves both the catalog and the file as they were.
class CatalogStore
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)

public:
    static QString embeddedCatalogPath(); // ":/catalog/xfu.fwbcat"
    static QString defaultImportsPath();  // <AppDataLocation>/imports.fwbcat

    explicit CatalogStore(QString basePath = embeddedCatalogPath(), QString importsPath = defaultImportsPath());

    struct Loaded
    {
        CatalogPtr catalog;
        QString error;   // when the base catalog could not be read (catalog is then null)
        QString warning; // when the imports could not be read (the base catalog is used alone)
        int importedPages = 0;
    };
    // Reads the base catalog and lays the imports over it. Slow-ish (tens of ms): call it in a worker.
    Loaded load() const;

    struct ImportResult
    {
        XfuPage page;    // the page as read
        QString error;   // names the file and what is wrong; nothing was changed
        bool ok() const { return error.isEmpty(); }
    };
    // Reads a saved version page and adds it to the imports (replacing an earlier import of the
    // same page). Does not touch the base catalog.
    ImportResult importPage(const QString &pagePath) const;

    QList<XfuPage> importedPages(QString *error = nullptr) const;

    const QString &basePath() const { return m_basePath; }
    const QString &importsPath() const { return m_importsPath; }

private:
    QString m_basePath;
    QString m_importsPath;
};
