// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogstore.h"

#include "catalog/catalogfile.h"
#include "catalog/catalogmerge.h"
#include "catalog/xfupagereader.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>

QString CatalogStore::embeddedCatalogPath()
{
    return QStringLiteral(":/catalog/xfu.fwbcat");
}

QString CatalogStore::defaultImportsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/imports.fwbcat");
}

QString CatalogStore::defaultFeedPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/feed.fwbcat");
}

QString CatalogStore::defaultPageCachePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/pages");
}

CatalogStore::CatalogStore(QString basePath, QString importsPath, QString feedPath, QString pageCachePath)
    : m_basePath(std::move(basePath))
    , m_importsPath(std::move(importsPath))
    , m_feedPath(std::move(feedPath))
    , m_pageCachePath(std::move(pageCachePath))
{
}

namespace {

bool saveCatalogFile(const QString &path, const Catalog &catalog, QString *error)
{
    QString why;
    if (!writeFileAtomically(path, CatalogFile::write(catalog), &why)) {
        *error = CatalogStore::tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

} // namespace

QString CatalogStore::feedPath(Feed feed) const
{
    if (feed == Feed::Roms)
        return m_feedPath;
    const QFileInfo rom(m_feedPath);
    return rom.path() + QLatin1Char('/') + rom.completeBaseName() + QLatin1String("-firmware.") + rom.suffix();
}

QList<XfuPage> CatalogStore::feedPages(Feed which, QString *error, QDateTime *fetched) const
{
    const QString path = feedPath(which);
    if (!QFileInfo::exists(path))
        return {};
    const CatalogFile::Result feed = CatalogFile::readFile(path);
    if (!feed.ok()) {
        if (error)
            *error = tr("The saved catalog refresh (%1) could not be read: %2").arg(path, feed.error);
        return {};
    }
    if (fetched)
        *fetched = feed.catalog->info().snapshot;
    return feed.catalog->toPages();
}

bool CatalogStore::saveFeed(Feed feed, const QList<XfuPage> &pages, const QDateTime &fetched, QString *error) const
{
    const CatalogPtr catalog = Catalog::build(pages, {}, {tr("Catalog refresh"), fetched});
    return saveCatalogFile(feedPath(feed), *catalog, error);
}

QString CatalogStore::cachedPagePath(RomOs os, const QString &folder, const QString &version) const
{
    return m_pageCachePath + QLatin1Char('/') + osSlug(os) + QLatin1Char('/') + folder + QLatin1Char('/') + version
        + QLatin1String(".md");
}

QList<XfuPage> CatalogStore::cachedPages() const
{
    QList<XfuPage> pages;
    QDirIterator it(m_pageCachePath, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const XfuPageReader::Result read = XfuPageReader::readFile(it.next());
        if (read.ok())
            pages.append(read.page); // a damaged cache entry is simply fetched again
    }
    return pages;
}

QList<XfuPage> CatalogStore::importedPages(QString *error) const
{
    if (!QFileInfo::exists(m_importsPath))
        return {};
    const CatalogFile::Result imports = CatalogFile::readFile(m_importsPath);
    if (!imports.ok()) {
        if (error)
            *error = tr("Your imported pages (%1) could not be read: %2").arg(m_importsPath, imports.error);
        return {};
    }
    return imports.catalog->toPages();
}

CatalogStore::Loaded CatalogStore::load() const
{
    Loaded loaded;
    const CatalogFile::Result base = CatalogFile::readFile(m_basePath);
    if (!base.ok()) {
        loaded.error = tr("The catalog %1 could not be read: %2").arg(m_basePath, base.error);
        return loaded;
    }
    QStringList warnings;
    QString warning;
    QDateTime fetched;
    QList<XfuPage> feed;
    for (Feed which : {Feed::Roms, Feed::Firmware}) {
        QDateTime feedFetched;
        feed += feedPages(which, &warning, &feedFetched);
        if (!warning.isEmpty())
            warnings << warning;
        warning.clear();
        if (feedFetched.isValid() && (!fetched.isValid() || feedFetched > fetched))
            fetched = feedFetched;
    }
    const QList<XfuPage> cached = feed.isEmpty() ? QList<XfuPage>() : cachedPages();
    const QList<XfuPage> imports = importedPages(&warning);
    if (!warning.isEmpty())
        warnings << warning;
    loaded.warning = warnings.join(QLatin1Char('\n'));
    loaded.importedPages = int(imports.size());
    loaded.cachedPages = int(cached.size());
    if (feed.isEmpty() && imports.isEmpty()) {
        loaded.catalog = base.catalog;
        return loaded;
    }

    Catalog::Info info = base.catalog->info();
    QSet<QString> feedOnlyFiles;
    QList<XfuPage> pages = base.catalog->toPages();
    if (!feed.isEmpty()) {
        FeedMerge merge = mergeFeed(std::move(pages), feed);
        pages = std::move(merge.pages);
        loaded.feedAdded = merge.addedFiles;
        loaded.feedUpdated = merge.updatedFiles;
        feedOnlyFiles = QSet<QString>(merge.addedFiles.cbegin(), merge.addedFiles.cend());
        for (const XfuPage &page : cached) {
            for (const RomFile &card : page.cards)
                feedOnlyFiles.remove(card.fileName);
        }
        if (fetched > info.snapshot)
            info.snapshot = fetched;
    }
    loaded.catalog = Catalog::build(mergePages(mergePages(std::move(pages), cached), imports),
                                    base.catalog->marketingNames(), info, std::move(feedOnlyFiles));
    return loaded;
}

CatalogStore::ImportResult CatalogStore::importPage(const QString &pagePath) const
{
    ImportResult result;
    const XfuPageReader::Result read = XfuPageReader::readFile(pagePath);
    if (!read.ok()) {
        result.error = tr("%1: %2").arg(QDir::toNativeSeparators(pagePath), read.error);
        return result;
    }
    result.page = read.page;

    QString error;
    QList<XfuPage> imports = importedPages(&error);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    imports.removeIf([&read](const XfuPage &p) {
        return p.os == read.page.os && p.folder == read.page.folder && p.version == read.page.version;
    });
    imports.append(read.page);

    const CatalogPtr catalog = Catalog::build(imports, {}, {tr("Imported pages"), QDateTime::currentDateTimeUtc()});
    saveCatalogFile(m_importsPath, *catalog, &result.error);
    return result;
}
