// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

void forceReset(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    struct linger lin = {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lin, sizeof lin);
#endif
    socket->abort();
}

} // namespace

// Writes one answer: headers, then the body in fragments, honouring the fault switches.
class TestHttpServer::Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, const Response &response, QByteArray head, QByteArray bodyMeta, qint64 bodyFrom,
               qint64 bodyLength, quint32 seed, std::function<void(qint64)> onSent)
        : QObject(socket)
        , m_onSent(std::move(onSent))
        , m_socket(socket)
        , m_response(response)
        , m_head(std::move(head))
        , m_from(bodyFrom)
        , m_length(bodyLength)
        , m_seed(seed)
    {
        m_document = std::move(bodyMeta);
        m_fragment = response.fragment > 0 ? response.fragment : 64 * 1024;
        connect(socket, &QTcpSocket::bytesWritten, this, &Connection::pump);
        if (response.trickleBytes > 0) {
            m_fragment = response.trickleBytes;
            m_timer.setInterval(response.trickleIntervalMs);
            connect(&m_timer, &QTimer::timeout, this, &Connection::pumpOne);
        }
        QTimer::singleShot(response.firstByteDelayMs, this, [this] {
            m_socket->write(m_head);
            if (m_response.trickleBytes > 0)
                m_timer.start();
            else
                pump();
        });
    }

private:
    void pump()
    {
        if (m_response.trickleBytes > 0)
            return;
        while (m_socket->bytesToWrite() < 256 * 1024 && pumpOne()) {
        }
    }

    // Writes one fragment; false when nothing more is to be written now.
    bool pumpOne()
    {
        if (m_done)
            return false;
        const qint64 limitClose = m_response.closeAfter;
        const qint64 limitStall = m_response.stallAfter;
        qint64 end = m_length;
        if (limitClose >= 0)
            end = std::min(end, limitClose);
        if (limitStall >= 0)
            end = std::min(end, limitStall);
        if (m_sent >= end) {
            m_done = true;
            m_timer.stop();
            if (limitStall >= 0 && m_sent >= limitStall)
                return false; // silence; the socket stays open
            if (limitClose >= 0 && m_response.reset) {
                QPointer<QTcpSocket> socket = m_socket;
                auto resetWhenFlushed = [socket] {
                    if (socket && socket->bytesToWrite() == 0)
                        forceReset(socket);
                };
                if (m_socket->bytesToWrite() == 0)
                    forceReset(m_socket);
                else
                    connect(m_socket, &QTcpSocket::bytesWritten, m_socket, resetWhenFlushed);
                return false;
            }
            m_socket->disconnectFromHost();
            return false;
        }
        const qint64 n = std::min<qint64>(m_fragment, end - m_sent);
        const QByteArray data = m_document.isNull() ? TestHttpServer::body(n, m_seed, m_from + m_sent)
                                                    : m_document.mid(m_from + m_sent, n);
        if (m_response.chunked) {
            // A cut inside the body leaves the last chunk unfinished.
            const bool last = m_sent + n == m_length;
            const bool cut = m_sent + n == end && end < m_length;
            const qint64 announced = cut ? n + 100 : n;
            m_socket->write(QByteArray::number(announced, 16) + "\r\n" + data + (cut ? "" : "\r\n"));
            if (last)
                m_socket->write("0\r\n\r\n");
        } else {
            m_socket->write(data);
        }
        m_sent += n;
        m_onSent(n);
        return true;
    }

    std::function<void(qint64)> m_onSent;
    QTcpSocket *m_socket;
    Response m_response;
    QByteArray m_head;
    qint64 m_from;
    qint64 m_length;
    quint32 m_seed;
    QByteArray m_document; // not null: send these bytes instead of the seeded ones
    qint64 m_sent = 0;
    qint64 m_fragment = 0;
    bool m_done = false;
    QTimer m_timer;
};

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
{
    listen();
}

TestHttpServer::TestHttpServer(const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_tls(true)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    m_server = std::move(server);
    listen();
}

void TestHttpServer::listen()
{
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &TestHttpServer::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qFatal("test server cannot listen: %s", qPrintable(m_server->errorString()));
}

QSslConfiguration TestHttpServer::testTlsConfiguration(const QString &dataDirectory)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QFile cert(dataDirectory + QLatin1String("/tls/localhost.crt"));
    QFile key(dataDirectory + QLatin1String("/tls/localhost.key"));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        qFatal("missing tests/data/tls");
    config.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
    config.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
    return config;
}

TestHttpServer::~TestHttpServer()
{
    // The connections go first: their ends are counted in m_resources.
    m_server.reset();
}

void TestHttpServer::addResource(const QByteArray &path, qint64 size, quint32 seed)
{
    Resource &r = m_resources[path];
    r.size = size;
    r.seed = seed;
    r.etag = "\"etag-" + QByteArray::number(seed) + '-' + QByteArray::number(size) + '"';
    r.lastModified = "Wed, 21 Oct 2015 07:28:00 GMT";
}

void TestHttpServer::addDocument(const QByteArray &path, const QByteArray &document, const QByteArray &contentType)
{
    Resource &r = m_resources[path];
    r.size = document.size();
    r.document = document;
    r.contentType = contentType;
    r.etag = '"' + QCryptographicHash::hash(document, QCryptographicHash::Md5).toHex().left(16) + '"';
    r.lastModified = "Sun, 23 Aug 2026 06:00:00 GMT";
}

void TestHttpServer::setScript(const QByteArray &path, const QList<Response> &script, const Response &fallback)
{
    Resource &r = m_resources[path];
    r.script = script;
    r.fallback = fallback;
    r.served = 0;
}

void TestHttpServer::setEtag(const QByteArray &path, const QByteArray &etag)
{
    m_resources[path].etag = etag;
}

void TestHttpServer::setConcurrencyLimit(const QByteArray &path, int limit)
{
    m_resources[path].limit = limit;
}

QUrl TestHttpServer::url(const QByteArray &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QLatin1String("https") : QLatin1String("http"))
                    .arg(port())
                    .arg(QString::fromLatin1(path)));
}

QList<TestHttpServer::Request> TestHttpServer::requests(const QByteArray &path) const
{
    if (path.isEmpty())
        return m_log;
    QList<Request> result;
    for (const Request &r : m_log) {
        if (r.path == path)
            result.append(r);
    }
    return result;
}

QByteArray TestHttpServer::body(qint64 size, quint32 seed, qint64 from)
{
    QByteArray data(size, Qt::Uninitialized);
    char *out = data.data();
    qint64 i = from;
    const qint64 end = from + size;
    while (i < end) {
        const quint64 word = splitmix((quint64(i) >> 3) ^ (quint64(seed) << 40));
        for (int b = int(i & 7); b < 8 && i < end; ++b, ++i)
            *out++ = char((word >> (8 * b)) & 0xff);
    }
    return data;
}

QString TestHttpServer::md5(qint64 size, quint32 seed)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    const qint64 step = 1 << 20;
    for (qint64 at = 0; at < size; at += step)
        hash.addData(body(std::min(step, size - at), seed, at));
    return QString::fromLatin1(hash.result().toHex());
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto *buffer = new QByteArray;
        auto *answered = new bool(false);
        connect(socket, &QObject::destroyed, this, [buffer, answered] {
            delete buffer;
            delete answered;
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, answered] {
            if (*answered) {
                socket->readAll();
                return;
            }
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            *answered = true;
            m_log.append(request);
            answer(socket, request);
        });
    }
}

void TestHttpServer::answer(QTcpSocket *socket, const Request &request)
{
    auto it = m_resources.find(request.path.split('?').value(0));
    if (it == m_resources.end()) {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found");
        socket->disconnectFromHost();
        return;
    }
    Resource &resource = *it;
    const Response response = resource.served < resource.script.size() ? resource.script.at(resource.served)
                                                                        : resource.fallback;
    ++resource.served;
    if (response.closeAtOnce) {
        socket->disconnectFromHost();
        return;
    }
    if (response.noAnswer)
        return;

    const QByteArray etag = response.etag.isEmpty() ? resource.etag : response.etag;
    QByteArray head;
    if (response.interim103)
        head += "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n";

    if (!response.page.isNull()) {
        const int status = response.status != 0 ? response.status : 200;
        head += "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
        if (!response.pageType.isEmpty())
            head += "Content-Type: " + response.pageType + "\r\n";
        head += "Content-Length: " + QByteArray::number(response.page.size()) + "\r\nConnection: close\r\n\r\n"
            + response.page;
        socket->write(head);
        socket->disconnectFromHost();
        return;
    }
    if (response.status != 0) {
        const QByteArray text = "error";
        head += "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
        if (!response.retryAfter.isEmpty())
            head += "Retry-After: " + response.retryAfter + "\r\n";
        if (!response.location.isEmpty())
            head += "Location: " + response.location + "\r\n";
        if (response.status == 416)
            head += "Content-Range: bytes */" + QByteArray::number(resource.size) + "\r\n";
        head += "Content-Length: " + QByteArray::number(text.size()) + "\r\nConnection: close\r\n\r\n" + text;
        QTimer::singleShot(response.firstByteDelayMs, socket, [socket, head] {
            socket->write(head);
            socket->disconnectFromHost();
        });
        return;
    }

    // A conditional GET of a document whose validator still matches: 304, no body.
    if (!resource.document.isNull()
        && ((!request.header("If-None-Match").isEmpty() && request.header("If-None-Match") == etag)
            || (request.header("If-None-Match").isEmpty() && request.header("If-Modified-Since") == resource.lastModified))) {
        head += "HTTP/1.1 304 Not Modified\r\nETag: " + etag + "\r\nConnection: close\r\n\r\n";
        QTimer::singleShot(response.firstByteDelayMs, socket, [socket, head] {
            socket->write(head);
            socket->disconnectFromHost();
        });
        return;
    }

    qint64 from = 0;
    qint64 last = resource.size - 1; // of a closed range "bytes=a-b"
    bool partial = false;
    const QByteArray range = request.header("Range");
    if (range.startsWith("bytes=") && range.count('-') == 1 && !response.ignoreRange) {
        const QByteArray ifRange = request.header("If-Range");
        const bool validatorOk = ifRange.isEmpty() || response.ignoreIfRange || ifRange == etag
                                 || ifRange == resource.lastModified;
        if (validatorOk) {
            const QList<QByteArray> ends = range.mid(6).split('-');
            from = ends.value(0).toLongLong();
            if (!ends.value(1).isEmpty())
                last = std::min(last, ends.value(1).toLongLong());
            partial = true;
        }
    }
    if (partial && from >= resource.size) {
        head += "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */" + QByteArray::number(resource.size)
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        socket->write(head);
        socket->disconnectFromHost();
        return;
    }
    if (resource.limit > 0 && resource.active >= resource.limit) {
        ++resource.refusedBusy; // like nginx's limit_conn: one connection too many
        head += "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 4\r\nConnection: close\r\n\r\nbusy";
        socket->write(head);
        socket->disconnectFromHost();
        return;
    }
    qint64 total = resource.size;
    if (partial && response.wrongRangeStart >= 0)
        from = response.wrongRangeStart;
    const qint64 length = (partial ? last + 1 : resource.size) - from;
    head += partial ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n";
    if (partial) {
        if (response.wrongTotal >= 0)
            total = response.wrongTotal;
        head += "Content-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(from + length - 1) + '/'
                + QByteArray::number(total) + "\r\n";
    }
    if (response.chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else if (!response.noContentLength)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    if (response.gzip)
        head += "Content-Encoding: gzip\r\n";
    head += "Content-Type: " + resource.contentType + "\r\n" + (response.noAcceptRanges ? "" : "Accept-Ranges: bytes\r\n")
            + "ETag: " + etag + "\r\nLast-Modified: " + resource.lastModified + "\r\nConnection: close\r\n\r\n";
    const QByteArray path = it.key();
    ++resource.active;
    resource.peak = std::max(resource.peak, resource.active);
    connect(socket, &QObject::destroyed, this, [this, path] { --m_resources[path].active; });
    new Connection(socket, response, head, resource.document, from, length + response.extraBytes, resource.seed,
                   [this, path](qint64 n) { m_resources[path].sent += n; });
}
