// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "download/mirrortracker.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <algorithm>

// The mirrors of one download and what each did in this run. The lead connection walks them in
// order (MirrorTracker, as a single-connection download always has); the extra connections of a
// segmented download are spread over every usable mirror, the fastest per connection first, at
// most perHost on one host. A host that refused an extra connection (503, 429) is held at what it
// accepted; a mirror that lost the file, sends another file or no parts of it is dropped.
class MirrorPool
{
public:
    enum class Drop { Gone, OtherFile, NoRanges, Failing };

    MirrorPool(const QList<QUrl> &urls, int perHost);

    int count() const { return int(m_mirrors.size()); }
    const QUrl &url(int i) const { return m_mirrors[i].url; }
    QString name(int i) const { return m_mirrors[i].host; }
    MirrorTracker &lead() { return m_lead; }
    const MirrorTracker &lead() const { return m_lead; }

    // The mirror for the next extra connection; -1 when none may take one now.
    int pick(qint64 nowMs) const;
    void started(int i);
    void ended(int i);
    int active(int i) const { return m_mirrors[i].active; }
    // Mirror i answered a connection with the bytes asked for; until then it gets one at a time.
    void proven(int i) { m_mirrors[i].proven = true; }
    int activeMirrors() const; // mirrors with a connection now

    void drop(int i, Drop why);
    bool isUsable(int i) const { return !m_mirrors[i].dropped; }
    int usableCount() const;
    // Connections one host may have now (a lone host's ramp); never above the perHost given.
    void setPerHost(int perHost) { m_perHost = std::clamp(perHost, 1, m_perHostMax); }
    int hostCount() const; // distinct hosts among the usable mirrors
    // A host refused one connection more than it has now: keep it at that (at least one).
    void holdHost(int i);
    void waitUntil(int i, qint64 nowMs); // no new connection to it before then
    qint64 waitLeft(int i, qint64 nowMs) const { return std::max<qint64>(0, m_mirrors[i].notBeforeMs - nowMs); }
    bool allGone() const; // every mirror said the file no longer exists
    // Failed attempts in a row on mirror i; a success (progress) resets it.
    int failed(int i) { return ++m_mirrors[i].failures; }
    void succeeded(int i) { m_mirrors[i].failures = 0; }

    // Bytes per second of one connection to mirror i, as measured lately (0: not yet).
    void recordSpeed(int i, qint64 bytesPerSecond);
    qint64 speed(int i) const { return m_mirrors[i].speed; }

private:
    struct Mirror
    {
        QUrl url;
        QString host;
        int active = 0;
        bool dropped = false;
        bool gone = false;
        bool proven = false;
        qint64 speed = 0;
        qint64 notBeforeMs = 0;
        int failures = 0;
    };
    int activeOnHost(const QString &host) const;
    int capOf(const QString &host) const;

    QList<Mirror> m_mirrors;
    QList<QPair<QString, int>> m_hostCaps; // hosts held below perHost
    int m_perHost;
    int m_perHostMax;
    MirrorTracker m_lead;
};
