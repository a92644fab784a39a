// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/romfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// What to download and how to check it. The local name always comes from here (the catalog or
// the user), never from the server.
struct DownloadRequest
{
    QList<QUrl> urls;      // mirrors, tried in order
    QString fileName;      // final name inside the download folder (checked by SafeFileName)
    QString directory;     // download folder
    QString md5;           // lower-case hex; empty when unknown
    QString md5Prefix;     // the first hex digits of the MD5 carried by Xiaomi's file names
    qint64 exactSize = -1; // bytes, when known exactly (fetch --size)
    QString sizeText;      // as the catalog shows it ("1.6 GB"), a rough check only

    static DownloadRequest fromRomFile(const RomFile &file, const QString &directory);

    QString finalPath() const;
    QString partPath() const;       // <final>.part
    QString sideFilePath() const;   // <final>.part.json

    QJsonObject toJson() const;
    static DownloadRequest fromJson(const QJsonObject &object);
};

// Transfer tuning; tests shrink the times.
struct DownloadSettings
{
    int maxParallel = 2;
    int maxAttemptsWithoutProgress = 10; // failed attempts in a row without new bytes
    int stallTimeoutMs = 30000;          // no byte for this long: reconnect
    qint64 lowSpeedBytes = 1024;         // fewer bytes than this ...
    int lowSpeedWindowMs = 60000;        // ... over this window: reconnect
    // A mirror slower than mirrorMinSpeed (bytes per second) over mirrorSlowWindowMs is left for
    // the next untried one, resuming the .part there; 0 keeps every working mirror.
    qint64 mirrorMinSpeed = 64 * 1000;
    int mirrorSlowWindowMs = 30000;
    int backoffInitialMs = 1000;
    int backoffMaxMs = 60000;
    int retryAfterCapMs = 600000;        // a longer Retry-After gives up
    int maxRedirects = 10;
    qint64 readBufferSize = 1 << 20;
    // Read no more while this much waits for the MD5: bounds memory, and what is left to hash
    // when the last byte lands (16 MiB: 30 ms of MD5).
    qint64 hashBacklogBytes = 16 << 20;
    int progressIntervalMs = 100;        // ~10 progress updates per second
    // Segmented downloads: at most `connections` at once, at most `connectionsPerHost` on one
    // host (1 connection: one at a time, mirror after mirror).
    int connections = 8;
    int connectionsPerHost = 4;
    qint64 minPieceBytes = 256 << 10;    // no piece smaller; a file needs 2 of them left to split
    qint64 maxPieceBytes = 16 << 20;     // how far work runs ahead of the hashed prefix
    qint64 firstPieceBytes = 1 << 20;    // for a connection whose speed is not known yet
    int pieceMs = 4000;                  // a piece lasts about this long at its connection's speed
    int checkpointMs = 2000;             // a segmented .part's ranges reach the side file this often
    // Every mirror on one host: one connection, one more per window while each raises the rate
    // (ConnectionRamp); 0: connectionsPerHost at once.
    int rampWindowMs = 1000;

    static constexpr int MaxConnections = 32;
    static constexpr int MaxPerHost = 6; // Qt opens at most 6 HTTP/1.1 connections to one host
};

enum class DownloadState {
    Queued,
    Connecting,
    Downloading,
    Paused,
    Retrying,
    Verifying,
    Completed,
    Failed,
    Cancelled,
};

enum class Verification {
    None,           // not finished yet
    Verified,       // the full MD5 matched
    PrefixVerified, // no MD5 known; the file name's MD5 digits matched
    NotVerified,    // nothing to check against
};

// Why a download stopped or waits; lets the CLI pick its exit code without parsing text.
enum class DownloadError {
    None,
    Network,       // transient failures ran out of attempts
    Http,          // permanent HTTP status
    Redirect,      // insecure redirect, too many redirects, 3xx without Location
    Tls,
    Disk,          // write error, disk full (the .part is kept)
    Mismatch,      // checksum or size mismatch (nothing is kept)
    Refused,       // unsafe name, bad URL, existing different file, duplicate
    RemoteChanged, // the server's file differs from the catalog
    Gone,          // every mirror says the file no longer exists (404, 410, NoSuchKey)
};

// A snapshot of one download, as shown to the user.
struct DownloadStatus
{
    DownloadState state = DownloadState::Queued;
    Verification verification = Verification::None;
    DownloadError error = DownloadError::None;
    qint64 received = 0;    // bytes in the .part (or hashed, while verifying)
    qint64 total = -1;      // -1 when unknown
    qint64 speed = 0;       // bytes per second, smoothed
    qint64 etaSeconds = -1; // -1 when unknown
    int retryInSeconds = 0; // Retrying: time to the next attempt
    int attempt = 0;        // failed attempts in a row
    QString mirror;         // the mirror in use or last used (Mirrors::name), empty before the first request
    int mirrorNumber = 0;   // 1-based position of that mirror in the request's list
    int mirrorCount = 0;
    QString message;        // why: "connection reset", "checksum mismatch", ...
    bool alreadyDownloaded = false;
    // A segmented download: connections open now, on how many mirrors, each mirror's share, and
    // how full each slice of the file is (0-255 per cell; empty when not segmented).
    struct MirrorSpeed
    {
        QString mirror;
        int connections = 0;
        qint64 speed = 0; // bytes per second
        bool operator==(const MirrorSpeed &o) const
        {
            return mirror == o.mirror && connections == o.connections && speed == o.speed;
        }
    };
    int connections = 0;
    int mirrorsInUse = 0;
    QList<MirrorSpeed> mirrorSpeeds;
    QByteArray segments;

    bool isActive() const;
    bool isFinal() const;
    void clearTransfer(); // no speed, no connections: nothing is moving now
};

namespace DownloadText {
QString stateName(DownloadState state);
QString verificationName(Verification verification);
// "Downloading 45 %", "Retrying in 3 s: connection reset", "Completed (verified)", ...
QString describe(const DownloadStatus &status);
QString bytes(qint64 bytes);     // "1.6 GB"
QString duration(qint64 seconds); // "1 h 02 min", "3 min 05 s", "12 s"
QString mirror(const DownloadStatus &status); // "bn.d.miui.com (2/5)", "bn.d.miui.com", or empty
QString connections(const DownloadStatus &status); // "6 connections · 3 mirrors", empty with one connection
QString mirrorSpeeds(const DownloadStatus &status); // one line per mirror: "bn.d.miui.com: 2 connections, 4.1 MB/s"
}

// The range of byte counts a catalog size text such as "1.6 GB" may stand for: the site rounds,
// and may count in 1000s or 1024s. Returns {-1, -1} when the text is not a size.
struct SizeRange
{
    qint64 min = -1;
    qint64 max = -1;
    bool isValid() const { return min >= 0; }
    bool contains(qint64 bytes) const { return !isValid() || (bytes >= min && bytes <= max); }
    static SizeRange fromText(const QString &text);
};

Q_DECLARE_METATYPE(DownloadStatus)
