// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogmerge.h"

#include <QHash>
#include <QSet>

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
    return merged;
}

} // namespace

QList<XfuPage> mergePages(QList<XfuPage> pages, const QList<XfuPage> &imports)
{
    QHash<QString, qsizetype> pageIndex;
    QHash<QString, QList<std::pair<qsizetype, qsizetype>>> cardsByName; // file name -> (page, card)
    const auto index = [&](qsizetype p) {
        pageIndex.insert(pageKey(pages[p]), p);
        for (qsizetype c = 0; c < pages[p].cards.size(); ++c)
            cardsByName[pages[p].cards[c].fileName].append({p, c});
    };
    for (qsizetype p = 0; p < pages.size(); ++p)
        index(p);

    for (const XfuPage &imported : imports) {
        for (const RomFile &card : imported.cards) {
            for (const auto &[p, c] : cardsByName.value(card.fileName))
                pages[p].cards[c] = updatedCard(pages[p].cards[c], card);
        }
        const auto existing = pageIndex.constFind(pageKey(imported));
        if (existing == pageIndex.cend()) {
            pages.append(imported);
            index(pages.size() - 1);
            continue;
        }
        XfuPage &page = pages[*existing];
        for (const RomFile &card : imported.cards) {
            const bool present = std::any_of(page.cards.cbegin(), page.cards.cend(),
                                             [&card](const RomFile &f) { return f.fileName == card.fileName; });
            if (!present) {
                page.cards.append(card);
                cardsByName[card.fileName].append({*existing, page.cards.size() - 1});
            }
        }
    }
    return pages;
}

FeedMerge mergeFeed(QList<XfuPage> pages, const QList<XfuPage> &feed)
{
    FeedMerge merge;
    // Only what the feed touches is indexed: a few thousand names and pages of a catalog of
    // sixty thousand files.
    QSet<QString> feedNames, feedFolders;
    for (const XfuPage &page : feed) {
        feedFolders.insert(page.folder);
        for (const RomFile &card : page.cards)
            feedNames.insert(card.fileName);
    }
    QHash<QString, qsizetype> pageIndex;
    QHash<QString, QList<std::pair<qsizetype, qsizetype>>> cardsByName;
    const auto index = [&](qsizetype p) {
        const XfuPage &page = pages[p];
        if (feedFolders.contains(page.folder))
            pageIndex.insert(pageKey(page), p);
        for (qsizetype c = 0; c < page.cards.size(); ++c) {
            if (feedNames.contains(page.cards[c].fileName))
                cardsByName[page.cards[c].fileName].append({p, c});
        }
    };
    for (qsizetype p = 0; p < pages.size(); ++p)
        index(p);

    for (const XfuPage &feedPage : feed) {
        for (const RomFile &card : feedPage.cards) {
            const auto known = cardsByName.constFind(card.fileName);
            if (known != cardsByName.cend()) {
                bool updated = false;
                for (const auto &[p, c] : *known) {
                    RomFile &existing = pages[p].cards[c];
                    if (!existing.hasMd5() && card.hasMd5()) {
                        existing.md5 = card.md5;
                        updated = true;
                    }
                    for (const QString &url : card.urls) {
                        if (!existing.urls.contains(url)) {
                            existing.urls.append(url);
                            updated = true;
                        }
                    }
                }
                if (updated)
                    merge.updatedFiles.append(card.fileName);
                continue;
            }
            const auto existingPage = pageIndex.constFind(pageKey(feedPage));
            qsizetype p;
            if (existingPage == pageIndex.cend()) {
                XfuPage page = feedPage;
                page.cards.clear();
                pages.append(page);
                p = pages.size() - 1;
                pageIndex.insert(pageKey(page), p);
            } else {
                p = *existingPage;
            }
            pages[p].cards.append(card);
            cardsByName[card.fileName].append({p, pages[p].cards.size() - 1});
            merge.addedFiles.append(card.fileName);
        }
    }
    merge.pages = std::move(pages);
    return merge;
}
