// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogsearchindex.h"
#include "catalog/romfile.h"
#include "catalog/xfupage.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>

// A version page of the catalog: its identity and the indexes of its files in Catalog::files().
struct CatalogPage
{
    RomOs os = RomOs::Miui;
    QString folder;
    QString branchSlug;
    QString version;
    QString name; // front matter name, "MI 5 Global"
    QList<int> files;

    QUrl websiteUrl() const { return XfuPage::websiteUrl(os, folder, branchSlug, version); }
};

// A device folder of the site (one per OS), with its pages sorted newest version first.
struct CatalogDevice
{
    RomOs os = RomOs::Miui;
    QString folder;         // "gemini"
    QString marketingName;  // "MI 5"
    QList<int> pages;

    QString displayName() const; // "MI 5 (gemini)"
};

// An immutable, indexed set of ROM files, version pages and devices. Built once, then shared
// read-only across threads as std::shared_ptr<const Catalog>; a change builds a new catalog.
class Catalog
{
public:
    struct Info
    {
        QString source;     // where the data came from
        QDateTime snapshot; // when the upstream data was taken (UTC)
    };

    // Builds from pages: a file shared by several pages (same fields) is stored once; devices
    // are named from marketingNames (base codename -> name), else from the page's device name.
    // feedOnlyFiles: see feedOnlyFiles().
    static std::shared_ptr<const Catalog> build(const QList<XfuPage> &pages,
                                                const QHash<QString, QString> &marketingNames, const Info &info,
                                                QSet<QString> feedOnlyFiles = {});

    // The pages of this catalog, each with its cards, e.g. to merge imports and rebuild.
    QList<XfuPage> toPages() const;
    QHash<QString, QString> marketingNames() const;

    const Info &info() const { return m_info; }
    // File names known only from the refresh feed (no changelog, one link), which their version
    // page can complete. Set by CatalogStore when it lays the feed over the catalog; not stored
    // in catalog files.
    const QSet<QString> &feedOnlyFiles() const { return m_feedOnlyFiles; }
    const QList<RomFile> &files() const { return m_files; }
    const QList<CatalogPage> &pages() const { return m_pages; }
    const QList<CatalogDevice> &devices() const { return m_devices; } // by section (RomOs order), then by name
    int cardCount() const { return m_cardCount; }

    // The page of a device folder and version; -1 when there is none. The version is exact
    // ("7.6.8", "V14.0.3.0.TKHMIXM"); when several sections have it, the first in section order
    // (MIUI, HyperOS, Firmware, Vendor). findPages gives them all, in that order.
    int findPage(const QString &folder, const QString &version) const;
    QList<int> findPages(const QString &folder, const QString &version) const;
    QList<int> pagesOfFolder(const QString &folder) const { return m_pagesByFolder.value(folder); }
    int deviceOfPage(int page) const { return m_deviceOfPage.value(page, -1); }
    QList<int> filesNamed(const QString &fileName) const;
    QList<int> filesWithMd5(const QString &md5) const;
    // The pages that list a file.
    QList<int> pagesOfFile(int file) const;
    // What the last refresh that found anything brought (the New marks, What's New): the files
    // first seen at the newest firstSeen time of the catalog, and that time (invalid when no file
    // came from a refresh).
    QList<int> newFiles() const;
    QDateTime newFilesSeen() const;

    const CatalogSearchIndex &search() const { return m_search; }
    // Builds what is otherwise built on first use (search texts, file name and MD5 look-ups), so
    // that a worker can pay for it right after loading. Thread-safe.
    void warmUp() const
    {
        ensureFileLookups();
        m_search.warmUp();
    }

private:
    void buildIndexes();

    Info m_info;
    QSet<QString> m_feedOnlyFiles;
    QList<RomFile> m_files;
    QList<CatalogPage> m_pages;
    QList<CatalogDevice> m_devices;
    int m_cardCount = 0;
    QHash<QString, QList<int>> m_pagesByFolder;
    // File name and MD5 -> first file; further files with the same key are chained through
    // m_nextSameName / m_nextSameMd5 (-1 ends a chain). No list is allocated per file. Built on
    // first use (thread-safe): the tree does not need them, so loading does not wait for them.
    void ensureFileLookups() const;
    mutable std::once_flag m_fileLookupsBuilt;
    mutable QHash<QString, int> m_firstByName, m_firstByMd5;
    mutable QList<int> m_nextSameName, m_nextSameMd5;
    // Pages of file f: m_filePages[m_filePagesStart[f] .. m_filePagesStart[f + 1]).
    QList<int> m_filePagesStart, m_filePages;
    QList<int> m_deviceOfPage;
    CatalogSearchIndex m_search;

    friend class CatalogFile;
};

using CatalogPtr = std::shared_ptr<const Catalog>;
