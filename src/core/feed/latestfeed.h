// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/feedread.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads the upstream refresh feed, miui-updates-tracker's data/latest.yml: a YAML list of the
// newest ROM per device variant, branch and type. Each record becomes a ROM card on the page the
// website would show it on (the base codename's folder, the version's page), so that a feed can
// be merged into the catalog like pages are. The feed's traps (variant codenames, null dates and
// MD5s, http links, no changelog, one link) are handled here.
class LatestFeed
{
    Q_DECLARE_TR_FUNCTIONS(LatestFeed)

public:
    using Result = FeedRead;

    static Result read(const QByteArray &yaml);

    // The region a variant's suffix names: "gemini" -> China, "_global" -> Global, "_eea_global" -> EEA,
    // "_ru_global" -> Russia, ...; builds without "_global" ("_lte_ct", "_pro") are China's. The
    // feed's device name is the better source where there is one (a few old devices sold their
    // global build under the base codename).
    static QString regionOfVariant(const QString &variant);
};
