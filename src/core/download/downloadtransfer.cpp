// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of DownloadTransfer both modes share: writing, hashing, progress, stopping.
#include "downloadtransfer.h"

#include "download/md5hasher.h"
#include "download/mirrors.h"
#include "download/partfile.h"
#include "download/prefixhasher.h"

#include <QNetworkAccessManager>

#include <algorithm>

namespace {
constexpr int SegmentCells = 100; // the segment map's resolution
} // namespace

DownloadTransfer::DownloadTransfer(const DownloadRequest &request, const DownloadSettings &settings, PartFile *part,
                                   Md5Hasher *md5, PrefixHasher *hasher, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_settings(settings)
    , m_part(part)
    , m_md5(md5)
    , m_hasher(hasher)
    , m_nam(new QNetworkAccessManager(this))
    , m_pool(request.urls, settings.connectionsPerHost)
    , m_retryTimer(this) // children move to the network thread with their parent
    , m_watchdog(this)
{
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // a backoff is never cut short (a coarse timer fires up to 5 % early)
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (isSegmented())
            fillSlots();
        else
            sendLead();
    });
    int window = m_settings.lowSpeedWindowMs;
    if (m_settings.mirrorMinSpeed > 0)
        window = std::min(window, m_settings.mirrorSlowWindowMs);
    if (m_settings.rampWindowMs > 0)
        window = std::min(window, m_settings.rampWindowMs);
    m_watchdog.setInterval(std::max(50, std::min(1000, window / 4)));
    connect(&m_watchdog, &QTimer::timeout, this, &DownloadTransfer::onWatchdog);
    connect(m_md5, &Md5Hasher::drained, this, &DownloadTransfer::onHashDrained, Qt::QueuedConnection);
}

DownloadTransfer::~DownloadTransfer()
{
    stopConnections();
}

void DownloadTransfer::start(bool hashNeeded)
{
    m_hashNeeded = hashNeeded;
    m_running = true;
    m_rangesProven = false;
    m_waitingForHasher = false;
    m_furthest = std::max(m_furthest, m_part->done().covered());
    if (m_part->isSegmented() && m_part->side().totalSize > 0 && m_settings.connections >= 1) {
        // A segmented .part: fetch exactly what is missing, from whichever mirrors answer.
        m_entityTotal = m_part->side().totalSize;
        becomeSegmented();
        return;
    }
    sendLead();
}

void DownloadTransfer::stop()
{
    m_running = false;
    m_retryTimer.stop();
    m_watchdog.stop();
    stopConnections();
    if (m_part->isSegmented()) {
        QString ignored; // best effort: the ranges of a paused or killed run
        m_part->saveSide(&ignored);
    }
    m_part->close();
}

void DownloadTransfer::resetBudget()
{
    m_attempt = 0;
    m_furthest = 0;
    m_sentFromZero = false;
    m_pool = MirrorPool(m_request.urls, m_settings.connectionsPerHost);
}

void DownloadTransfer::stopConnections()
{
    for (auto &connection : m_slots) {
        if (connection && connection->isRunning()) {
            m_pool.ended(connection->mirror());
            connection->abort();
        }
    }
    if (m_scheduler) {
        for (int i = 0; i < int(m_slots.size()); ++i)
            m_scheduler->release(i);
    }
}

int DownloadTransfer::slotOf(const RangeConnection *connection) const
{
    for (int i = 0; i < int(m_slots.size()); ++i) {
        if (m_slots[size_t(i)].get() == connection)
            return i;
    }
    return -1;
}

bool DownloadTransfer::accepted(RangeConnection *connection, const ReplyChecks::Verdict &verdict)
{
    if (!isSegmented())
        return acceptLead(connection, verdict);
    QString error;
    if (!storeValidators(connection, &error) || !m_part->open(&error)) {
        failWith({AttemptFailure::DiskFull, DownloadError::Disk, error});
        return false;
    }
    m_pool.proven(connection->mirror());
    if (connection->target().to >= 0 && !m_rangesProven) {
        m_rangesProven = true;
        wakeLead(); // it waits at the end of its first piece: the other pieces are being fetched
    }
    Q_EMIT downloading();
    return true;
}

bool DownloadTransfer::storeValidators(const RangeConnection *connection, QString *error)
{
    const ReplyChecks::Head &head = connection->head();
    ResumeState::Validators &known = m_part->side().mirrors[connection->target().url.toString()];
    const ResumeState::Validators now{QString::fromLatin1(head.etag), QString::fromLatin1(head.lastModified)};
    if (known.etag == now.etag && known.lastModified == now.lastModified)
        return true;
    known = now;
    if (!m_part->saveSide(error)) {
        *error = tr("cannot write %1: %2").arg(m_request.sideFilePath(), *error);
        return false;
    }
    return true;
}

bool DownloadTransfer::received(RangeConnection *connection, qint64 offset, const QByteArray &chunk)
{
    QString error;
    if (!m_part->write(offset, chunk, &error)) {
        failWith({AttemptFailure::DiskFull, DownloadError::Disk,
                  tr("cannot write the file (%1); free some space and resume").arg(error)});
        return false;
    }
    const qint64 now = monotonicMs();
    m_meter.add(chunk.size(), now);
    if (m_scheduler)
        m_scheduler->advance(slotOf(connection), offset + chunk.size());
    if (m_hashNeeded) {
        m_hasher->written(offset, chunk, m_part->done().prefixEnd());
        if (!m_waitingForHasher && m_md5->pendingBytes() > m_settings.hashBacklogBytes
            && !m_md5->notifyWhenDrained(m_settings.hashBacklogBytes / 2)) {
            // The MD5 is behind: read no more until it catches up, so little is left at the end.
            m_waitingForHasher = true;
            m_heldBack = true;
            for (auto &c : m_slots)
                if (c)
                    c->setPaused(true);
        }
    }
    m_part->checkpoint(now, m_settings.checkpointMs);
    Q_EMIT progressed();
    return true;
}

void DownloadTransfer::onHashDrained()
{
    if (!m_waitingForHasher)
        return;
    m_waitingForHasher = false;
    const qint64 now = monotonicMs();
    if (m_slots.empty() || !m_slots[0])
        return;
    // The pause was ours, not the server's: the speed windows start again.
    m_lowSpeed.restart(m_slots[0]->meter(), now);
    m_slowMirror.restart(m_slots[0]->meter(), now);
    // By index, and the size read again: a connection that reads on may end there, and the
    // pieces started in its place may add slots (m_slots reallocates); one that gets the MD5
    // behind again pauses every connection, and waking the rest would undo that.
    for (size_t i = 0; i < m_slots.size() && m_running && !m_waitingForHasher; ++i) {
        if (m_slots[i])
            m_slots[i]->setPaused(false);
    }
}

void DownloadTransfer::reachedEnd(RangeConnection *connection)
{
    if (!m_scheduler)
        return;
    const int slot = slotOf(connection);
    if (connection->target().to >= 0) {
        if (connection->end() < connection->target().to)
            m_lastAbortMs = monotonicMs(); // cut short (work stealing): its host may count it a moment longer
        return;
    }
    // An open-ended response (the lead's first) goes on while the bytes after it are free.
    if (m_scheduler->extend(slot, connection->meter().bytesPerSecond(monotonicMs()))) {
        connection->setEnd(m_scheduler->claimOf(slot)->end);
        return;
    }
    // At the file's end the answer is complete: it ends now. (It used to wait below, holding a
    // finished download until the next ramp window, up to a second.)
    if (connection->next() >= m_scheduler->total())
        return;
    // Until a mirror has sent a piece as asked, this answer may be the only way to the bytes:
    // it waits here (its server waits with it) rather than being cut.
    if (!m_rangesProven) {
        connection->setPaused(true);
        return;
    }
    m_lastAbortMs = monotonicMs(); // it is cut short: its host may count it a moment longer
}

void DownloadTransfer::wakeLead()
{
    if (!m_slots.empty() && m_slots[0]->isRunning() && !m_waitingForHasher)
        m_slots[0]->setPaused(false); // looks at its end again
}

void DownloadTransfer::ended(RangeConnection *connection, const std::optional<AttemptFailure> &failure)
{
    if (!m_running)
        return;
    if (isSegmented())
        return pieceEnded(slotOf(connection), connection, failure);
    leadEnded(failure);
}

void DownloadTransfer::onWatchdog()
{
    if (!m_running || m_waitingForHasher)
        return;
    const qint64 now = monotonicMs();
    if (isSegmented())
        watchSegments(now);
    else
        watchLead(now);
}

void DownloadTransfer::finish()
{
    m_running = false;
    m_retryTimer.stop();
    m_watchdog.stop();
    stopConnections();
    m_part->close();
    Q_EMIT complete();
}

void DownloadTransfer::failWith(const AttemptFailure &failure)
{
    stop();
    Q_EMIT failed(failure);
}

AttemptFailure DownloadTransfer::goneFromEveryMirror() const
{
    const bool xiaomi = std::all_of(m_request.urls.cbegin(), m_request.urls.cend(),
                                    [](const QUrl &url) { return Mirrors::isXiaomiHost(url.host()); });
    return {AttemptFailure::Permanent, DownloadError::Gone,
            xiaomi ? tr("removed by Xiaomi from all mirrors") : tr("the file is gone from every mirror")};
}

void DownloadTransfer::fillStatus(DownloadStatus *status, qint64 nowMs)
{
    const ByteRanges &done = m_part->done();
    status->received = done.covered();
    status->total = m_entityTotal >= 0 ? m_entityTotal
                                       : (m_part->haveSide() ? m_part->side().totalSize : m_request.exactSize);
    status->speed = m_meter.bytesPerSecond(nowMs);
    status->etaSeconds = status->total > 0 && status->speed > 0 ? (status->total - status->received) / status->speed : -1;
    status->attempt = m_attempt;
    const int lead = m_pool.lead().current();
    status->mirror = m_pool.count() > 0 ? m_pool.name(lead) : QString();
    status->mirrorNumber = lead + 1;
    status->mirrorCount = m_pool.count();
    status->connections = 0;
    status->mirrorSpeeds.clear();
    for (int i = 0; i < m_pool.count(); ++i) {
        int connections = 0;
        qint64 speed = 0;
        for (const auto &c : m_slots) {
            if (c && c->isRunning() && c->mirror() == i) {
                ++connections;
                speed += c->isAccepted() ? c->meter().bytesPerSecond(nowMs) : 0;
            }
        }
        status->connections += connections;
        if (connections > 0)
            status->mirrorSpeeds.append({m_pool.name(i), connections, speed});
    }
    status->mirrorsInUse = int(status->mirrorSpeeds.size());
    status->segments = isSegmented() ? done.map(status->total, SegmentCells) : QByteArray();
}
