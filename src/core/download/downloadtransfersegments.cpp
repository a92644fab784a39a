// SPDX-License-Identifier: GPL-3.0-or-later
// DownloadTransfer, segmented: pieces in file order over up to `connections` connections on every
// usable mirror, each checked strictly; a mirror that fails is left, one that holds the tail is
// relieved by work stealing (RangeScheduler).
#include "downloadtransfer.h"

#include "download/httpchecks.h"
#include "download/md5hasher.h"
#include "download/partfile.h"
#include "download/prefixhasher.h"

#include <QRandomGenerator>

#include <utility>

bool DownloadTransfer::canSegment(const ReplyChecks::Head &head) const
{
    if (m_settings.connections <= 1 || m_entityTotal <= 0 || m_pool.count() == 0)
        return false;
    // A server without Range support gets one connection, as it always did.
    if (head.status != 206 && !head.acceptRanges.toLower().contains("bytes"))
        return false;
    return m_entityTotal - m_part->done().covered() >= 2 * m_settings.minPieceBytes;
}

void DownloadTransfer::becomeSegmented()
{
    m_part->becomeSegmented();
    QString ignored; // the next checkpoint tries again
    m_part->saveSide(&ignored);
    RangeScheduler::Settings settings;
    settings.minPiece = m_settings.minPieceBytes;
    settings.maxPiece = m_settings.maxPieceBytes;
    settings.firstPiece = m_settings.firstPieceBytes;
    settings.pieceMs = m_settings.pieceMs;
    m_scheduler.emplace(m_entityTotal, &m_part->done(), settings);
    m_ramp.reset();
    m_pool.setPerHost(m_settings.connectionsPerHost);
    if (m_settings.rampWindowMs > 0 && m_pool.hostCount() == 1) {
        m_ramp.emplace(std::min(m_settings.connections, m_settings.connectionsPerHost), m_settings.rampWindowMs);
        m_ramp->start(monotonicMs(), m_meter.total());
        m_heldBack = m_waitingForHasher;
        m_pool.setPerHost(m_ramp->allowed());
    }
    m_lastPieceFailure.reset();
    m_watchdog.start();
    RangeConnection *lead = m_slots.empty() ? nullptr : m_slots[0].get();
    if (lead && lead->isRunning()) {
        // The lead goes on with its open-ended answer as the first piece's connection.
        m_pool.started(lead->mirror());
        if (auto claim = m_scheduler->claim(0, 0))
            lead->setEnd(claim->end);
    }
    fillSlots();
}

bool DownloadTransfer::startPiece(int slot, int mirror, qint64 nowMs)
{
    const std::optional<RangeScheduler::Claim> claim = m_scheduler->claim(slot, m_pool.speed(mirror));
    if (!claim)
        return false;
    while (int(m_slots.size()) <= slot)
        m_slots.push_back(std::make_unique<RangeConnection>(m_nam, this, m_settings, this));
    const ResumeState &side = m_part->side();
    const QUrl &url = m_pool.url(mirror);
    const ResumeState::Validators validators = side.mirrors.value(url.toString());
    RangeConnection::Target target;
    target.mirror = mirror;
    target.url = url;
    target.from = claim->begin;
    target.to = claim->end;
    target.sendRange = true;
    target.ifRange = validators.ifRange().toLatin1();
    target.asked.from = claim->begin;
    target.asked.to = claim->end;
    target.asked.strict = true;
    target.asked.knownTotal = m_entityTotal;
    target.asked.knownEtag = validators.etag;
    target.asked.referenceEtag = side.etag;
    target.asked.exactSize = m_request.exactSize;
    target.asked.sizeText = m_request.sizeText;
    target.asked.fileName = m_request.fileName;
    m_pool.started(mirror);
    m_slots[size_t(slot)]->start(target, nowMs);
    cutStolenPieces();
    return true;
}

void DownloadTransfer::cutStolenPieces()
{
    // A claim shrinks when another connection takes part of it: its connection stops there rather
    // than fetching the taken bytes too (and holding the download until its old end).
    for (size_t slot = 0; slot < m_slots.size(); ++slot) {
        RangeConnection *c = m_slots[slot].get();
        const std::optional<RangeScheduler::Claim> claim = m_scheduler->claimOf(int(slot));
        if (c->isRunning() && claim && (c->end() < 0 || claim->end < c->end()))
            c->setEnd(claim->end);
    }
}

void DownloadTransfer::fillSlots()
{
    if (!m_running || !m_scheduler)
        return;
    if (m_scheduler->isComplete())
        return finish();
    const qint64 now = monotonicMs();
    int running = 0;
    for (const auto &c : m_slots)
        running += c->isRunning() ? 1 : 0;
    const bool wasRunning = running > 0;
    for (int slot = 0; slot < m_settings.connections; ++slot) {
        if (slot < int(m_slots.size()) && m_slots[size_t(slot)]->isRunning())
            continue;
        const int mirror = m_pool.pick(now);
        if (mirror < 0 || !startPiece(slot, mirror, now))
            break;
        ++running;
    }
    if (running > 0) {
        m_retryTimer.stop();
        if (!wasRunning)
            Q_EMIT connecting(std::exchange(m_lastMessage, QString()));
        return;
    }
    // Nothing runs: wait for the first mirror that may be asked again, or give up.
    qint64 wait = -1;
    for (int i = 0; i < m_pool.count(); ++i) {
        if (m_pool.isUsable(i))
            wait = wait < 0 ? m_pool.waitLeft(i, now) : std::min(wait, m_pool.waitLeft(i, now));
    }
    if (wait < 0)
        return allStuck(m_lastPieceFailure.value_or(AttemptFailure{}));
    const QString why = m_lastPieceFailure ? m_lastPieceFailure->message : QString();
    m_lastMessage = why;
    Q_EMIT retrying(why, wait);
    m_retryTimer.start(int(std::max<qint64>(wait, 10)));
}

void DownloadTransfer::pieceEnded(int slot, RangeConnection *connection, const std::optional<AttemptFailure> &failure)
{
    const int mirror = connection->mirror();
    const qint64 now = monotonicMs();
    m_pool.ended(mirror);
    const qint64 got = connection->next() - connection->target().from;
    if (connection->isAccepted() && got > 0) {
        m_pool.recordSpeed(mirror, connection->meter().bytesPerSecond(now));
        m_pool.succeeded(mirror);
        m_furthest = std::max(m_furthest, m_part->done().covered());
    }
    m_scheduler->release(slot);
    wakeLead(); // a waiting lead may go on into the bytes this one gave back
    if (failure) {
        m_lastPieceFailure = failure;
        m_lastPieceFailure->message = tr("%1: %2").arg(m_pool.name(mirror), failure->message);
        switch (failure->kind) {
        case AttemptFailure::DiskFull:
        case AttemptFailure::Mismatch:
            return failWith(*failure);
        case AttemptFailure::Refused:
            m_pool.drop(mirror, failure->noRanges ? MirrorPool::Drop::NoRanges : MirrorPool::Drop::OtherFile);
            break;
        case AttemptFailure::Restart:
            m_pool.drop(mirror, MirrorPool::Drop::OtherFile);
            break;
        case AttemptFailure::Permanent:
            m_pool.drop(mirror, failure->gone ? MirrorPool::Drop::Gone
                                              : failure->error == DownloadError::RemoteChanged ? MirrorPool::Drop::OtherFile
                                                                                               : MirrorPool::Drop::Failing);
            break;
        case AttemptFailure::Transient: {
            // A host that refuses one connection more than it has is held at what it accepted;
            // right after we cut a connection short, it may still have counted that one.
            const bool refusedExtra = (failure->status == 503 || failure->status == 429) && m_pool.active(mirror) > 0;
            if (refusedExtra && now - m_lastAbortMs > 2000) {
                m_pool.holdHost(mirror);
                if (m_ramp)
                    m_ramp->settle();
                break;
            }
            const int failures = m_pool.failed(mirror);
            if (failures > m_settings.maxAttemptsWithoutProgress || failure->retryAfterMs > m_settings.retryAfterCapMs) {
                m_pool.drop(mirror, MirrorPool::Drop::Failing);
                break;
            }
            const qint64 delay = std::max(failure->retryAfterMs,
                                          HttpChecks::backoffMs(failures, m_settings.backoffInitialMs, m_settings.backoffMaxMs,
                                                                QRandomGenerator::global()->generateDouble()));
            m_pool.waitUntil(mirror, now + delay);
            break;
        }
        }
    }
    fillSlots();
}

void DownloadTransfer::allStuck(const AttemptFailure &last)
{
    if (m_pool.lead().allGone() || m_pool.allGone())
        return failWith(goneFromEveryMirror());
    if (m_pool.count() > 1)
        return failWith({AttemptFailure::Permanent, last.error,
                         tr("no mirror could deliver the file; the last one, %1").arg(last.message)});
    AttemptFailure only = last;
    only.message = last.message.section(QStringLiteral(": "), 1); // one mirror: no need to name it
    failWith(only);
}

void DownloadTransfer::watchSegments(qint64 now)
{
    for (int slot = 0; slot < int(m_slots.size()); ++slot) {
        RangeConnection *c = m_slots[size_t(slot)].get();
        if (!c->isRunning() || !c->isAccepted())
            continue;
        const qint64 speed = c->meter().bytesPerSecond(now);
        m_scheduler->setSpeed(slot, speed);
        if (now - c->startedMs() >= 1000)
            m_pool.recordSpeed(c->mirror(), speed);
        // A trickle that Qt's idle timeout never notices: that connection's piece goes back.
        if (now - c->startedMs() >= m_settings.lowSpeedWindowMs
            && c->meter().bytesPerSecond(now) * m_settings.lowSpeedWindowMs / 1000 < m_settings.lowSpeedBytes) {
            c->abort();
            pieceEnded(slot, c, AttemptFailure{AttemptFailure::Transient, DownloadError::Network,
                                               tr("too slow (%1 B/s); reconnecting").arg(speed)});
            return; // the slots changed
        }
    }
    if (m_ramp && m_ramp->update(now, m_meter.total(), std::exchange(m_heldBack, m_waitingForHasher))) {
        m_pool.setPerHost(m_ramp->allowed());
        fillSlots();
    }
}
