// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/xfupage.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

// Lays imported version pages over a catalog's pages, the way a user expects a saved page to win:
// - a card whose file name is already known updates every card with that file name (its fields
//   replace the old ones) and their mirror lists are merged (known mirrors first, new ones after);
// - an imported page that already exists (same OS, folder and version) gains the cards it lacks;
// - any other page is added.
QList<XfuPage> mergePages(QList<XfuPage> pages, const QList<XfuPage> &imports);

// Lays the refresh feed (latest.yml's records as pages, see LatestFeed) under what the catalog
// knows: a version page is the truth, the feed only fills gaps. A feed card whose file name is
// known adds only what the catalog lacks (an MD5, a mirror link) and counts as updated; any other
// card is added to its version page (created when the catalog has none) and counts as added.
struct FeedMerge
{
    QList<XfuPage> pages;
    QStringList addedFiles;   // file names, in feed order
    QStringList updatedFiles;
};
FeedMerge mergeFeed(QList<XfuPage> pages, const QList<XfuPage> &feed);

// Lays a newly fetched feed over the feed pages saved from earlier refreshes, so the feed layer
// never forgets: upstream's latest.yml lists only the newest build per device, branch and region,
// and each release would otherwise erase its predecessor. Every saved card stays; a fetched record
// of a known file fills its gaps (an MD5, a new mirror, another device name) and updates what it
// states (size, date, Android version); a new file is added with firstSeen = `seen`.
QList<XfuPage> accumulateFeed(QList<XfuPage> saved, const QList<XfuPage> &fetched, const QDateTime &seen);
