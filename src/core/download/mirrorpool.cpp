// SPDX-License-Identifier: GPL-3.0-or-later
#include "mirrorpool.h"

#include "download/mirrors.h"

#include <algorithm>

MirrorPool::MirrorPool(const QList<QUrl> &urls, int perHost)
    : m_perHost(std::max(1, perHost))
    , m_perHostMax(m_perHost)
    , m_lead(int(urls.size()))
{
    for (const QUrl &url : urls)
        m_mirrors.append(Mirror{url, Mirrors::name(url)});
}

int MirrorPool::activeOnHost(const QString &host) const
{
    int n = 0;
    for (const Mirror &m : m_mirrors)
        n += m.host == host ? m.active : 0;
    return n;
}

int MirrorPool::capOf(const QString &host) const
{
    for (const auto &cap : m_hostCaps) {
        if (cap.first == host)
            return std::min(cap.second, m_perHost);
    }
    return m_perHost;
}

int MirrorPool::pick(qint64 nowMs) const
{
    int best = -1;
    for (int i = 0; i < count(); ++i) {
        const Mirror &m = m_mirrors[i];
        if (m.dropped || nowMs < m.notBeforeMs || activeOnHost(m.host) >= capOf(m.host) || (!m.proven && m.active > 0))
            continue;
        // Every usable mirror gets measured: one not yet measured nor in use goes first.
        if (m.speed == 0 && m.active == 0)
            return i;
        if (best < 0 || m.speed > m_mirrors[best].speed)
            best = i;
    }
    return best;
}

void MirrorPool::started(int i)
{
    ++m_mirrors[i].active;
}

void MirrorPool::ended(int i)
{
    m_mirrors[i].active = std::max(0, m_mirrors[i].active - 1);
}

int MirrorPool::activeMirrors() const
{
    int n = 0;
    for (const Mirror &m : m_mirrors)
        n += m.active > 0 ? 1 : 0;
    return n;
}

void MirrorPool::drop(int i, Drop why)
{
    m_mirrors[i].dropped = true;
    m_mirrors[i].gone = why == Drop::Gone;
    if (why == Drop::Gone || why == Drop::OtherFile)
        m_lead.markOut(i, why == Drop::Gone);
}

bool MirrorPool::allGone() const
{
    return !m_mirrors.isEmpty()
        && std::all_of(m_mirrors.cbegin(), m_mirrors.cend(), [](const Mirror &m) { return m.gone; });
}

int MirrorPool::hostCount() const
{
    QStringList hosts;
    for (const Mirror &m : m_mirrors) {
        if (!m.dropped && !hosts.contains(m.host))
            hosts.append(m.host);
    }
    return int(hosts.size());
}

int MirrorPool::usableCount() const
{
    int n = 0;
    for (const Mirror &m : m_mirrors)
        n += m.dropped ? 0 : 1;
    return n;
}

void MirrorPool::holdHost(int i)
{
    const QString &host = m_mirrors[i].host;
    const int accepted = std::max(1, activeOnHost(host));
    for (auto &cap : m_hostCaps) {
        if (cap.first == host) {
            cap.second = std::min(cap.second, accepted);
            return;
        }
    }
    m_hostCaps.append({host, std::min(m_perHost, accepted)});
}

void MirrorPool::waitUntil(int i, qint64 nowMs)
{
    m_mirrors[i].notBeforeMs = std::max(m_mirrors[i].notBeforeMs, nowMs);
}

void MirrorPool::recordSpeed(int i, qint64 bytesPerSecond)
{
    Mirror &m = m_mirrors[i];
    m.speed = m.speed == 0 ? bytesPerSecond : (m.speed * 3 + bytesPerSecond) / 4;
}
