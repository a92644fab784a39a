// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/feedread.h"

#include <QHash>

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// Reads the firmware side's refresh feed, the site repo's data/devices/latest.yml: the newest
// firmware zip per device, branch and region (798 records upstream), in the per-device lists'
// record format (FirmwareList). A record names no device folder; its GitHub release does
// (XiaomiFirmwareUpdaterReleases/firmware_xiaomi_<folder>), as it does in every per-device list.
class FirmwareFeed
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareFeed)

public:
    static QUrl defaultPrimaryUrl();  // raw.githubusercontent.com
    static QUrl defaultFallbackUrl(); // cdn.jsdelivr.net

    // Each record becomes a card as the lists' files without a page do (FirmwarePages::feed): `known`,
    // the catalog's firmware cards, name each model as the site's pages do; deviceNames name a
    // device the pages never showed.
    static FeedRead read(const QByteArray &yaml, const QList<RomFile> &known = {},
                         const QHash<QString, QString> &deviceNames = {});

    // "https://github.com/XiaomiFirmwareUpdaterReleases/firmware_xiaomi_gemini/releases/download/…" -> "gemini";
    // empty for any other link.
    static QString folderOfReleaseLink(const QString &link);
};
