// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "catalog/catalogstore.h"
#include "feed/catalogupdater.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// A CatalogStore whose every file lies in a temporary folder of its own (base.fwbcat,
// imports.fwbcat, the feeds beside feed.fwbcat, cache/), never in the user's: the refresh tests
// write their base catalog there and run CatalogUpdater on it, against a loopback TestHttpServer,
// to its outcome.
class TempCatalogStore
{
public:
    bool isValid() const { return m_dir.isValid(); }
    CatalogStore store() const;
    // Writes `catalog` as base.fwbcat; false (with a warning) when it could not.
    [[nodiscard]] bool writeBase(const Catalog &catalog) const;
    // A feed as the last good refresh saved it, byte for byte; empty when none was saved.
    QByteArray savedFeed(CatalogStore::Feed feed = CatalogStore::Feed::Roms) const;
    // One refresh of `current` with `options`, waited for (20 s at most): the result it finished
    // with, or a default Result (no catalog, NetworkError) when it never finished.
    CatalogUpdater::Result refresh(const CatalogUpdater::Options &options, CatalogPtr current) const;

private:
    QString filePath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
};
