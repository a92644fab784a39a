// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/firmwarepages.h"

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

    struct Result
    {
        FirmwarePages::Lists lists; // device folder -> its records, in feed order
        int records = 0;            // usable records read
        int skippedRecords = 0;     // records with a missing or malformed field (see warnings)
        QStringList warnings;       // at most a few, naming the record
        QString error;              // not a usable feed at all; lists is then empty
        bool ok() const { return error.isEmpty(); }
    };

    static Result read(const QByteArray &yaml);

    // "https://github.com/XiaomiFirmwareUpdaterReleases/firmware_xiaomi_gemini/releases/download/…" -> "gemini";
    // empty for any other link.
    static QString folderOfReleaseLink(const QString &link);
};
