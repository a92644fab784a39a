// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpchecks.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace HttpChecks {

ContentRange parseContentRange(const QByteArray &value)
{
    static const QRegularExpression range(QStringLiteral("^\\s*bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)\\s*$"));
    static const QRegularExpression unsatisfied(QStringLiteral("^\\s*bytes\\s+\\*/(\\d+)\\s*$"));
    ContentRange result;
    const QString text = QString::fromLatin1(value);
    QRegularExpressionMatch m = range.match(text);
    if (m.hasMatch()) {
        bool ok1 = false, ok2 = false;
        result.first = m.captured(1).toLongLong(&ok1);
        result.last = m.captured(2).toLongLong(&ok2);
        result.total = m.captured(3) == QLatin1String("*") ? -1 : m.captured(3).toLongLong();
        result.valid = ok1 && ok2 && result.first <= result.last && (result.total < 0 || result.last < result.total);
        return result;
    }
    m = unsatisfied.match(text);
    if (m.hasMatch()) {
        bool ok = false;
        result.total = m.captured(1).toLongLong(&ok);
        result.valid = ok;
        result.unsatisfied = true;
    }
    return result;
}

bool isTransientStatus(int status)
{
    switch (status) {
    case 408: case 429: case 500: case 502: case 503: case 504: case 522: case 524:
        return true;
    default:
        return false;
    }
}

qint64 retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok) // capped so that "99999999999999999" cannot overflow (found by fuzz_httpheaders)
        return seconds < 0 ? -1 : std::min(seconds, std::numeric_limits<qint64>::max() / 1000) * 1000;
    // IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT"
    const QDateTime local = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!local.isValid())
        return -1;
    const QDateTime when(local.date(), local.time(), Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(when));
}

qint64 backoffMs(int attempt, int initialMs, int maxMs, double random)
{
    const double base = std::min<double>(maxMs, initialMs * std::pow(2.0, std::max(0, attempt - 1)));
    return qint64(base * (0.8 + 0.4 * random));
}

ErrorKind classify(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return ErrorKind::Tls;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return ErrorKind::Redirect;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ContentOperationNotPermittedError:
        return ErrorKind::Permanent;
    default:
        return ErrorKind::Transient;
    }
}

bool meansUnreachable(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::HostNotFoundError || error == QNetworkReply::TemporaryNetworkFailureError
        || error == QNetworkReply::NetworkSessionFailedError;
}

bool isPageContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    return type == "text/html" || type == "text/xml" || type == "application/xml" || type.endsWith("+xml");
}

bool isNoSuchKeyPage(const QByteArray &body)
{
    static const QRegularExpression code(QStringLiteral("<Code>\\s*NoSuchKey\\s*</Code>"));
    return body.contains("<Error") && code.match(QString::fromUtf8(body)).hasMatch();
}

QString describe(QNetworkReply::NetworkError error, const QString &qtText)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("Download", "server unreachable (connection refused)");
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("Download", "connection closed by the server");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("Download", "host not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QCoreApplication::translate("Download", "connection timed out");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QCoreApplication::translate("Download", "network unavailable");
    case QNetworkReply::InsecureRedirectError:
        return QCoreApplication::translate("Download", "refused an insecure redirect (https to http)");
    case QNetworkReply::TooManyRedirectsError:
        return QCoreApplication::translate("Download", "too many redirects");
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate("Download", "TLS error: %1").arg(qtText);
    default:
        return qtText;
    }
}

} // namespace HttpChecks
