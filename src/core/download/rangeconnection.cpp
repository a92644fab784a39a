// SPDX-License-Identifier: GPL-3.0-or-later
#include "rangeconnection.h"

#include "download/httpchecks.h"
#include "util/appidentity.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace {

constexpr qint64 ReadChunk = 1 << 20;
// An error page is read up to this much, to find out what it says; a longer one is not read on.
constexpr qint64 ErrorPageCap = 64 * 1024;

} // namespace

RangeConnection::RangeConnection(QNetworkAccessManager *nam, ConnectionSink *sink, const DownloadSettings &settings,
                                 QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_sink(sink)
    , m_settings(settings)
{
}

RangeConnection::~RangeConnection()
{
    abort();
}

void RangeConnection::start(const Target &target, qint64 nowMs)
{
    abort();
    m_target = target;
    m_next = target.from;
    m_end = target.to;
    m_accepted = m_checked = m_finished = m_paused = m_alreadyComplete = m_atEnd = false;
    m_refusal.reset();
    m_errorBody.clear();
    m_meter = RateMeter();
    m_startedMs = nowMs;

    QNetworkRequest request(target.url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_settings.maxRedirects);
    request.setTransferTimeout(m_settings.stallTimeoutMs);
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (target.sendRange) {
        QByteArray range = "bytes=" + QByteArray::number(target.from) + '-';
        if (target.to > 0)
            range += QByteArray::number(target.to - 1);
        request.setRawHeader("Range", range);
        if (!target.ifRange.isEmpty())
            request.setRawHeader("If-Range", target.ifRange);
    }
    m_reply = m_nam->get(request);
    m_reply->setReadBufferSize(m_settings.readBufferSize);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &RangeConnection::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &RangeConnection::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RangeConnection::onFinished);
}

void RangeConnection::abort()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void RangeConnection::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused && m_reply && m_accepted)
        onReadyRead();
}

void RangeConnection::setEnd(qint64 end)
{
    const bool cutShort = m_end < 0 || end < m_end;
    m_end = end;
    // Queued: the caller is in the middle of handing out work, and ending calls back into it.
    if (cutShort && m_reply && m_accepted && m_next >= m_end)
        QMetaObject::invokeMethod(this, &RangeConnection::onReadyRead, Qt::QueuedConnection);
}

ReplyChecks::Head RangeConnection::readHead() const
{
    ReplyChecks::Head h;
    h.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    h.reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    h.contentRange = m_reply->rawHeader("Content-Range");
    h.contentLength = m_reply->rawHeader("Content-Length");
    h.etag = m_reply->rawHeader("ETag");
    h.lastModified = m_reply->rawHeader("Last-Modified");
    h.acceptRanges = m_reply->rawHeader("Accept-Ranges");
    h.contentType = m_reply->rawHeader("Content-Type");
    h.retryAfter = m_reply->rawHeader("Retry-After");
    return h;
}

AttemptFailure RangeConnection::failureOf(const ReplyChecks::Verdict &verdict) const
{
    AttemptFailure failure;
    failure.message = verdict.message;
    failure.retryAfterMs = verdict.retryAfterMs;
    failure.gone = verdict.gone;
    failure.status = m_head.status;
    switch (verdict.kind) {
    case ReplyChecks::Verdict::Restart:
        failure.kind = AttemptFailure::Restart;
        break;
    case ReplyChecks::Verdict::Refuse:
        failure.kind = AttemptFailure::Refused;
        failure.noRanges = verdict.refusal == ReplyChecks::Verdict::NoRanges;
        break;
    default: // Fail: transient, or for good (the file changed on the server, or another error)
        if (verdict.failure != ReplyChecks::Verdict::Transient) {
            failure.kind = AttemptFailure::Permanent;
            failure.error = verdict.failure == ReplyChecks::Verdict::RemoteChanged ? DownloadError::RemoteChanged
                                                                                   : DownloadError::Http;
        }
    }
    if (verdict.readBody && HttpChecks::isNoSuchKeyPage(m_errorBody)) {
        failure.gone = true;
        failure.message = tr("the mirror no longer has the file (NoSuchKey)");
    }
    return failure;
}

void RangeConnection::onMetaData()
{
    if (!m_reply || m_accepted || m_checked)
        return;
    m_head = readHead();
    const ReplyChecks::Verdict verdict = ReplyChecks::check(m_head, m_target.asked, QDateTime::currentDateTimeUtc());
    switch (verdict.kind) {
    case ReplyChecks::Verdict::Wait:
        return; // Qt follows a redirect itself; one that ends the reply is handled at its end
    case ReplyChecks::Verdict::AlreadyComplete:
        m_checked = true;
        m_alreadyComplete = true;
        m_sink->accepted(this, verdict);
        return;
    case ReplyChecks::Verdict::Fail:
        if (verdict.readBody) {
            // Qt has set an error already: let the (small) body run out, keeping its start to look
            // for NoSuchKey, and decide at the end.
            m_checked = true;
            m_refusal = verdict;
            return;
        }
        return finishWith(failureOf(verdict));
    case ReplyChecks::Verdict::Restart:
    case ReplyChecks::Verdict::Refuse:
        return finishWith(failureOf(verdict));
    case ReplyChecks::Verdict::Accept:
    case ReplyChecks::Verdict::AcceptFromZero:
        if (verdict.kind == ReplyChecks::Verdict::AcceptFromZero)
            m_next = 0;
        if (!m_sink->accepted(this, verdict))
            return abort();
        m_accepted = true;
        return;
    }
}

void RangeConnection::readErrorBody()
{
    if (m_errorBody.size() < ErrorPageCap)
        m_errorBody += m_reply->read(ErrorPageCap - m_errorBody.size());
    m_reply->skip(m_reply->bytesAvailable());
}

void RangeConnection::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_accepted) {
        if (!m_checked && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            onMetaData();
        if (!m_reply || !m_accepted) {
            if (!m_reply)
                return;
            // An error page or a redirect body: never handed over.
            readErrorBody();
            if (m_errorBody.size() >= ErrorPageCap && m_refusal)
                finishWith(failureOf(*m_refusal)); // longer than an error page: stop here
            return;
        }
    }
    while (!m_paused && m_reply->bytesAvailable() > 0) {
        if (m_end >= 0 && m_next >= m_end)
            return atEnd();
        const qint64 want = std::min({m_reply->bytesAvailable(), ReadChunk, m_end >= 0 ? m_end - m_next : ReadChunk});
        const QByteArray chunk = m_reply->read(want);
        if (chunk.isEmpty())
            break;
        const qint64 at = m_next;
        m_next += chunk.size();
        m_meter.add(chunk.size(), monotonicMs());
        if (!m_sink->received(this, at, chunk) || !m_reply)
            return;
    }
    if (m_paused)
        return;
    if (m_end >= 0 && m_next >= m_end)
        return atEnd();
    if (m_finished && m_reply->bytesAvailable() == 0)
        onFinished();
}

void RangeConnection::atEnd()
{
    m_sink->reachedEnd(this); // may move the end further, or make it wait
    if (!m_reply || m_paused)
        return;
    if (m_next < m_end)
        return onReadyRead();
    // The natural end of a closed range: let Qt finish the response, so that the connection is
    // kept alive for the next request. Anything else ends here.
    if (m_end == m_target.to && m_reply->bytesAvailable() == 0 && !m_finished) {
        m_atEnd = true;
        return;
    }
    finishWith(std::nullopt);
}

void RangeConnection::onFinished()
{
    if (!m_reply)
        return;
    m_finished = true;
    if (m_atEnd)
        return finishWith(std::nullopt);
    if (m_accepted && m_reply->bytesAvailable() > 0) {
        onReadyRead(); // drains what is left, then comes back here
        return;
    }
    if (m_accepted && m_paused)
        return;
    const QNetworkReply::NetworkError error = m_reply->error();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString qtText = m_reply->errorString();
    if (!m_accepted && !m_checked && error == QNetworkReply::NoError && status >= 200 && status < 300)
        onMetaData(); // the headers came with the end of an empty body
    if (!m_reply)
        return;
    if (!m_accepted && m_checked) {
        readErrorBody();
        if (m_refusal)
            return finishWith(failureOf(*m_refusal));
        return finishWith(std::nullopt); // 416 for a .part that is already complete
    }
    if (!m_accepted) {
        if (error == QNetworkReply::NoError) {
            if (status >= 300 && status < 400)
                return finishWith(AttemptFailure{AttemptFailure::Permanent, DownloadError::Redirect,
                                                 tr("redirect (HTTP %1) without a usable Location").arg(status)});
            return finishWith(AttemptFailure{AttemptFailure::Transient, DownloadError::Network,
                                             tr("unexpected answer from the server (HTTP %1)").arg(status)});
        }
        switch (HttpChecks::classify(error)) {
        case HttpChecks::ErrorKind::Redirect:
            return finishWith(AttemptFailure{AttemptFailure::Permanent, DownloadError::Redirect, HttpChecks::describe(error, qtText)});
        case HttpChecks::ErrorKind::Tls:
            return finishWith(AttemptFailure{AttemptFailure::Permanent, DownloadError::Tls, HttpChecks::describe(error, qtText)});
        case HttpChecks::ErrorKind::Permanent:
        case HttpChecks::ErrorKind::Transient:
            break;
        }
        AttemptFailure failure{AttemptFailure::Transient, DownloadError::Network, HttpChecks::describe(error, qtText)};
        if (HttpChecks::classify(error) == HttpChecks::ErrorKind::Permanent) {
            failure.kind = AttemptFailure::Permanent;
            failure.error = DownloadError::Http;
        }
        failure.unreachable = HttpChecks::meansUnreachable(error);
        return finishWith(failure);
    }
    if (error != QNetworkReply::NoError) {
        QString text = HttpChecks::describe(error, qtText);
        if (error == QNetworkReply::OperationCanceledError) // Qt's idle timeout, never a user's cancel here
            text = tr("no data for %1 s").arg(m_settings.stallTimeoutMs / 1000.0);
        return finishWith(AttemptFailure{AttemptFailure::Transient, DownloadError::Network, text});
    }
    finishWith(std::nullopt); // the body ended; the owner compares the size with what it expects
}

void RangeConnection::finishWith(const std::optional<AttemptFailure> &failure)
{
    abort();
    m_sink->ended(this, failure);
}
