// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

// Pure helpers that decide what a response means for a resumable download.
namespace HttpChecks {

// "bytes 100-1023/1024" or "bytes */1024"; total is -1 for "/*".
struct ContentRange
{
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1;
    bool valid = false;
    bool unsatisfied = false; // the "*/T" form
};
ContentRange parseContentRange(const QByteArray &value);

// 408, 429, 500, 502, 503, 504, 522, 524 (curl's transient set).
bool isTransientStatus(int status);

// Retry-After as delta-seconds or as an HTTP-date; milliseconds from now, -1 when absent/invalid.
qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);

// Exponential backoff: initial * 2^(attempt-1), capped, with +-20 % jitter (random in [0, 1)).
qint64 backoffMs(int attempt, int initialMs, int maxMs, double random);

enum class ErrorKind { Transient, Permanent, Redirect, Tls };
// How to treat a network error without a usable HTTP status.
ErrorKind classify(QNetworkReply::NetworkError error);
// An error that says the host could not be reached at all (no name lookup, no network), as
// opposed to one the host itself gave.
bool meansUnreachable(QNetworkReply::NetworkError error);

// A Content-Type of a web page or an XML document (text/html, application/xml, text/xml, *+xml):
// what a server sends for an error, never a ROM.
bool isPageContentType(const QByteArray &contentType);

// An S3-style error document (Amazon S3, Aliyun OSS) that says the key does not exist:
// <Error><Code>NoSuchKey</Code>…
bool isNoSuchKeyPage(const QByteArray &body);

// Short human text for an error ("connection reset", "connection refused", ...).
QString describe(QNetworkReply::NetworkError error, const QString &qtText);

} // namespace HttpChecks
