// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadworker.h"

#include "catalog/md5text.h"
#include "download/httpchecks.h"
#include "download/md5hasher.h"
#include "download/mirrors.h"
#include "util/appidentity.h"
#include "util/safefilename.h"
#include "util/weburl.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QStorageInfo>

#include <algorithm>
#include <utility>

namespace {

constexpr qint64 ReadChunk = 1 << 20;
// An error page is read up to this much, to find out what it says; a longer one is not read on.
constexpr qint64 ErrorPageCap = 64 * 1024;

} // namespace

DownloadWorker::DownloadWorker(const DownloadRequest &request, const DownloadSettings &settings, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_settings(settings)
    , m_hasher(new Md5Hasher(this))
    , m_retryTimer(this) // children move to the network thread with the worker
    , m_retryTick(this)
    , m_progressTimer(this)
    , m_watchdog(this)
{
    m_request.md5 = m_request.md5.toLower();
    m_request.md5Prefix = m_request.md5Prefix.toLower();
    QString error; // known before any start, so a cancel of a restored entry finds its .part
    m_finalPath = SafeFileName::pathIn(m_request.directory, m_request.fileName, &error);
    if (!m_finalPath.isEmpty()) {
        m_partPath = m_finalPath + QLatin1String(".part");
        m_sidePath = m_finalPath + QLatin1String(".part.json");
        m_lock = std::make_unique<TargetLock>(m_finalPath);
    }
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DownloadWorker::sendRequest);
    m_retryTick.setInterval(1000);
    connect(&m_retryTick, &QTimer::timeout, this, &DownloadWorker::onRetryTick);
    m_progressTimer.setInterval(m_settings.progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        updateSpeed();
        if (m_dirty)
            emitStatus();
    });
    m_mirrors.reset(int(m_request.urls.size()));
    int window = m_settings.lowSpeedWindowMs;
    if (m_settings.mirrorMinSpeed > 0)
        window = std::min(window, m_settings.mirrorSlowWindowMs);
    m_watchdog.setInterval(std::max(50, std::min(1000, window / 4)));
    connect(&m_watchdog, &QTimer::timeout, this, &DownloadWorker::onWatchdog);
    connect(m_hasher, &Md5Hasher::drained, this, &DownloadWorker::onHasherDrained, Qt::QueuedConnection);
    connect(m_hasher, &Md5Hasher::progress, this, &DownloadWorker::onHashProgress, Qt::QueuedConnection);
    connect(m_hasher, &Md5Hasher::finished, this, &DownloadWorker::onHashFinished, Qt::QueuedConnection);
    connect(m_hasher, &Md5Hasher::failed, this, &DownloadWorker::onHashFailed, Qt::QueuedConnection);
}

DownloadWorker::~DownloadWorker()
{
    dropReply();
    closePart();
}

// ---- commands -------------------------------------------------------------------------------

void DownloadWorker::start(bool fresh)
{
    if (m_status.isActive())
        return;
    if (fresh) {
        m_status.attempt = 0;
        m_furthest = 0;
        m_sentFromZero = false;
        m_cleanRetryDone = false;
        m_mirrors.reset(int(m_request.urls.size()));
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
    if (!m_lock->acquire(&busy)) {
        fail(DownloadError::Refused, busy);
        return;
    }
    if (QFileInfo::exists(m_finalPath)) {
        checkExistingFinalFile();
        return;
    }
    preparePart();
}

void DownloadWorker::pause()
{
    if (m_status.isFinal() || m_status.state == DownloadState::Paused)
        return;
    dropReply();
    m_retryTimer.stop();
    m_retryTick.stop();
    if (m_hashPurpose == HashPurpose::PartPrefix || m_hashPurpose == HashPurpose::ExistingFinal
        || m_hashPurpose == HashPurpose::Final) {
        m_hasher->cancel(); // hash again on resume
        m_hashInSync = false;
        m_hashPurpose = HashPurpose::None;
    }
    closePart();
    setState(DownloadState::Paused);
}

void DownloadWorker::cancel()
{
    if (m_status.state == DownloadState::Cancelled || m_status.state == DownloadState::Completed)
        return;
    dropReply();
    m_retryTimer.stop();
    m_retryTick.stop();
    m_hasher->cancel();
    m_hashPurpose = HashPurpose::None;
    m_hashInSync = false;
    closePart();
    // Another process downloading the same file keeps its .part.
    QString busy;
    if (m_lock && m_lock->acquire(&busy))
        removePartFiles();
    m_offset = 0;
    m_status.received = 0;
    m_status.error = DownloadError::None;
    setState(DownloadState::Cancelled);
}

void DownloadWorker::shutdown()
{
    dropReply();
    m_retryTimer.stop();
    m_retryTick.stop();
    m_progressTimer.stop();
    m_watchdog.stop();
    m_hasher->cancel();
    closePart();
    if (m_lock)
        m_lock->release();
}

// ---- before the first request ---------------------------------------------------------------

bool DownloadWorker::preflight()
{
    QString error;
    m_finalPath = SafeFileName::pathIn(m_request.directory, m_request.fileName, &error);
    if (m_finalPath.isEmpty()) {
        fail(DownloadError::Refused, tr("refused the file name: %1").arg(error));
        return false;
    }
    m_partPath = m_finalPath + QLatin1String(".part");
    m_sidePath = m_finalPath + QLatin1String(".part.json");
    if (!m_lock)
        m_lock = std::make_unique<TargetLock>(m_finalPath);
    if (m_request.urls.isEmpty()) {
        fail(DownloadError::Refused, tr("no download URL"));
        return false;
    }
    for (const QUrl &url : std::as_const(m_request.urls)) {
        if (!isWebUrl(url)) {
            fail(DownloadError::Refused, tr("refused the URL '%1': only http and https are supported").arg(url.toString()));
            return false;
        }
    }
    if (!m_request.md5.isEmpty() && !isMd5Hex(m_request.md5)) {
        fail(DownloadError::Refused, tr("'%1' is not an MD5 (32 hex digits)").arg(m_request.md5));
        return false;
    }
    if (!QDir().mkpath(m_request.directory)) {
        fail(DownloadError::Disk, tr("cannot create the folder %1").arg(m_request.directory));
        return false;
    }
    for (const QString &path : {m_finalPath, m_partPath, m_sidePath}) {
        if (QFileInfo(path).isSymLink()) {
            fail(DownloadError::Refused, tr("refused to write through the symbolic link %1").arg(path));
            return false;
        }
    }
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

void DownloadWorker::checkExistingFinalFile()
{
    const qint64 size = QFileInfo(m_finalPath).size();
    if (expectedVerification() == Verification::NotVerified) {
        if (m_request.exactSize == size) {
            m_status.alreadyDownloaded = true;
            m_status.received = m_status.total = size;
            finishVerified(Verification::NotVerified);
            return;
        }
        fail(DownloadError::Refused, tr("%1 already exists and there is no checksum to compare it with; "
                                        "it was left alone").arg(m_finalPath));
        return;
    }
    m_hashPurpose = HashPurpose::ExistingFinal;
    m_hashGeneration = m_hasher->reset();
    m_hashInSync = false;
    m_status.received = 0;
    m_status.total = size;
    setState(DownloadState::Verifying, tr("checking the existing file"));
    m_hasher->addFile(m_finalPath);
    m_hasher->finish();
}

void DownloadWorker::preparePart()
{
    const QFileInfo part(m_partPath);
    m_haveSide = ResumeState::load(m_sidePath, &m_side);
    if (!part.exists()) {
        forgetPart();
        sendRequest();
        return;
    }
    const qint64 size = part.size();
    bool discard = false;
    if (m_haveSide && !m_side.md5.isEmpty() && !m_request.md5.isEmpty() && m_side.md5 != m_request.md5)
        discard = true; // a .part of another file with the same name
    const qint64 known = m_request.exactSize >= 0 ? m_request.exactSize : (m_haveSide ? m_side.totalSize : -1);
    if (known >= 0 && size > known)
        discard = true; // longer than the file can be
    if (discard) {
        if (!truncatePart(0))
            return;
        QFile::remove(m_sidePath);
        forgetPart();
        sendRequest();
        return;
    }
    if (m_haveSide && m_side.verified && known >= 0 && size == known) {
        // Verified before a crash; only the rename was left.
        m_offset = size;
        m_status.received = m_status.total = size;
        finishVerified(expectedVerification());
        return;
    }
    m_resumed = size > 0;
    if ((m_hashInSync && m_offset == size) || !m_hashNeeded) {
        m_offset = size;
        sendRequest();
        return;
    }
    // The MD5 state cannot be saved: hash the bytes already in the .part first.
    m_offset = size;
    m_hashGeneration = m_hasher->reset();
    m_hashPurpose = HashPurpose::PartPrefix;
    m_hashInSync = false;
    m_status.received = 0;
    m_status.total = size;
    setState(DownloadState::Verifying, tr("checking the partial file"));
    m_hasher->addFile(m_partPath, size);
    if (m_hasher->notifyWhenDrained(0))
        onHasherDrained();
}

// ---- one attempt ----------------------------------------------------------------------------

// No usable .part: the next request starts at byte 0 with a fresh hash.
void DownloadWorker::forgetPart()
{
    m_haveSide = false;
    m_side = ResumeState();
    m_offset = 0;
    m_hashGeneration = m_hasher->reset();
    m_hashInSync = true;
    m_resumed = false;
}

void DownloadWorker::sendRequest()
{
    m_retryTick.stop();
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    QNetworkRequest request(currentUrl());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_settings.maxRedirects);
    request.setTransferTimeout(m_settings.stallTimeoutMs);
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Resuming on another mirror: its ETag or Last-Modified says nothing about what another host
    // sent, so If-Range cannot guard the resume. The same path with the same size is the evidence
    // there is: ask for the rest with Range alone and append only when the Content-Range total
    // equals the total already known (onMetaData), else start over. With no total known there is
    // nothing to compare: start over at once. The MD5 decides at the end, as for any resume.
    m_crossMirror = false;
    if (m_offset > 0) {
        const bool sameSource = !m_haveSide || m_side.url == currentUrl();
        if (sameSource || knownTotal() >= 0) {
            request.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + '-');
            m_crossMirror = !sameSource;
            const QString validator = sameSource && m_haveSide ? m_side.ifRangeValidator() : QString();
            if (!validator.isEmpty())
                request.setRawHeader("If-Range", validator.toLatin1());
        }
    }
    m_accepting = false;
    m_statusChecked = false;
    m_statusFailure.reset();
    m_errorBody.clear();
    m_replyFinished = false;
    m_waitingForHasher = false;
    m_attemptStart = m_offset;
    m_furthest = std::max(m_furthest, m_offset);
    m_hashPurpose = HashPurpose::None;
    m_status.received = m_offset;
    m_status.total = m_entityTotal >= 0 ? m_entityTotal : (m_haveSide ? m_side.totalSize : m_request.exactSize);
    m_status.retryInSeconds = 0;
    m_status.mirror = Mirrors::name(currentUrl());
    m_status.mirrorNumber = m_mirrors.current() + 1;
    m_status.mirrorCount = m_mirrors.count();
    QString note = std::exchange(m_connectNote, QString());
    if (note.isEmpty() && m_status.state == DownloadState::Retrying)
        note = m_status.message;
    setState(DownloadState::Connecting, note);

    m_reply = m_nam->get(request);
    m_reply->setReadBufferSize(m_settings.readBufferSize);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &DownloadWorker::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadWorker::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadWorker::onFinished);
}

bool DownloadWorker::acceptsTotal(qint64 total, QString *why) const
{
    if (total < 0)
        return true;
    if (m_request.exactSize >= 0 && total != m_request.exactSize) {
        *why = tr("the server's file has %1 bytes, expected %2").arg(total).arg(m_request.exactSize);
        return false;
    }
    if (!SizeRange::fromText(m_request.sizeText).contains(total)) {
        *why = tr("the server's file (%1) differs from the catalog (%2)").arg(DownloadText::bytes(total), m_request.sizeText);
        return false;
    }
    return true;
}

void DownloadWorker::onMetaData()
{
    if (!m_reply || m_accepting || m_statusChecked)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // Qt follows redirects itself; a 3xx that ends the reply is handled in finished
    if (status < 200)
        return;
    if (status >= 400) {
        m_statusChecked = true;
        // Qt has already set an error on this reply: let the (small) error body run out instead
        // of aborting (its start is kept to look for NoSuchKey), and decide in handleReplyEnd().
        m_statusFailure = failureForStatus(status);
        return;
    }
    if (status != 200 && status != 206)
        return endAttempt({Failure::Transient, DownloadError::Network, tr("unexpected HTTP status %1").arg(status)});

    // A Content-Encoding (gzip on a .tgz) is kept as is: Qt does not decode when the request
    // sets Accept-Encoding itself, so the bytes on disk are the ones the MD5 describes.
    const QString etag = QString::fromLatin1(m_reply->rawHeader("ETag"));
    const QString lastModified = QString::fromLatin1(m_reply->rawHeader("Last-Modified"));
    qint64 total = -1;
    if (status == 206) {
        const auto range = HttpChecks::parseContentRange(m_reply->rawHeader("Content-Range"));
        if (!range.valid || range.unsatisfied || range.first != m_offset || m_offset == 0)
            return endAttempt({Failure::Restart, DownloadError::Network, tr("the server sent the wrong range")});
        total = range.total;
        if (m_crossMirror) {
            if (total < 0 || total != knownTotal())
                return endAttempt({Failure::Restart, DownloadError::Network,
                                   tr("this mirror's file has another size; starting over")});
        } else {
            const qint64 before = m_haveSide ? m_side.totalSize : -1;
            const bool validatorChanged
                = m_haveSide && !m_side.etag.isEmpty() && !etag.isEmpty() && etag != m_side.etag;
            if ((before >= 0 && total >= 0 && total != before) || validatorChanged)
                return endAttempt({Failure::Restart, DownloadError::Network, tr("the file on the server changed")});
        }
    } else {
        bool ok = false;
        total = m_reply->rawHeader("Content-Length").toLongLong(&ok);
        if (!ok)
            total = -1;
        if (isErrorPage(total)) {
            // Not the file: its body is read (capped) to see whether it says NoSuchKey, never
            // written, and the .part stays for the next mirror.
            m_statusChecked = true;
            QString why;
            m_statusFailure = acceptsTotal(total, &why)
                ? Failure{Failure::Permanent, DownloadError::Http, tr("the mirror sent a web page instead of the file")}
                : Failure{Failure::Permanent, DownloadError::RemoteChanged, why};
            return;
        }
    }
    QString why;
    if (!acceptsTotal(total, &why))
        return endAttempt({Failure::Permanent, DownloadError::RemoteChanged, why});
    if (status == 200 && m_offset > 0) {
        // Range ignored, the file changed (If-Range) or no resume was asked for: start over
        // with this body.
        if (!truncatePart(0))
            return;
        m_sentFromZero = true;
        m_offset = 0;
        m_attemptStart = 0;
        m_resumed = false;
        m_hashGeneration = m_hasher->reset();
        m_hashInSync = true;
    }

    const qint64 remaining = total >= 0 ? total - m_offset : -1;
    const qint64 available = QStorageInfo(m_request.directory).bytesAvailable();
    if (remaining > 0 && available >= 0 && available < remaining)
        return endAttempt({Failure::DiskFull, DownloadError::Disk,
                           tr("not enough space: %1 needed, %2 free; free some space and resume")
                               .arg(DownloadText::bytes(remaining), DownloadText::bytes(available))});

    m_side.url = currentUrl(); // the validators below belong to this mirror
    m_side.md5 = m_request.md5;
    m_side.totalSize = total;
    m_side.etag = etag;
    m_side.lastModified = lastModified;
    m_side.verified = false;
    QString error;
    if (!m_side.save(m_sidePath, &error))
        return endAttempt({Failure::DiskFull, DownloadError::Disk, tr("cannot write %1: %2").arg(m_sidePath, error)});
    m_haveSide = true;
    if (!openPart())
        return;
    m_entityTotal = total;
    m_status.total = total;
    m_accepting = true;
    m_windowClock.start();
    m_windowStartOffset = m_offset;
    m_mirrorClock.start();
    m_mirrorStartOffset = m_offset;
    m_speedClock.start();
    m_speedLastBytes = m_offset;
    m_speedLastMs = 0;
    m_watchdog.start();
    m_progressTimer.start();
    setState(DownloadState::Downloading);
}

std::optional<DownloadWorker::Failure> DownloadWorker::failureForStatus(int status)
{
    if (status == 416) {
        const auto range = HttpChecks::parseContentRange(m_reply->rawHeader("Content-Range"));
        if (range.valid && range.unsatisfied && range.total == m_offset && m_offset > 0) {
            QString why;
            if (!acceptsTotal(range.total, &why))
                return Failure{Failure::Permanent, DownloadError::RemoteChanged, why};
            m_entityTotal = range.total;
            return std::nullopt; // already complete: verify
        }
        return Failure{Failure::Restart, DownloadError::Network, tr("the server refused the range (HTTP 416)")};
    }
    const QString reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString text = tr("HTTP %1 %2").arg(status).arg(reason).trimmed();
    if (HttpChecks::isTransientStatus(status)) {
        const qint64 wait = HttpChecks::retryAfterMs(m_reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        return Failure{Failure::Transient, DownloadError::Network, text, wait};
    }
    const bool gone = status == 404 || status == 410;
    return Failure{Failure::Permanent, DownloadError::Http, text, -1, gone};
}

bool DownloadWorker::isErrorPage(qint64 total) const
{
    const SizeRange expected = m_request.exactSize >= 0 ? SizeRange{m_request.exactSize, m_request.exactSize}
                                                        : SizeRange::fromText(m_request.sizeText);
    if (total >= 0 && total <= ErrorPageCap && expected.isValid() && total < expected.min)
        return true; // far too small for the file, whatever its type says
    const QString name = m_request.fileName.toLower();
    const bool pageWanted = name.endsWith(QLatin1String(".html")) || name.endsWith(QLatin1String(".htm"))
        || name.endsWith(QLatin1String(".xml"));
    // A mislabelled file of the right size is still the file: the MD5 decides.
    const bool sizeFits = total >= 0 && expected.isValid() && expected.contains(total);
    return !pageWanted && !sizeFits && HttpChecks::isPageContentType(m_reply->rawHeader("Content-Type"));
}

qint64 DownloadWorker::knownTotal() const
{
    if (m_entityTotal >= 0)
        return m_entityTotal;
    if (m_haveSide && m_side.totalSize >= 0)
        return m_side.totalSize;
    return m_request.exactSize;
}

DownloadWorker::Failure DownloadWorker::withErrorBody(Failure failure) const
{
    if (HttpChecks::isNoSuchKeyPage(m_errorBody)) {
        failure.gone = true;
        failure.message = tr("the mirror no longer has the file (NoSuchKey)");
    }
    return failure;
}

void DownloadWorker::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_accepting) {
        if (!m_statusChecked && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            onMetaData();
        if (!m_reply || !m_accepting) {
            if (!m_reply)
                return;
            // An error page or a redirect body: never written.
            if (m_statusChecked && m_errorBody.size() < ErrorPageCap)
                m_errorBody += m_reply->read(ErrorPageCap - m_errorBody.size());
            m_reply->skip(m_reply->bytesAvailable());
            if (m_errorBody.size() >= ErrorPageCap && m_statusFailure)
                endAttempt(withErrorBody(*m_statusFailure)); // longer than an error page: stop here
            return;
        }
    }
    if (m_waitingForHasher)
        return;
    while (m_reply->bytesAvailable() > 0) {
        if (m_hasher->pendingBytes() > m_settings.hashBacklogBytes
            && !m_hasher->notifyWhenDrained(m_settings.hashBacklogBytes / 2)) {
            m_waitingForHasher = true;
            return;
        }
        const QByteArray chunk = m_reply->read(std::min(m_reply->bytesAvailable(), ReadChunk));
        if (chunk.isEmpty())
            break;
        qint64 written = 0;
        while (written < chunk.size()) { // a short write is retried so the real error shows
            const qint64 n = m_part->write(chunk.constData() + written, chunk.size() - written);
            if (n <= 0)
                break;
            written += n;
        }
        if (written != chunk.size()) {
            const QString why = m_part->errorString();
            if (written > 0)
                truncatePart(m_offset); // keep the .part equal to what the MD5 has seen
            return endAttempt({Failure::DiskFull, DownloadError::Disk,
                               tr("cannot write the file (%1); free some space and resume").arg(why)});
        }
        if (m_hashNeeded)
            m_hasher->addData(chunk);
        m_offset += chunk.size();
        m_status.received = m_offset;
        m_dirty = true;
    }
    if (m_replyFinished && m_reply->bytesAvailable() == 0)
        handleReplyEnd();
}

void DownloadWorker::onFinished()
{
    m_replyFinished = true;
    if (m_accepting) {
        onReadyRead(); // drains what is left, then handleReplyEnd()
        return;
    }
    handleReplyEnd();
}

void DownloadWorker::onHasherDrained()
{
    if (m_hashPurpose == HashPurpose::PartPrefix) {
        // Wait for the prefix hash itself; its progress reports arrive on their own.
        if (m_hasher->pendingBytes() > 0) {
            if (!m_hasher->notifyWhenDrained(0))
                return;
        }
        m_hashPurpose = HashPurpose::None;
        m_hashInSync = true;
        sendRequest();
        return;
    }
    if (m_waitingForHasher) {
        m_waitingForHasher = false;
        m_windowClock.restart(); // the pause was ours, not the server's
        m_windowStartOffset = m_offset;
        m_mirrorClock.restart();
        m_mirrorStartOffset = m_offset;
        onReadyRead();
    }
}

void DownloadWorker::handleReplyEnd()
{
    if (!m_reply)
        return;
    const QNetworkReply::NetworkError error = m_reply->error();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString qtText = m_reply->errorString();
    if (m_statusChecked && !m_accepting) {
        if (m_errorBody.size() < ErrorPageCap)
            m_errorBody += m_reply->read(ErrorPageCap - m_errorBody.size());
        const std::optional<Failure> failure = m_statusFailure;
        if (failure)
            return endAttempt(withErrorBody(*failure));
        dropReply();
        return verifyAndFinish(); // 416 for a .part that is already complete
    }
    if (!m_accepting) {
        if (error == QNetworkReply::NoError && status >= 200 && status < 300)
            onMetaData(); // headers arrived with the end of an empty body
        if (!m_reply)
            return;
        if (!m_accepting) {
            if (error == QNetworkReply::NoError) {
                if (status >= 300 && status < 400)
                    return endAttempt({Failure::Permanent, DownloadError::Redirect,
                                       tr("redirect (HTTP %1) without a usable Location").arg(status)});
                return endAttempt({Failure::Transient, DownloadError::Network,
                                   tr("unexpected answer from the server (HTTP %1)").arg(status)});
            }
            const bool unreachable = HttpChecks::meansUnreachable(error);
            switch (HttpChecks::classify(error)) {
            case HttpChecks::ErrorKind::Redirect:
                return endAttempt({Failure::Permanent, DownloadError::Redirect, HttpChecks::describe(error, qtText)});
            case HttpChecks::ErrorKind::Tls:
                return endAttempt({Failure::Permanent, DownloadError::Tls, HttpChecks::describe(error, qtText)});
            case HttpChecks::ErrorKind::Permanent:
                return endAttempt(
                    {Failure::Permanent, DownloadError::Http, HttpChecks::describe(error, qtText), -1, false, unreachable});
            case HttpChecks::ErrorKind::Transient:
                break;
            }
            return endAttempt(
                {Failure::Transient, DownloadError::Network, HttpChecks::describe(error, qtText), -1, false, unreachable});
        }
        if (m_replyFinished && m_reply->bytesAvailable() > 0)
            return onReadyRead();
    }
    if (error != QNetworkReply::NoError) {
        QString text = HttpChecks::describe(error, qtText);
        if (error == QNetworkReply::OperationCanceledError)
            text = tr("no data for %1 s").arg(m_settings.stallTimeoutMs / 1000.0);
        return endAttempt({Failure::Transient, DownloadError::Network, text});
    }
    // Qt reports a close-delimited body cut short as success: check the size ourselves.
    const qint64 expected = m_entityTotal >= 0 ? m_entityTotal : m_request.exactSize;
    if (expected >= 0 && m_offset < expected)
        return endAttempt({Failure::Transient, DownloadError::Network,
                           tr("the connection ended after %1 of %2 bytes").arg(m_offset).arg(expected)});
    const SizeRange range = SizeRange::fromText(m_request.sizeText);
    if (expected < 0 && range.isValid() && m_offset < range.min)
        return endAttempt({Failure::Transient, DownloadError::Network,
                           tr("the connection ended after %1 bytes").arg(m_offset)});
    dropReply();
    if (m_entityTotal < 0)
        m_entityTotal = m_offset; // nothing declared: the body's end is all there is
    verifyAndFinish();
}

void DownloadWorker::onWatchdog()
{
    if (!m_accepting || m_waitingForHasher || !m_reply)
        return;
    if (m_windowClock.elapsed() >= m_settings.lowSpeedWindowMs) {
        const qint64 gained = m_offset - m_windowStartOffset;
        const double seconds = m_windowClock.elapsed() / 1000.0;
        if (gained < m_settings.lowSpeedBytes) {
            if (m_mirrors.hasUntried())
                return leaveSlowMirror(qint64(gained / seconds));
            return endAttempt({Failure::Transient, DownloadError::Network,
                               tr("too slow (%1 B/s); reconnecting").arg(qint64(gained / seconds))});
        }
        m_windowClock.restart();
        m_windowStartOffset = m_offset;
    }
    // A working mirror far below an acceptable speed: another one may do better (the .part is
    // resumed there). Once no untried mirror is left the download stays where it is.
    if (m_settings.mirrorMinSpeed > 0 && m_mirrors.hasUntried()
        && m_mirrorClock.elapsed() >= m_settings.mirrorSlowWindowMs) {
        const qint64 speed = (m_offset - m_mirrorStartOffset) * 1000 / std::max<qint64>(1, m_mirrorClock.elapsed());
        if (speed < m_settings.mirrorMinSpeed)
            return leaveSlowMirror(speed);
        m_mirrorClock.restart();
        m_mirrorStartOffset = m_offset;
    }
}

// ---- the end of an attempt ------------------------------------------------------------------

void DownloadWorker::endAttempt(const Failure &failure)
{
    dropReply();
    // Bytes fetched again after a restart from 0 are not progress: only passing the furthest byte
    // reached is (else a server that ignores Range and cuts every answer short is retried forever).
    const bool gained = m_offset > m_furthest;
    m_furthest = std::max(m_furthest, m_offset);
    switch (failure.kind) {
    case Failure::DiskFull:
        closePart();
        m_status.error = DownloadError::Disk;
        setState(DownloadState::Paused, failure.message);
        return;
    case Failure::Mismatch:
        closePart();
        removePartFiles();
        return fail(DownloadError::Mismatch, failure.message);
    case Failure::Permanent:
        return leaveMirror(failure); // another mirror may still have it
    case Failure::Restart:
        restartFromZero();
        break;
    case Failure::Transient:
        break;
    }
    if (gained) {
        m_status.attempt = 0;
        m_sentFromZero = false;
    }
    ++m_status.attempt;
    if (m_status.attempt > m_settings.maxAttemptsWithoutProgress) {
        // This mirror's retry budget is used up: the next one, or give up, saying what the server did.
        QString what = failure.message;
        if (m_sentFromZero) {
            const qint64 total = knownTotal();
            what = total > 0 ? tr("%1; the server answered every resume with the whole file from byte 0 (HTTP 200), "
                                  "and no attempt got past byte %2 of %3").arg(what).arg(m_furthest).arg(total)
                             : tr("%1; the server answered every resume with the whole file from byte 0 (HTTP 200), "
                                  "and no attempt got past byte %2").arg(what).arg(m_furthest);
        }
        const QString gaveUp = tr("%1 (gave up; failed attempts in a row: %2)").arg(what).arg(m_status.attempt);
        return leaveMirror({Failure::Transient, DownloadError::Network, gaveUp, -1, false, failure.unreachable});
    }
    qint64 delay = HttpChecks::backoffMs(m_status.attempt, m_settings.backoffInitialMs, m_settings.backoffMaxMs,
                                         QRandomGenerator::global()->generateDouble());
    if (failure.retryAfterMs > m_settings.retryAfterCapMs) {
        return leaveMirror({Failure::Transient, DownloadError::Network,
                            tr("%1; the server asks to wait %2, longer than allowed")
                                .arg(failure.message, DownloadText::duration(failure.retryAfterMs / 1000))});
    }
    delay = std::max(delay, failure.retryAfterMs);
    m_retryDelayMs = delay;
    m_retryClock.start();
    m_status.retryInSeconds = int((delay + 999) / 1000);
    m_status.speed = 0;
    m_status.etaSeconds = -1;
    setState(DownloadState::Retrying, failure.message);
    m_retryTimer.start(int(delay));
    m_retryTick.start();
}

void DownloadWorker::leaveMirror(const Failure &failure)
{
    closePart();
    const QString left = Mirrors::name(currentUrl());
    m_mirrors.markFailed(failure.gone, failure.unreachable);
    if (m_mirrors.advance())
        return useNextMirror(tr("%1: %2").arg(left, failure.message));
    // One link or several: the same words. "Removed by Xiaomi" only when every host is Xiaomi's.
    if (m_mirrors.allGone()) {
        const bool xiaomi = std::all_of(m_request.urls.cbegin(), m_request.urls.cend(),
                                        [](const QUrl &url) { return Mirrors::isXiaomiHost(url.host()); });
        return fail(DownloadError::Gone, xiaomi ? tr("removed by Xiaomi from all mirrors")
                                                : tr("the file is gone from every mirror"));
    }
    // Every mirror's host failed to resolve: the one thing to say is that the network is missing.
    if (m_mirrors.allUnreachable())
        return fail(DownloadError::Network, tr("No network connection — retry when online"));
    if (m_mirrors.count() > 1)
        return fail(failure.error,
                    tr("no mirror could deliver the file; the last one, %1: %2").arg(left, failure.message));
    fail(failure.error, failure.message);
}

void DownloadWorker::leaveSlowMirror(qint64 bytesPerSecond)
{
    if (!m_mirrors.hasUntried())
        return; // nothing better to try: stay
    dropReply();
    closePart();
    const QString left = Mirrors::name(currentUrl());
    m_mirrors.markSlow(bytesPerSecond);
    if (m_mirrors.advance())
        useNextMirror(tr("%1 too slow (%2/s)").arg(left, DownloadText::bytes(bytesPerSecond)));
}

void DownloadWorker::useNextMirror(const QString &why)
{
    m_retryTimer.stop();
    m_retryTick.stop();
    m_status.attempt = 0; // each mirror has its own retry budget
    m_connectNote = why;
    sendRequest();
}

void DownloadWorker::onRetryTick()
{
    const qint64 left = m_retryDelayMs - m_retryClock.elapsed();
    m_status.retryInSeconds = int(std::max<qint64>(0, (left + 999) / 1000));
    emitStatus();
}

void DownloadWorker::restartFromZero()
{
    closePart();
    truncatePart(0);
    QFile::remove(m_sidePath);
    m_haveSide = false;
    m_side = ResumeState();
    m_offset = 0;
    m_attemptStart = 0;
    m_entityTotal = -1;
    m_resumed = false;
    m_hashGeneration = m_hasher->reset();
    m_hashInSync = true;
    m_status.received = 0;
}

// ---- verification and the final name -------------------------------------------------------

void DownloadWorker::verifyAndFinish()
{
    closePart();
    m_progressTimer.stop();
    m_watchdog.stop();
    const qint64 size = QFileInfo(m_partPath).size();
    if (size != m_offset) {
        // Someone else touched the .part: hash it from scratch.
        m_hashInSync = false;
        m_offset = size;
    }
    if (m_request.exactSize >= 0 && size != m_request.exactSize)
        return endAttempt({Failure::Mismatch, DownloadError::Mismatch,
                           tr("size mismatch: got %1 bytes, expected %2").arg(size).arg(m_request.exactSize)});
    if (!SizeRange::fromText(m_request.sizeText).contains(size))
        return endAttempt({Failure::Mismatch, DownloadError::Mismatch,
                           tr("size mismatch: got %1, the catalog says %2").arg(DownloadText::bytes(size), m_request.sizeText)});
    // Without an exact size from the user, the server's own declaration decides (two writers on
    // one .part, a body longer than its Content-Length or Content-Range total).
    if (m_request.exactSize < 0 && m_entityTotal >= 0 && size != m_entityTotal)
        return endAttempt({Failure::Mismatch, DownloadError::Mismatch,
                           tr("size mismatch: got %1 bytes, the server declared %2").arg(size).arg(m_entityTotal)});
    if (!m_hashNeeded) {
        m_status.received = m_status.total = size;
        return finishVerified(Verification::NotVerified);
    }
    m_hashPurpose = HashPurpose::Final;
    if (!m_hashInSync) {
        m_hashGeneration = m_hasher->reset();
        m_hasher->addFile(m_partPath, size);
    }
    m_status.received = size - m_hasher->pendingBytes();
    m_status.total = size;
    m_status.speed = 0;
    m_status.etaSeconds = -1;
    setState(DownloadState::Verifying, tr("checking the MD5"));
    m_hasher->finish();
}

void DownloadWorker::onHashProgress(quint64 generation, qint64 hashed)
{
    if (generation != m_hashGeneration || m_status.state != DownloadState::Verifying)
        return;
    if (m_hashPurpose == HashPurpose::Final)
        hashed = m_status.total - m_hasher->pendingBytes();
    m_status.received = std::min(hashed, m_status.total);
    m_dirty = true;
    emitStatus();
}

void DownloadWorker::onHashFailed(quint64 generation, const QString &error)
{
    if (generation != m_hashGeneration || m_hashPurpose == HashPurpose::None)
        return;
    m_hashPurpose = HashPurpose::None;
    m_hashInSync = false;
    fail(DownloadError::Disk, tr("cannot read the file: %1").arg(error));
}

void DownloadWorker::onHashFinished(quint64 generation, const QString &md5, qint64 hashed)
{
    if (generation != m_hashGeneration)
        return;
    const HashPurpose purpose = m_hashPurpose;
    if (purpose != HashPurpose::ExistingFinal && purpose != HashPurpose::Final)
        return;
    m_hashPurpose = HashPurpose::None;
    m_hashInSync = false; // finish() ends this hash
    bool matches = false;
    const Verification verification = expectedVerification();
    if (verification == Verification::Verified)
        matches = md5 == m_request.md5;
    else if (verification == Verification::PrefixVerified)
        matches = md5.startsWith(m_request.md5Prefix);
    else
        matches = true;

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
        removePartFiles();
        if (!m_cleanRetryDone) {
            // A torn or corrupt .part costs one clean download, never more.
            m_cleanRetryDone = true;
            restartFromZero();
            m_status.retryInSeconds = 0;
            setState(DownloadState::Retrying, tr("%1; downloading once more from the start").arg(text));
            return sendRequest();
        }
        return endAttempt({Failure::Mismatch, DownloadError::Mismatch, text});
    }
    m_side.verified = true;
    QString error;
    m_side.save(m_sidePath, &error); // best effort: lets a crash before the rename skip a re-hash
    finishVerified(verification);
}

void DownloadWorker::finishVerified(Verification verification)
{
    if (!m_status.alreadyDownloaded) {
        if (QFileInfo::exists(m_finalPath))
            return fail(DownloadError::Refused, tr("%1 appeared while downloading; it was not overwritten").arg(m_finalPath));
        if (!QFile::rename(m_partPath, m_finalPath))
            return fail(DownloadError::Disk, tr("cannot rename %1 to its final name").arg(m_partPath));
        QFile::remove(m_sidePath);
    }
    m_offset = 0;
    m_hashInSync = false;
    m_status.verification = verification;
    m_status.error = DownloadError::None;
    m_status.speed = 0;
    m_status.etaSeconds = 0;
    setState(DownloadState::Completed);
}

// ---- files ----------------------------------------------------------------------------------

bool DownloadWorker::openPart()
{
    if (m_part)
        return true;
    if (m_openPart) {
        m_part = m_openPart(m_partPath);
    } else {
        auto file = std::make_unique<QFile>(m_partPath);
        // Unbuffered: a full disk shows up at the write that hits it, not at close().
        if (file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            m_part = std::move(file);
        else
            m_part.reset();
        if (!m_part) {
            endAttempt({Failure::DiskFull, DownloadError::Disk, tr("cannot open %1 for writing").arg(m_partPath)});
            return false;
        }
    }
    if (!m_part || !m_part->isOpen()) {
        m_part.reset();
        endAttempt({Failure::DiskFull, DownloadError::Disk, tr("cannot open %1 for writing").arg(m_partPath)});
        return false;
    }
    return true;
}

void DownloadWorker::closePart()
{
    if (m_part) {
        m_part->close();
        m_part.reset();
    }
}

bool DownloadWorker::truncatePart(qint64 size)
{
    const bool open = bool(m_part);
    closePart();
    QFile file(m_partPath);
    const bool ok = size == 0 ? file.open(QIODevice::WriteOnly | QIODevice::Truncate) : file.resize(size);
    file.close();
    if (!ok) {
        endAttempt({Failure::DiskFull, DownloadError::Disk, tr("cannot shorten %1: %2").arg(m_partPath, file.errorString())});
        return false;
    }
    return !open || openPart();
}

void DownloadWorker::removePartFiles()
{
    QFile::remove(m_partPath);
    QFile::remove(m_sidePath);
    m_haveSide = false;
    m_side = ResumeState();
}

void DownloadWorker::dropReply()
{
    m_watchdog.stop();
    m_progressTimer.stop();
    m_accepting = false;
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

// ---- status ---------------------------------------------------------------------------------

void DownloadWorker::fail(DownloadError error, const QString &message)
{
    dropReply();
    m_retryTimer.stop();
    m_retryTick.stop();
    m_status.error = error;
    m_status.speed = 0;
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

void DownloadWorker::updateSpeed()
{
    if (m_status.state != DownloadState::Downloading || !m_speedClock.isValid())
        return;
    const qint64 now = m_speedClock.elapsed();
    const qint64 dt = now - m_speedLastMs;
    if (dt < 50)
        return;
    const qint64 instant = (m_offset - m_speedLastBytes) * 1000 / dt;
    m_status.speed = m_status.speed == 0 ? instant : (m_status.speed * 7 + instant * 3) / 10;
    m_speedLastMs = now;
    m_speedLastBytes = m_offset;
    const qint64 total = m_status.total;
    m_status.etaSeconds = (total > 0 && m_status.speed > 0) ? (total - m_offset) / m_status.speed : -1;
    m_dirty = true;
}

void DownloadWorker::emitStatus()
{
    m_dirty = false;
    Q_EMIT statusChanged(m_status);
}
