// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QString>

// Where the catalog lives, in layers, each later one winning where the catalog lacks something:
//  1. the embedded default (compiled into the binaries);
//  2. the last good refresh feeds, which only fill gaps: the ROM feed (AppDataLocation/feed.fwbcat) and
//     the firmware feed (feed-firmware.fwbcat beside it);
//  3. version pages fetched to complete feed-only files (CacheLocation/pages/<section>/<folder>/<version>.md);
//  4. the user's own imported pages (AppDataLocation/imports.fwbcat).
// Files are written atomically (QSaveFile): a failed write leaves the catalog and file as they were.
class CatalogStore
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)

public:
    static QString embeddedCatalogPath(); // ":/catalog/xfu.fwbcat"
    static QString defaultImportsPath();  // <AppDataLocation>/imports.fwbcat
    static QString defaultFeedPath();     // <AppDataLocation>/feed.fwbcat
    static QString defaultPageCachePath(); // <CacheLocation>/pages

    // The refresh feeds: miui-updates-tracker's latest.yml (ROMs), the site's data/devices/latest.yml (firmware).
    enum class Feed { Roms, Firmware };

    explicit CatalogStore(QString basePath = embeddedCatalogPath(), QString importsPath = defaultImportsPath(),
                          QString feedPath = defaultFeedPath(), QString pageCachePath = defaultPageCachePath());

    struct Loaded
    {
        CatalogPtr catalog;
        QString error;   // when the base catalog could not be read (catalog is then null)
        QString warning; // when a layer could not be read (the catalog is used without it)
        int importedPages = 0;
        int cachedPages = 0;
        QStringList feedAdded;   // file names the feed adds to the layers below it
        QStringList feedUpdated; // known files the feed gave an MD5 or a mirror
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

    // A refresh feed's pages (see LatestFeed, FirmwareFeed), as last saved; empty when none was saved.
    QList<XfuPage> feedPages(Feed feed, QString *error = nullptr, QDateTime *fetched = nullptr) const;
    QList<XfuPage> feedPages(QString *error = nullptr, QDateTime *fetched = nullptr) const
    {
        return feedPages(Feed::Roms, error, fetched);
    }
    bool saveFeed(Feed feed, const QList<XfuPage> &pages, const QDateTime &fetched, QString *error) const;
    bool saveFeed(const QList<XfuPage> &pages, const QDateTime &fetched, QString *error) const
    {
        return saveFeed(Feed::Roms, pages, fetched, error);
    }

    // Where a version page fetched to complete its files is cached, and the pages cached so far.
    QString cachedPagePath(RomOs os, const QString &folder, const QString &version) const;
    QList<XfuPage> cachedPages() const;

    const QString &basePath() const { return m_basePath; }
    const QString &importsPath() const { return m_importsPath; }
    const QString &feedPath() const { return m_feedPath; }
    QString feedPath(Feed feed) const; // the firmware feed: "feed-firmware.fwbcat" beside the ROM feed
    const QString &pageCachePath() const { return m_pageCachePath; }

private:
    QString m_basePath;
    QString m_importsPath;
    QString m_feedPath;
    QString m_pageCachePath;
};
