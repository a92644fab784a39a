// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "download/downloadtypes.h"

#include <QString>
#include <QStringList>
#include <QUrl>

class DownloadManager;

// The user's download preferences, kept in QSettings (group "downloads"), and how they turn a
// catalog file into a request for the DownloadManager.
struct DownloadPreferences
{
    static constexpr int MinParallel = 1;
    static constexpr int MaxParallel = 8;

    QString directory = defaultDirectory();
    int parallel = 2;
    int connections = DownloadSettings().connections;               // per file, over its mirrors
    int connectionsPerHost = DownloadSettings().connectionsPerHost; // per mirror host
    bool verify = true;
    QString preferredMirror; // a mirror host (Mirrors::name) tried first; empty: page order
    QStringList romFolders;  // where downloaded ROMs are also looked for (RomFolders)

    static QString defaultDirectory(); // DownloadManager::defaultDownloadDirectory()
    static DownloadPreferences load();
    void save() const;

    // What the manager has settings for: parallel downloads, connections per file and per host.
    void applyTo(DownloadManager &manager) const;
    // The file into the download folder, the chosen mirror first (when valid: picked from the
    // Download menu), then the preferred mirror, then the others in page order as fallbacks
    // (Mirrors::ordered). Without "verify", no checksum is passed on: the engine skips hashing and marks
    // the file "not verified" (and keeps it even if it differs from the catalog's MD5).
    DownloadRequest requestFor(const RomFile &file, const QUrl &mirror) const;

    bool operator==(const DownloadPreferences &other) const
    {
        return directory == other.directory && parallel == other.parallel && connections == other.connections
            && connectionsPerHost == other.connectionsPerHost && verify == other.verify
            && preferredMirror == other.preferredMirror && romFolders == other.romFolders;
    }
    bool operator!=(const DownloadPreferences &other) const { return !(*this == other); }
};
