// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadworker.h"

#include "download/downloadtransfer.h"
#include "download/md5hasher.h"
#include "download/requestcheck.h"
#include "util/safefilename.h"

#include <QFile>
#include <QFileInfo>

DownloadWorker::DownloadWorker(const DownloadRequest &request, const DownloadSettings &settings, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_settings(settings)
    , m_part(request.partPath(), request.sideFilePath())
    , m_md5(new Md5Hasher(this))
    , m_hasher(m_md5, request.partPath(), settings.hashBacklogBytes)
    , m_transfer(nullptr)
    , m_retryTick(this) // children move to the network thread with the worker
    , m_progressTimer(this)
{
    m_request.md5 = m_request.md5.toLower();
    m_request.md5Prefix = m_request.md5Prefix.toLower();
    m_settings.connections = std::clamp(m_settings.connections, 1, DownloadSettings::MaxConnections);
    m_settings.connectionsPerHost = std::clamp(m_settings.connectionsPerHost, 1, DownloadSettings::MaxPerHost);
    QString error; // known before any start, so a cancel of a restored entry finds its .part
    m_finalPath = SafeFileName::pathIn(m_request.directory, m_request.fileName, &error);
    if (!m_finalPath.isEmpty())
        m_lock = std::make_unique<TargetLock>(m_finalPath);
    m_transfer = new DownloadTransfer(m_request, m_settings, &m_part, m_md5, &m_hasher, this);
    connect(m_transfer, &DownloadTransfer::connecting, this, &DownloadWorker::onConnecting);
    connect(m_transfer, &DownloadTransfer::downloading, this, [this] {
        if (m_status.state != DownloadState::Downloading) {
            m_transfer->fillStatus(&m_status, monotonicMs()); // the size the answer declared, from its first line
            setState(DownloadState::Downloading);
        }
    });
    connect(m_transfer, &DownloadTransfer::retrying, this, &DownloadWorker::onRetrying);
    connect(m_transfer, &DownloadTransfer::progressed, this, [this] { m_dirty = true; });
    connect(m_transfer, &DownloadTransfer::complete, this, &DownloadWorker::verifyAndFinish);
    connect(m_transfer, &DownloadTransfer::failed, this, &DownloadWorker::onTransferFailed);
    m_retryTick.setInterval(1000);
    connect(&m_retryTick, &QTimer::timeout, this, [this] {
        const qint64 left = m_retryDelayMs - m_retryClock.elapsed();
        m_status.retryInSeconds = int(std::max<qint64>(0, (left + 999) / 1000));
        emitStatus();
    });
    m_progressTimer.setInterval(m_settings.progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_status.state == DownloadState::Downloading) {
            m_transfer->fillStatus(&m_status, monotonicMs());
            m_dirty = true;
        }
        if (m_dirty)
            emitStatus();
    });
    connect(m_md5, &Md5Hasher::drained, this, &DownloadWorker::onHasherDrained, Qt::QueuedConnection);
    connect(m_md5, &Md5Hasher::progress, this, &DownloadWorker::onHashProgress, Qt::QueuedConnection);
    connect(m_md5, &Md5Hasher::finished, this, &DownloadWorker::onHashFinished, Qt::QueuedConnection);
    connect(m_md5, &Md5Hasher::failed, this, &DownloadWorker::onHashFailed, Qt::QueuedConnection);
}

DownloadWorker::~DownloadWorker()
{
    stopWork();
}

// ---- commands -------------------------------------------------------------------------------

void DownloadWorker::start(bool fresh)
{
    if (m_status.isActive())
        return;
    if (fresh) {
        m_cleanRetryDone = false;
        m_transfer->resetBudget();
    }
    m_status.error = DownloadError::None;
    m_status.verification = Verification::None;
    m_status.alreadyDownloaded = false;
    m_status.message.clear();
    // Nothing to compare with: hashing would only cost time.
    m_hashNeeded = expectedVerification() != Verification::NotVerified;
    if (!preflight())
        return;
    QString busy;
    if (!m_lock->acquire(&busy))
        return fail(DownloadError::Refused, busy);
    if (QFileInfo::exists(m_finalPath))
        return checkExistingFinalFile();
    preparePart();
}

void DownloadWorker::stopWork()
{
    m_transfer->stop();
    m_retryTick.stop();
    m_progressTimer.stop();
}

void DownloadWorker::pause()
{
    if (m_status.isFinal() || m_status.state == DownloadState::Paused)
        return;
    stopWork();
    if (m_hashPurpose != HashPurpose::None) {
        m_md5->cancel(); // hash again on resume
        m_hashInSync = false;
        m_hashPurpose = HashPurpose::None;
    }
    m_status.clearTransfer();
    setState(DownloadState::Paused);
}

void DownloadWorker::cancel()
{
    if (m_status.state == DownloadState::Cancelled || m_status.state == DownloadState::Completed)
        return;
    stopWork();
    m_md5->cancel();
    m_hashPurpose = HashPurpose::None;
    m_hashInSync = false;
    // Another process downloading the same file keeps its .part.
    QString busy;
    if (m_lock && m_lock->acquire(&busy))
        m_part.removeFiles();
    m_status.received = 0;
    m_status.error = DownloadError::None;
    setState(DownloadState::Cancelled);
}

void DownloadWorker::shutdown()
{
    stopWork();
    m_md5->cancel();
    if (m_lock)
        m_lock->release();
}

// ---- before the first request ---------------------------------------------------------------

bool DownloadWorker::preflight()
{
    const std::optional<RequestProblem> problem = checkRequest(m_request);
    if (problem) {
        fail(problem->error, problem->message);
        return false;
    }
    QString error;
    m_finalPath = SafeFileName::pathIn(m_request.directory, m_request.fileName, &error);
    if (!m_lock)
        m_lock = std::make_unique<TargetLock>(m_finalPath);
    return true;
}

Verification DownloadWorker::expectedVerification() const
{
    if (!m_request.md5.isEmpty())
        return Verification::Verified;
    if (!m_request.md5Prefix.isEmpty())
        return Verification::PrefixVerified;
    return Verification::NotVerified;
}

void DownloadWorker::startTransfer()
{
    m_progressTimer.start();
    m_transfer->start(m_hashNeeded);
}

// ---- what the transfer says -----------------------------------------------------------------

void DownloadWorker::onConnecting(const QString &note)
{
    m_retryTick.stop();
    m_transfer->fillStatus(&m_status, monotonicMs());
    m_status.retryInSeconds = 0;
    setState(DownloadState::Connecting, note);
}

void DownloadWorker::onRetrying(const QString &why, qint64 delayMs)
{
    m_transfer->fillStatus(&m_status, monotonicMs());
    m_retryDelayMs = delayMs;
    m_retryClock.start();
    m_status.retryInSeconds = int((delayMs + 999) / 1000);
    m_status.clearTransfer();
    m_status.etaSeconds = -1;
    setState(DownloadState::Retrying, why);
    m_retryTick.start();
}

void DownloadWorker::onTransferFailed(const AttemptFailure &failure)
{
    m_retryTick.stop();
    m_progressTimer.stop();
    m_transfer->fillStatus(&m_status, monotonicMs());
    switch (failure.kind) {
    case AttemptFailure::DiskFull:
        m_part.close();
        m_status.error = DownloadError::Disk;
        m_status.clearTransfer();
        return setState(DownloadState::Paused, failure.message);
    case AttemptFailure::Mismatch:
        m_part.removeFiles();
        return fail(DownloadError::Mismatch, failure.message);
    default:
        return fail(failure.error, failure.message);
    }
}

// ---- verification and the final name -------------------------------------------------------

void DownloadWorker::verifyAndFinish()
{
    m_progressTimer.stop();
    m_part.close();
    const qint64 size = m_part.sizeOnDisk();
    const qint64 declared = m_transfer->entityTotal();
    if (size != m_part.done().prefixEnd())
        m_hashInSync = false; // someone else touched the .part: hash it from scratch
    if (m_request.exactSize >= 0 && size != m_request.exactSize)
        return mismatch(tr("size mismatch: got %1 bytes, expected %2").arg(size).arg(m_request.exactSize));
    if (!SizeRange::fromText(m_request.sizeText).contains(size))
        return mismatch(tr("size mismatch: got %1, the catalog says %2").arg(DownloadText::bytes(size), m_request.sizeText));
    // Without an exact size from the user, the server's own declaration decides (two writers on
    // one .part, a body longer than its Content-Length or Content-Range total).
    if (m_request.exactSize < 0 && declared >= 0 && size != declared)
        return mismatch(tr("size mismatch: got %1 bytes, the server declared %2").arg(size).arg(declared));
    if (!m_hashNeeded) {
        m_status.received = m_status.total = size;
        return finishVerified(Verification::NotVerified);
    }
    m_hashPurpose = HashPurpose::Final;
    if (!m_hashInSync) {
        m_md5->reset();
        m_md5->addFile(m_request.partPath(), size);
    } else {
        m_hasher.catchUp(size);
    }
    m_status.received = size - m_md5->pendingBytes();
    m_status.total = size;
    m_status.clearTransfer();
    m_status.etaSeconds = -1;
    setState(DownloadState::Verifying, tr("checking the MD5"));
    m_md5->finish();
}

void DownloadWorker::mismatch(const QString &message)
{
    onTransferFailed({AttemptFailure::Mismatch, DownloadError::Mismatch, message});
}

void DownloadWorker::onHashProgress(quint64 generation, qint64 hashed)
{
    if (generation != m_md5->generation() || m_status.state != DownloadState::Verifying)
        return;
    if (m_hashPurpose == HashPurpose::Final)
        hashed = m_status.total - m_md5->pendingBytes();
    m_status.received = std::min(hashed, m_status.total);
    m_dirty = true;
    emitStatus();
}

void DownloadWorker::onHashFailed(quint64 generation, const QString &error)
{
    if (generation != m_md5->generation() || m_hashPurpose == HashPurpose::None)
        return;
    m_hashPurpose = HashPurpose::None;
    m_hashInSync = false;
    fail(DownloadError::Disk, tr("cannot read the file: %1").arg(error));
}

void DownloadWorker::onHashFinished(quint64 generation, const QString &md5, qint64 hashed)
{
    if (generation != m_md5->generation())
        return;
    const HashPurpose purpose = m_hashPurpose;
    if (purpose != HashPurpose::ExistingFinal && purpose != HashPurpose::Final)
        return;
    m_hashPurpose = HashPurpose::None;
    m_hashInSync = false; // finish() ends this hash
    const Verification verification = expectedVerification();
    bool matches = true;
    if (verification == Verification::Verified)
        matches = md5 == m_request.md5;
    else if (verification == Verification::PrefixVerified)
        matches = md5.startsWith(m_request.md5Prefix);

    if (purpose == HashPurpose::ExistingFinal) {
        if (!matches)
            return fail(DownloadError::Refused, tr("a different file named %1 already exists (MD5 %2); it was not "
                                                   "overwritten").arg(m_request.fileName, md5));
        m_status.alreadyDownloaded = true;
        m_status.received = m_status.total = hashed;
        return finishVerified(verification);
    }
    if (!matches) {
        const QString expected = verification == Verification::Verified ? m_request.md5 : m_request.md5Prefix + QLatin1String("...");
        const QString text = tr("checksum mismatch: expected %1, got %2").arg(expected, md5);
        m_part.removeFiles();
        if (m_cleanRetryDone)
            return mismatch(text);
        // A torn or corrupt .part costs one clean download, never more.
        m_cleanRetryDone = true;
        m_md5->reset();
        m_hasher.restartAt(0);
        m_hashInSync = true;
        m_status.retryInSeconds = 0;
        setState(DownloadState::Retrying, tr("%1; downloading once more from the start").arg(text));
        return startTransfer();
    }
    m_part.side().verified = true;
    QString error;
    m_part.saveSide(&error); // best effort: lets a crash before the rename skip a re-hash
    finishVerified(verification);
}

void DownloadWorker::finishVerified(Verification verification)
{
    if (!m_status.alreadyDownloaded) {
        if (QFileInfo::exists(m_finalPath))
            return fail(DownloadError::Refused, tr("%1 appeared while downloading; it was not overwritten").arg(m_finalPath));
        if (!QFile::rename(m_request.partPath(), m_finalPath))
            return fail(DownloadError::Disk, tr("cannot rename %1 to its final name").arg(m_request.partPath()));
        QFile::remove(m_request.sideFilePath());
        m_part.forget();
    }
    m_hashInSync = false;
    m_status.verification = verification;
    m_status.error = DownloadError::None;
    m_status.clearTransfer();
    m_status.etaSeconds = 0;
    setState(DownloadState::Completed);
}

// ---- status ---------------------------------------------------------------------------------

void DownloadWorker::fail(DownloadError error, const QString &message)
{
    stopWork();
    m_status.error = error;
    m_status.clearTransfer();
    m_status.etaSeconds = -1;
    setState(DownloadState::Failed, message);
}

void DownloadWorker::setState(DownloadState state, const QString &message)
{
    m_status.state = state;
    if (!m_status.isActive() && m_lock)
        m_lock->release(); // paused, finished or failed: another run may take the file
    if (!message.isEmpty() || state != DownloadState::Failed)
        m_status.message = message;
    emitStatus();
}

void DownloadWorker::emitStatus()
{
    m_dirty = false;
    Q_EMIT statusChanged(m_status);
}
