// SPDX-License-Identifier: GPL-3.0-or-later
#include "conditionalfetch.h"

#include "util/appidentity.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

QJsonObject ConditionalFetch::Validators::toJson() const
{
    QJsonObject json;
    if (!etag.isEmpty())
        json.insert(QLatin1String("etag"), QString::fromLatin1(etag));
    if (!lastModified.isEmpty())
        json.insert(QLatin1String("lastModified"), QString::fromLatin1(lastModified));
    return json;
}

ConditionalFetch::Validators ConditionalFetch::Validators::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1String("etag")).toString().toLatin1(),
            json.value(QLatin1String("lastModified")).toString().toLatin1()};
}

ConditionalFetch::ConditionalFetch(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

ConditionalFetch::~ConditionalFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ConditionalFetch::start(const QUrl &url, const Validators &known, qint64 maxBytes, int timeoutMs)
{
    Q_ASSERT(!m_reply);
    m_url = url;
    m_maxBytes = maxBytes;
    m_body.clear();
    m_failed = false;

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(10);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Our own validators decide; a cache in between must not answer for the origin.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!known.etag.isEmpty())
        request.setRawHeader("If-None-Match", known.etag);
    if (!known.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", known.lastModified);

    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ConditionalFetch::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ConditionalFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ConditionalFetch::onFinished);
}

void ConditionalFetch::abort()
{
    if (m_reply)
        fail(Reply::NetworkError, tr("cancelled"));
}

void ConditionalFetch::onMetaData()
{
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > m_maxBytes)
        fail(Reply::TooLarge, tr("the server announced %1, more than the %2 allowed")
                                  .arg(QLocale::system().formattedDataSize(length),
                                       QLocale::system().formattedDataSize(m_maxBytes)));
}

void ConditionalFetch::onReadyRead()
{
    if (m_failed || !m_reply || !m_reply->isOpen())
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        m_reply->readAll(); // an error page or a redirect body: not ours to keep
        return;
    }
    m_body += m_reply->read(m_maxBytes + 1 - m_body.size());
    if (m_body.size() > m_maxBytes)
        fail(Reply::TooLarge, tr("the answer is larger than the %1 allowed")
                                  .arg(QLocale::system().formattedDataSize(m_maxBytes)));
}

void ConditionalFetch::fail(Reply::Kind kind, const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    Reply reply;
    reply.kind = kind;
    reply.url = m_url;
    reply.error = error;
    QNetworkReply *network = m_reply;
    m_reply = nullptr;
    network->disconnect(this);
    network->abort();
    network->deleteLater();
    m_body.clear();
    Q_EMIT finished(reply);
}

void ConditionalFetch::onFinished()
{
    if (m_failed || !m_reply)
        return;
    onReadyRead();
    if (m_failed)
        return;
    QNetworkReply *network = m_reply;
    m_reply = nullptr;
    network->deleteLater();

    Reply reply;
    reply.url = m_url;
    reply.httpStatus = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (network->error() == QNetworkReply::OperationCanceledError) {
        // Qt reports its transfer timeout as a cancellation; abort() never gets here.
        reply.kind = Reply::NetworkError;
        reply.error = tr("no answer from %1 in time").arg(m_url.host());
    } else if (reply.httpStatus == 304) {
        reply.kind = Reply::NotModified;
    } else if (reply.httpStatus >= 400 || (network->error() != QNetworkReply::NoError && reply.httpStatus >= 300)) {
        reply.kind = Reply::HttpError;
        reply.error = tr("%1 answered HTTP %2 %3")
                          .arg(m_url.host())
                          .arg(reply.httpStatus)
                          .arg(network->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else if (network->error() != QNetworkReply::NoError) {
        reply.kind = Reply::NetworkError;
        reply.error = tr("%1: %2").arg(m_url.host(), network->errorString());
    } else if (reply.httpStatus != 200) {
        reply.kind = Reply::HttpError;
        reply.error = tr("%1 answered HTTP %2, not the document").arg(m_url.host()).arg(reply.httpStatus);
    } else {
        reply.kind = Reply::Fetched;
        reply.body = std::move(m_body);
        reply.validators = {network->rawHeader("ETag"), network->rawHeader("Last-Modified")};
    }
    m_body.clear();
    Q_EMIT finished(reply);
}
