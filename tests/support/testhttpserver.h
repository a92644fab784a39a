// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>

#include <memory>

class QTcpSocket;

// How to answer one request. The defaults serve the resource correctly (200, or 206 for a
// Range), with Content-Length, ETag and Last-Modified, then close the connection.
struct TestHttpResponse
{
    int status = 0;              // 0: serve the body (200/206/416); else send this status
    QByteArray retryAfter;       // Retry-After value with the status
    QByteArray location;         // Location with a 3xx status (empty: none)
    QByteArray etag;             // overrides the resource's ETag for this answer
    bool ignoreRange = false;    // answer a Range with 200 and the full body
    bool ignoreIfRange = false;  // honour Range even when If-Range does not match
    qint64 wrongRangeStart = -1; // 206 from this start instead of the requested one
    qint64 wrongTotal = -1;      // 206 claiming this total
    qint64 closeAfter = -1;      // body bytes, then FIN
    bool reset = false;          // with closeAfter: RST instead of FIN
    qint64 stallAfter = -1;      // body bytes, then silence (socket kept open)
    int trickleBytes = 0;        // send the body this many bytes ...
    int trickleIntervalMs = 0;   // ... every this many ms
    bool noAcceptRanges = false; // leave out "Accept-Ranges: bytes"
    bool noContentLength = false; // close-delimited body
    bool chunked = false;        // Transfer-Encoding: chunked (cut short by closeAfter: mid-chunk)
    bool gzip = false;           // Content-Encoding: gzip on the raw bytes
    qint64 extraBytes = 0;       // send this many bytes more than Content-Length
    bool interim103 = false;     // "103 Early Hints" first
    bool noAnswer = false;       // read the request, never answer
    bool closeAtOnce = false;    // read the request, close without a byte
    int firstByteDelayMs = 0;
    int fragment = 0;            // bytes per write; 0 = 64 KiB
    QByteArray page;             // not null: send this document instead (with status, else 200) ...
    QByteArray pageType;         // ... and this Content-Type (an S3 NoSuchKey XML, an HTML error page)
};

struct TestHttpRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// A loopback HTTP/1.1 server (127.0.0.1:0) for download tests. Each resource has a
// deterministic body (byte i is a function of i and a seed, so any range is cheap and the MD5
// is known) and a script of fault switches for consecutive requests. Every request is logged
// so tests can assert the exact Range / If-Range headers. Bodies go out in small fragments.
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    using Response = TestHttpResponse;
    using Request = TestHttpRequest;

    explicit TestHttpServer(QObject *parent = nullptr);
    // An https server with this certificate and key (QSslServer).
    explicit TestHttpServer(const QSslConfiguration &tls, QObject *parent = nullptr);
    // tests/data/tls: a self-signed certificate for 127.0.0.1 (and its CA, the same certificate).
    static QSslConfiguration testTlsConfiguration(const QString &dataDirectory);
    ~TestHttpServer() override;

    // Serves path with size bytes. Later requests follow script[0], script[1], ...; after the
    // script runs out, every request gets fallback.
    void addResource(const QByteArray &path, qint64 size, quint32 seed = 1);
    // Serves path with this document (the refresh feed, a version page): ETag and Last-Modified,
    // 304 to a conditional GET whose validator matches; the fault switches apply as to any resource.
    void addDocument(const QByteArray &path, const QByteArray &document, const QByteArray &contentType = "text/plain");
    void setScript(const QByteArray &path, const QList<Response> &script, const Response &fallback = Response());
    void setEtag(const QByteArray &path, const QByteArray &etag);
    // At most `limit` bodies of path at once; one more is answered 503 (nginx's limit_conn); 0: any.
    void setConcurrencyLimit(const QByteArray &path, int limit);
    int peakConcurrent(const QByteArray &path) const { return m_resources.value(path).peak; }
    int refusedBusy(const QByteArray &path) const { return m_resources.value(path).refusedBusy; }
    qint64 bodyBytesSent(const QByteArray &path) const { return m_resources.value(path).sent; }

    QUrl url(const QByteArray &path) const;
    quint16 port() const { return m_server->serverPort(); }
    QList<Request> requests(const QByteArray &path = QByteArray()) const;
    int requestCount(const QByteArray &path = QByteArray()) const { return int(requests(path).size()); }

    static QByteArray body(qint64 size, quint32 seed = 1, qint64 from = 0);
    static QString md5(qint64 size, quint32 seed = 1);

private:
    struct Resource
    {
        qint64 size = 0;
        quint32 seed = 1;
        QByteArray etag;
        QByteArray lastModified;
        QByteArray document; // not null: the body (addDocument), else the seeded bytes
        QByteArray contentType = "application/zip";
        QList<Response> script;
        Response fallback;
        int served = 0;
        int active = 0;      // bodies being sent now
        int peak = 0;
        int limit = 0;
        int refusedBusy = 0;
        qint64 sent = 0;     // body bytes written
    };
    class Connection;

    void onNewConnection();
    void answer(QTcpSocket *socket, const Request &request);

    void listen();

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QByteArray, Resource> m_resources;
    QList<Request> m_log;
};
