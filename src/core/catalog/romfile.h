// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "catalog/urllist.h"

// One ROM file as a card of an XFU version page shows it. Every text is kept exactly as the page
// shows it (entities decoded); nothing is reformatted.
struct RomFile
{
    QString device;        // "MI 5 Global"; the first name when the page lists the file under several
    QStringList otherDeviceNames; // the page's further names for this same file ("Redmi 1 Taiwan", ...)
    QString codename;      // the card's Codename field, "gemini"
    QString version;       // "7.6.8"
    QString branch;        // "Weekly", "Stable Beta", ...
    QString type;          // "Recovery" or "Fastboot"
    QString size;          // as shown: "1.6 GB"
    QString releaseDate;   // as shown: "2017-06-08" (a few pages say "None")
    QString fileName;      // Package Name
    QString md5;           // lower-case hex, empty when the page says "Unknown"
    UrlList urls;          // every mirror, in page order
    QString changelog;     // lines joined with '\n', "[Section]" headings kept
    QString androidVersion; // from Xiaomi's file name ("7.0"), empty when unknown
    // When a catalog refresh first listed this file (UTC); invalid for the files that came with
    // the catalog or a version page. Drives the New marks and What's New.
    QDateTime firstSeen;

    bool hasMd5() const { return !md5.isEmpty(); }
    // Every name the page gives the file, `device` first.
    QStringList deviceNames() const { return QStringList{device} + otherDeviceNames; }
    // Adds a name the file is also listed under, unless it has it already.
    void addDeviceName(const QString &name);
    // The Device field as one text: every name, "Redmi 1 W China, Redmi 1 China, …".
    QString deviceText() const { return deviceNames().join(QLatin1String(", ")); }
    // The region is the last word of the Device field ("MI 5 Global" -> "Global").
    QString region() const;
    // The last word of a device name, without a copy (the search index runs it for every file
    // while the catalog loads); empty for a one-word name.
    static QStringView regionOfName(const QString &deviceName);
    // The rest: "MI 5 Global" -> "MI 5"; a one-word name is all model.
    static QStringView nameWithoutRegion(const QString &deviceName);
    // Whether one of its device names is of this region (any case).
    bool isForRegion(const QString &region) const;
    // Of two files of the same branch, type and region, the one to recommend: the newer version
    // (compareVersions), the later release date on a tie. Feed files may lack a date, never a version.
    bool isNewerThan(const RomFile &other) const;

    // Xiaomi's ROM file names carry the first 10 hex digits of the MD5; empty for any other name
    // (a report_2024061512.pdf, XFU's firmware-only fw_… zips, which carry their ROM's digits).
    QString md5PrefixFromFileName() const;

    static QString androidVersionFromFileName(const QString &fileName);

    bool operator==(const RomFile &other) const;
    bool operator!=(const RomFile &other) const { return !(*this == other); }
};

size_t qHash(const RomFile &file, size_t seed = 0);
