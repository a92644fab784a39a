// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/xfupage.h"

#include <QList>
#include <QString>
#include <QStringList>

// A refresh feed read into catalog pages, whichever feed (LatestFeed: ROMs, FirmwareFeed: firmware),
// so that a feed is saved and merged into the catalog like pages are.
struct FeedRead
{
    QList<XfuPage> pages;   // one per (section, device folder, version), cards in feed order
    int records = 0;        // usable records read
    int skippedRecords = 0; // records with a missing or malformed field (see warnings)
    QStringList warnings;   // at most a few, naming the record
    QString error;          // not a usable feed at all; pages is then empty
    bool ok() const { return error.isEmpty(); }
};
