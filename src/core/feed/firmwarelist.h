// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads the site repo's per-device package lists: data/devices/full/<codename>.yml (the firmware
// zips' links; also data/devices/latest.yml, the firmware refresh feed) and data/vendor/full/<codename>.yml
// (vendor packages). A record: branch (lower case), date (quoted), downloads {github, osdn | sf},
// filename, region, versions {android, miui}, and for vendor packages size. There is no MD5.
// Only the GitHub release link is taken for firmware (the pages offer nothing else; OSDN closed);
// vendor packages keep GitHub and SourceForge, as the site lists them.
class FirmwareList
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareList)

public:
    enum class Kind { Firmware, Vendor };

    struct Record
    {
        QString fileName;    // "fw_gemini_miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip"
        QString branch;      // as the pages write it: "Stable", "Weekly"
        QString date;        // "2019-01-25"
        QString region;      // the list's own words: "Global", "China", "Europe"
        QString version;     // versions.miui: "V10.2.2.0.OAAMIXM", "OS1.0.17.0.UKWMIXM", "8.11.22"
        QString android;     // versions.android: "8.0"
        QString size;        // vendor only: "623.0 MB"
        QStringList links;   // GitHub release asset first, then SourceForge (vendor)
        int number = 0;      // the record's place in the list, from 1
    };

    struct Result
    {
        QList<Record> records;
        QStringList errors; // "record 3: missing or malformed downloads.github", one per refused record
        QString error;      // not a list of records at all
        bool ok() const { return error.isEmpty(); }
    };

    static Result read(const QByteArray &yaml, Kind kind);
};
