// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogmerge.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace {

QString pageKey(const XfuPage &page)
{
    return osSlug(page.os) + QLatin1Char('/') + page.folder + QLatin1Char('/') + page.version;
}

RomFile updatedCard(const RomFile &known, const RomFile &imported)
{
    RomFile merged = imported;
    merged.urls = known.urls;
    for (const QString &url : imported.urls) {
        if (!merged.urls.contains(url))
            merged.urls.append(url);
    }
    if (merged.changelog.isEmpty())
        merged.changelog = known.changelog;
    if (merged.md5.isEmpty())
        merged.md5 = known.md5;
    if (!merged.firstSeen.isValid())
        merged.firstSeen = known.firstSeen;
    return merged;
}

// Fills what `card` lacks from `other` (same file): an MD5, mirrors. True when it gained anything.
bool fillGaps(RomFile &card, const RomFile &other)
{
    bool gained = false;
    if (!card.hasMd5() && other.hasMd5()) {
        card.md5 = other.md5;
        gained = true;
    }
    for (const QString &url : other.urls) {
        if (!card.urls.contains(url)) {
            card.urls.append(url);
            gained = true;
        }
    }
    return gained;
}

// Where each page and each file of a list of pages is, kept current as cards and pages are added.
// With `only`, just the pages of those folders and the files of those names are indexed: a feed
// touches a few thousand of a catalog's sixty thousand files.
class PageIndex
{
public:
    struct Only
    {
        QSet<QString> folders, fileNames;
    };

    explicit PageIndex(QList<XfuPage> &pages, std::optional<Only> only = std::nullopt)
        : m_pages(pages)
        , m_only(std::move(only))
    {
        for (qsizetype p = 0; p < m_pages.size(); ++p) {
            const XfuPage &page = m_pages[p];
            if (!m_only || m_only->folders.contains(page.folder))
                m_pageByKey.insert(pageKey(page), p);
            for (qsizetype c = 0; c < page.cards.size(); ++c) {
                if (!m_only || m_only->fileNames.contains(page.cards[c].fileName))
                    m_cardsByName[page.cards[c].fileName].append({p, c});
            }
        }
    }

    // (page, card) of every card of this file name.
    QList<std::pair<qsizetype, qsizetype>> cardsNamed(const QString &fileName) const
    {
        return m_cardsByName.value(fileName);
    }

    // The page that `like` names (OS, folder, version), appended without cards when missing.
    qsizetype pageFor(const XfuPage &like)
    {
        const QString key = pageKey(like);
        const auto found = m_pageByKey.constFind(key);
        if (found != m_pageByKey.cend())
            return *found;
        XfuPage page = like;
        page.cards.clear();
        m_pages.append(page);
        m_pageByKey.insert(key, m_pages.size() - 1);
        return m_pages.size() - 1;
    }

    void addCard(qsizetype page, const RomFile &card)
    {
        m_pages[page].cards.append(card);
        m_cardsByName[card.fileName].append({page, m_pages[page].cards.size() - 1});
    }

private:
    QList<XfuPage> &m_pages;
    std::optional<Only> m_only;
    QHash<QString, qsizetype> m_pageByKey;
    QHash<QString, QList<std::pair<qsizetype, qsizetype>>> m_cardsByName;
};

} // namespace

QList<XfuPage> mergePages(QList<XfuPage> pages, const QList<XfuPage> &imports)
{
    PageIndex index(pages);
    for (const XfuPage &imported : imports) {
        for (const RomFile &card : imported.cards) {
            for (const auto &[p, c] : index.cardsNamed(card.fileName))
                pages[p].cards[c] = updatedCard(pages[p].cards[c], card);
        }
        const qsizetype p = index.pageFor(imported);
        for (const RomFile &card : imported.cards) {
            const bool present = std::any_of(pages[p].cards.cbegin(), pages[p].cards.cend(),
                                             [&card](const RomFile &f) { return f.fileName == card.fileName; });
            if (!present)
                index.addCard(p, card);
        }
    }
    return pages;
}

FeedMerge mergeFeed(QList<XfuPage> pages, const QList<XfuPage> &feed)
{
    FeedMerge merge;
    PageIndex::Only only;
    for (const XfuPage &page : feed) {
        only.folders.insert(page.folder);
        for (const RomFile &card : page.cards)
            only.fileNames.insert(card.fileName);
    }
    PageIndex index(pages, std::move(only));

    for (const XfuPage &feedPage : feed) {
        for (const RomFile &card : feedPage.cards) {
            const QList<std::pair<qsizetype, qsizetype>> known = index.cardsNamed(card.fileName);
            if (known.isEmpty()) {
                index.addCard(index.pageFor(feedPage), card);
                merge.addedFiles.append(card.fileName);
                continue;
            }
            // A known file: the feed only fills gaps (an MD5, more mirrors).
            bool updated = false;
            for (const auto &[p, c] : known)
                updated = fillGaps(pages[p].cards[c], card) || updated;
            if (updated)
                merge.updatedFiles.append(card.fileName);
        }
    }
    merge.pages = std::move(pages);
    return merge;
}

QList<XfuPage> accumulateFeed(QList<XfuPage> saved, const QList<XfuPage> &fetched, const QDateTime &seen)
{
    PageIndex index(saved);
    for (const XfuPage &feedPage : fetched) {
        for (const RomFile &card : feedPage.cards) {
            const QList<std::pair<qsizetype, qsizetype>> known = index.cardsNamed(card.fileName);
            if (known.isEmpty()) {
                RomFile added = card;
                added.firstSeen = seen;
                index.addCard(index.pageFor(feedPage), added);
                continue;
            }
            for (const auto &[p, c] : known) {
                RomFile &existing = saved[p].cards[c];
                fillGaps(existing, card);
                for (const QString &name : card.deviceNames())
                    existing.addDeviceName(name);
                // The later record is the better one for what it states; nothing it leaves out is lost.
                for (QString RomFile::*field : {&RomFile::size, &RomFile::releaseDate, &RomFile::androidVersion}) {
                    if (!(card.*field).isEmpty())
                        existing.*field = card.*field;
                }
            }
        }
    }
    return saved;
}
