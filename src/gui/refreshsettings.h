// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/firmwarefeed.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

// The catalog refresh preferences, kept in QSettings (group "refresh"): whether the app checks
// the upstream feed at start, how often at most, and from where.
struct RefreshSettings
{
    static constexpr int MinIntervalHours = 1;
    static constexpr int MaxIntervalHours = 24 * 7;

    bool automatic = true;
    int intervalHours = 6;
    QUrl primaryUrl;  // CatalogUpdater::defaultPrimaryUrl() by default
    QUrl fallbackUrl; // CatalogUpdater::defaultFallbackUrl() by default
    // The firmware feed's sources: upstream's, not a preference (tests point them at a loopback
    // server, or clear them to leave the firmware feed alone).
    QUrl firmwareUrl = FirmwareFeed::defaultPrimaryUrl();
    QUrl firmwareFallbackUrl = FirmwareFeed::defaultFallbackUrl();

    static RefreshSettings load();
    void save() const;
    // At start: automatic, and never checked or checked longer than intervalHours ago.
    bool isDue(const QDateTime &lastChecked, const QDateTime &now) const;
};

// The user's pinned devices ("My devices"), by device folder, in the order they were pinned.
struct PinnedDevices
{
    static QStringList load();
    static void save(const QStringList &folders);
};
