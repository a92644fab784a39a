// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
#include <QNetworkReply>

// Fetches one small document (the refresh feed, a version page) into memory: conditionally when
// its validators are known (ETag -> If-None-Match, Last-Modified -> If-Modified-Since), with a
// size cap checked before and while the body arrives, a timeout, and at most 10 redirects that
// never go from https to http.
class ConditionalFetch : public QObject
{
    Q_OBJECT

public:
    struct Validators
    {
        QByteArray etag;
        QByteArray lastModified;
        bool isEmpty() const { return etag.isEmpty() && lastModified.isEmpty(); }
        QJsonObject toJson() const;
        static Validators fromJson(const QJsonObject &json);
    };

    struct Reply
    {
        enum Kind { Fetched, NotModified, NetworkError, HttpError, TooLarge };
        Kind kind = NetworkError;
        QUrl url;
        QByteArray body;       // Fetched only
        Validators validators; // Fetched: the server's new ones
        int httpStatus = 0;
        QString error;         // what went wrong, for people
    };

    explicit ConditionalFetch(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ConditionalFetch() override;

    void start(const QUrl &url, const Validators &known, qint64 maxBytes, int timeoutMs);
    void abort();
    bool isRunning() const { return m_reply != nullptr; }

Q_SIGNALS:
    void finished(const ConditionalFetch::Reply &reply);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(Reply::Kind kind, const QString &error);

    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    qint64 m_maxBytes = 0;
    QByteArray m_body;
    bool m_failed = false;
};
