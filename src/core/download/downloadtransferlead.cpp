// SPDX-License-Identifier: GPL-3.0-or-later
// DownloadTransfer's lead: one connection that walks the mirrors in order, resumes with Range and
// If-Range, retries with backoff and starts over when the server's file changed (DESIGN.md §4).
#include "downloadtransfer.h"

#include "download/httpchecks.h"
#include "download/md5hasher.h"
#include "download/mirrors.h"
#include "download/partfile.h"
#include "download/prefixhasher.h"

#include <QRandomGenerator>
#include <QStorageInfo>

#include <utility>

qint64 DownloadTransfer::knownTotal() const
{
    if (m_entityTotal >= 0)
        return m_entityTotal;
    if (m_part->haveSide() && m_part->side().totalSize >= 0)
        return m_part->side().totalSize;
    return m_request.exactSize;
}

qint64 DownloadTransfer::leadOffset() const
{
    return m_part->done().prefixEnd();
}

void DownloadTransfer::sendLead()
{
    m_retryTimer.stop();
    if (m_slots.empty())
        m_slots.push_back(std::make_unique<RangeConnection>(m_nam, this, m_settings, this));
    const int mirror = m_pool.lead().current();
    const ResumeState &side = m_part->side();
    const bool haveSide = m_part->haveSide();
    RangeConnection::Target target;
    target.mirror = mirror;
    target.url = m_pool.url(mirror);
    target.from = leadOffset();
    // Resuming on another mirror: its ETag or Last-Modified says nothing about what another host
    // sent, so If-Range cannot guard the resume. The same path with the same size is the evidence
    // there is: ask for the rest with Range alone and append only when the Content-Range total
    // equals the total already known, else start over. With no total known there is nothing to
    // compare: start over at once. The MD5 decides at the end, as for any resume.
    m_crossMirror = false;
    if (target.from > 0) {
        const bool sameSource = !haveSide || side.url == target.url;
        if (sameSource || knownTotal() >= 0) {
            target.sendRange = true;
            m_crossMirror = !sameSource;
            if (sameSource && haveSide)
                target.ifRange = side.ifRangeValidator().toLatin1();
        }
    }
    target.asked.from = target.from;
    target.asked.crossMirror = m_crossMirror;
    target.asked.knownTotal = m_crossMirror ? knownTotal() : (haveSide ? side.totalSize : -1);
    target.asked.knownEtag = !m_crossMirror && haveSide ? side.etag : QString();
    target.asked.exactSize = m_request.exactSize;
    target.asked.sizeText = m_request.sizeText;
    target.asked.fileName = m_request.fileName;
    QString note = std::exchange(m_connectNote, QString());
    if (note.isEmpty())
        note = std::exchange(m_lastMessage, QString()); // the failure this attempt retries
    Q_EMIT connecting(note);
    m_slots[0]->start(target, monotonicMs());
}

bool DownloadTransfer::acceptLead(RangeConnection *connection, const ReplyChecks::Verdict &verdict)
{
    if (verdict.kind == ReplyChecks::Verdict::AlreadyComplete) {
        m_entityTotal = verdict.total;
        return true;
    }
    QString error;
    if (verdict.kind == ReplyChecks::Verdict::AcceptFromZero) {
        // Range ignored, the file changed (If-Range) or no resume was asked for: start over with
        // this body.
        if (!m_part->truncate(0, &error)) {
            endLeadAttempt({AttemptFailure::DiskFull, DownloadError::Disk, error});
            return false;
        }
        m_sentFromZero = true;
        m_md5->reset();
        m_hasher->restartAt(0);
    }
    const qint64 total = verdict.total;
    const qint64 remaining = total >= 0 ? total - leadOffset() : -1;
    const qint64 available = QStorageInfo(m_request.directory).bytesAvailable();
    if (remaining > 0 && available >= 0 && available < remaining) {
        endLeadAttempt({AttemptFailure::DiskFull, DownloadError::Disk,
                        tr("not enough space: %1 needed, %2 free; free some space and resume")
                            .arg(DownloadText::bytes(remaining), DownloadText::bytes(available))});
        return false;
    }
    const ReplyChecks::Head &head = connection->head();
    ResumeState &side = m_part->side();
    side.url = connection->target().url; // the validators below belong to this mirror
    side.md5 = m_request.md5;
    side.totalSize = total;
    side.etag = QString::fromLatin1(head.etag);
    side.lastModified = QString::fromLatin1(head.lastModified);
    side.verified = false;
    side.mirrors.insert(side.url.toString(), ResumeState::Validators{side.etag, side.lastModified});
    if (!m_part->saveSide(&error)) {
        endLeadAttempt({AttemptFailure::DiskFull, DownloadError::Disk, tr("cannot write %1: %2").arg(m_request.sideFilePath(), error)});
        return false;
    }
    if (!m_part->open(&error)) {
        endLeadAttempt({AttemptFailure::DiskFull, DownloadError::Disk, error});
        return false;
    }
    m_entityTotal = total;
    m_pool.proven(connection->mirror());
    const qint64 now = monotonicMs();
    m_lowSpeed.restart(connection->meter(), now);
    m_slowMirror.restart(connection->meter(), now);
    m_watchdog.start();
    Q_EMIT downloading();
    if (canSegment(head))
        becomeSegmented();
    return true;
}

void DownloadTransfer::leadEnded(const std::optional<AttemptFailure> &failure)
{
    if (failure)
        return endLeadAttempt(*failure);
    // Qt reports a close-delimited body cut short as success: check the size ourselves.
    const qint64 offset = leadOffset();
    const qint64 expected = m_entityTotal >= 0 ? m_entityTotal : m_request.exactSize;
    if (expected >= 0 && offset < expected)
        return endLeadAttempt({AttemptFailure::Transient, DownloadError::Network,
                               tr("the connection ended after %1 of %2 bytes").arg(offset).arg(expected)});
    const SizeRange range = SizeRange::fromText(m_request.sizeText);
    if (expected < 0 && range.isValid() && offset < range.min)
        return endLeadAttempt({AttemptFailure::Transient, DownloadError::Network,
                               tr("the connection ended after %1 bytes").arg(offset)});
    if (m_entityTotal < 0)
        m_entityTotal = offset; // nothing declared: the body's end is all there is
    finish();
}

void DownloadTransfer::endLeadAttempt(const AttemptFailure &failure)
{
    if (!m_slots.empty())
        m_slots[0]->abort();
    m_watchdog.stop();
    // Bytes fetched again after a restart from 0 are not progress: only passing the furthest byte
    // reached is (else a server that ignores Range and cuts every answer short is retried forever).
    const qint64 offset = leadOffset();
    const bool gained = offset > m_furthest;
    m_furthest = std::max(m_furthest, offset);
    switch (failure.kind) {
    case AttemptFailure::DiskFull:
    case AttemptFailure::Mismatch:
        return failWith(failure);
    case AttemptFailure::Permanent:
    case AttemptFailure::Refused:
        return leaveMirror(failure); // another mirror may still have it
    case AttemptFailure::Restart:
        restartFromZero();
        break;
    case AttemptFailure::Transient:
        break;
    }
    if (gained) {
        m_attempt = 0;
        m_sentFromZero = false;
    }
    ++m_attempt;
    if (m_attempt > m_settings.maxAttemptsWithoutProgress) {
        // This mirror's retry budget is used up: the next one, or give up, saying what the server did.
        QString what = failure.message;
        if (m_sentFromZero) {
            const qint64 total = knownTotal();
            what = total > 0 ? tr("%1; the server answered every resume with the whole file from byte 0 (HTTP 200), "
                                  "and no attempt got past byte %2 of %3").arg(what).arg(m_furthest).arg(total)
                             : tr("%1; the server answered every resume with the whole file from byte 0 (HTTP 200), "
                                  "and no attempt got past byte %2").arg(what).arg(m_furthest);
        }
        const QString gaveUp = tr("%1 (gave up; failed attempts in a row: %2)").arg(what).arg(m_attempt);
        AttemptFailure out{AttemptFailure::Transient, DownloadError::Network, gaveUp};
        out.unreachable = failure.unreachable;
        return leaveMirror(out);
    }
    qint64 delay = HttpChecks::backoffMs(m_attempt, m_settings.backoffInitialMs, m_settings.backoffMaxMs,
                                         QRandomGenerator::global()->generateDouble());
    if (failure.retryAfterMs > m_settings.retryAfterCapMs) {
        return leaveMirror({AttemptFailure::Transient, DownloadError::Network,
                            tr("%1; the server asks to wait %2, longer than allowed")
                                .arg(failure.message, DownloadText::duration(failure.retryAfterMs / 1000))});
    }
    delay = std::max(delay, failure.retryAfterMs);
    m_lastMessage = failure.message;
    Q_EMIT retrying(failure.message, delay);
    m_retryTimer.start(int(delay));
}

void DownloadTransfer::leaveMirror(const AttemptFailure &failure)
{
    m_part->close();
    MirrorTracker &mirrors = m_pool.lead();
    const QString left = m_pool.name(mirrors.current());
    mirrors.markFailed(failure.gone, failure.unreachable);
    if (mirrors.advance())
        return useNextMirror(tr("%1: %2").arg(left, failure.message));
    if (mirrors.allGone()) // one link or several: the same words
        return failWith(goneFromEveryMirror());
    // Every mirror's host failed to resolve: the one thing to say is that the network is missing.
    if (mirrors.allUnreachable())
        return failWith({AttemptFailure::Permanent, DownloadError::Network, tr("No network connection — retry when online")});
    if (mirrors.count() > 1)
        return failWith({AttemptFailure::Permanent, failure.error,
                         tr("no mirror could deliver the file; the last one, %1: %2").arg(left, failure.message)});
    failWith({AttemptFailure::Permanent, failure.error, failure.message});
}

void DownloadTransfer::leaveSlowMirror(qint64 bytesPerSecond)
{
    MirrorTracker &mirrors = m_pool.lead();
    if (!mirrors.hasUntried())
        return; // nothing better to try: stay
    m_slots[0]->abort();
    m_watchdog.stop();
    m_part->close();
    const QString left = m_pool.name(mirrors.current());
    mirrors.markSlow(bytesPerSecond);
    if (mirrors.advance())
        useNextMirror(tr("%1 too slow (%2/s)").arg(left, DownloadText::bytes(bytesPerSecond)));
}

void DownloadTransfer::useNextMirror(const QString &why)
{
    m_retryTimer.stop();
    m_attempt = 0; // each mirror has its own retry budget
    m_connectNote = why;
    m_lastMessage.clear();
    sendLead();
}

void DownloadTransfer::restartFromZero()
{
    QString ignored; // a failure shows at the next write
    m_part->truncate(0, &ignored);
    QFile::remove(m_request.sideFilePath());
    m_part->forget();
    m_entityTotal = -1;
    m_md5->reset();
    m_hasher->restartAt(0);
}

void DownloadTransfer::watchLead(qint64 now)
{
    RangeConnection *lead = m_slots.empty() ? nullptr : m_slots[0].get();
    if (!lead || !lead->isAccepted() || !lead->isRunning())
        return;
    const RateMeter &meter = lead->meter();
    if (m_lowSpeed.elapsedMs(now) >= m_settings.lowSpeedWindowMs) {
        const qint64 speed = m_lowSpeed.bytesPerSecond(meter, now);
        if (m_lowSpeed.gained(meter) < m_settings.lowSpeedBytes) {
            if (m_pool.lead().hasUntried())
                return leaveSlowMirror(speed);
            return endLeadAttempt({AttemptFailure::Transient, DownloadError::Network,
                                   tr("too slow (%1 B/s); reconnecting").arg(speed)});
        }
        m_lowSpeed.restart(meter, now);
    }
    // A working mirror far below an acceptable speed: another one may do better (the .part is
    // resumed there). Once no untried mirror is left the download stays where it is.
    if (m_settings.mirrorMinSpeed > 0 && m_pool.lead().hasUntried()
        && m_slowMirror.elapsedMs(now) >= m_settings.mirrorSlowWindowMs) {
        const qint64 speed = m_slowMirror.bytesPerSecond(meter, now);
        if (speed < m_settings.mirrorMinSpeed)
            return leaveSlowMirror(speed);
        m_slowMirror.restart(meter, now);
    }
}
