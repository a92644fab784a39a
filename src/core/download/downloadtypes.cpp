// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadtypes.h"

#include <QDir>
#include <cmath>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

DownloadRequest DownloadRequest::fromRomFile(const RomFile &file, const QString &directory)
{
    DownloadRequest request;
    for (const QString &url : file.urls)
        request.urls.append(QUrl(url));
    request.fileName = file.fileName;
    request.directory = directory;
    request.md5 = file.md5.toLower();
    request.md5Prefix = file.md5PrefixFromFileName();
    request.sizeText = file.size;
    return request;
}

QString DownloadRequest::finalPath() const
{
    return QDir(directory).filePath(fileName);
}

QString DownloadRequest::partPath() const
{
    return finalPath() + QLatin1String(".part");
}

QString DownloadRequest::sideFilePath() const
{
    return finalPath() + QLatin1String(".part.json");
}

QJsonObject DownloadRequest::toJson() const
{
    QJsonArray urlList;
    for (const QUrl &url : urls)
        urlList.append(url.toString());
    QJsonObject object{{QStringLiteral("urls"), urlList},
                       {QStringLiteral("fileName"), fileName},
                       {QStringLiteral("directory"), directory},
                       {QStringLiteral("md5"), md5},
                       {QStringLiteral("md5Prefix"), md5Prefix},
                       {QStringLiteral("sizeText"), sizeText}};
    if (exactSize >= 0)
        object.insert(QStringLiteral("exactSize"), QString::number(exactSize));
    return object;
}

DownloadRequest DownloadRequest::fromJson(const QJsonObject &object)
{
    DownloadRequest request;
    for (const QJsonValue &url : object.value(QStringLiteral("urls")).toArray())
        request.urls.append(QUrl(url.toString()));
    request.fileName = object.value(QStringLiteral("fileName")).toString();
    request.directory = object.value(QStringLiteral("directory")).toString();
    request.md5 = object.value(QStringLiteral("md5")).toString();
    request.md5Prefix = object.value(QStringLiteral("md5Prefix")).toString();
    request.sizeText = object.value(QStringLiteral("sizeText")).toString();
    bool ok = false;
    const qint64 size = object.value(QStringLiteral("exactSize")).toString().toLongLong(&ok);
    request.exactSize = ok ? size : -1;
    return request;
}

bool DownloadStatus::isActive() const
{
    return state == DownloadState::Connecting || state == DownloadState::Downloading
        || state == DownloadState::Retrying || state == DownloadState::Verifying;
}

bool DownloadStatus::isFinal() const
{
    return state == DownloadState::Completed || state == DownloadState::Failed
        || state == DownloadState::Cancelled;
}

void DownloadStatus::clearTransfer()
{
    speed = 0;
    connections = 0;
    mirrorsInUse = 0;
    mirrorSpeeds.clear();
    segments.clear();
}

namespace DownloadText {

QString stateName(DownloadState state)
{
    switch (state) {
    case DownloadState::Queued: return QCoreApplication::translate("Download", "Queued");
    case DownloadState::Connecting: return QCoreApplication::translate("Download", "Connecting");
    case DownloadState::Downloading: return QCoreApplication::translate("Download", "Downloading");
    case DownloadState::Paused: return QCoreApplication::translate("Download", "Paused");
    case DownloadState::Retrying: return QCoreApplication::translate("Download", "Retrying");
    case DownloadState::Verifying: return QCoreApplication::translate("Download", "Verifying");
    case DownloadState::Completed: return QCoreApplication::translate("Download", "Completed");
    case DownloadState::Failed: return QCoreApplication::translate("Download", "Failed");
    case DownloadState::Cancelled: return QCoreApplication::translate("Download", "Cancelled");
    }
    return QString();
}

QString verificationName(Verification verification)
{
    switch (verification) {
    case Verification::None: return QString();
    case Verification::Verified: return QCoreApplication::translate("Download", "verified");
    case Verification::PrefixVerified: return QCoreApplication::translate("Download", "prefix verified");
    case Verification::NotVerified: return QCoreApplication::translate("Download", "not verified");
    }
    return QString();
}

QString describe(const DownloadStatus &s)
{
    const QString name = stateName(s.state);
    const int percent = s.total > 0 ? int(s.received * 100 / s.total) : -1;
    switch (s.state) {
    case DownloadState::Downloading:
    case DownloadState::Verifying:
        return percent >= 0 ? QStringLiteral("%1 %2 %").arg(name).arg(percent) : name;
    case DownloadState::Retrying:
        return QCoreApplication::translate("Download", "Retrying in %1 s: %2").arg(s.retryInSeconds).arg(s.message);
    case DownloadState::Completed: {
        const QString how = s.alreadyDownloaded ? QCoreApplication::translate("Download", "already downloaded, %1")
                                                      .arg(verificationName(s.verification))
                                                : verificationName(s.verification);
        return QStringLiteral("%1 (%2)").arg(name, how);
    }
    case DownloadState::Paused:
    case DownloadState::Failed:
        return s.message.isEmpty() ? name : QStringLiteral("%1: %2").arg(name, s.message);
    default:
        return name;
    }
}

QString bytes(qint64 n)
{
    if (n < 0)
        return QStringLiteral("?");
    return QLocale::c().formattedDataSize(n, 1, QLocale::DataSizeSIFormat);
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("--");
    if (seconds >= 3600)
        return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (seconds >= 60)
        return QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 s").arg(seconds);
}

QString mirror(const DownloadStatus &s)
{
    if (s.mirror.isEmpty() || s.mirrorCount <= 1)
        return s.mirror;
    return QStringLiteral("%1 (%2/%3)").arg(s.mirror).arg(s.mirrorNumber).arg(s.mirrorCount);
}

QString connections(const DownloadStatus &s)
{
    if (s.connections <= 1 && s.segments.isEmpty())
        return QString();
    return QCoreApplication::translate("Download", "%Ln connection(s)", nullptr, s.connections) + QStringLiteral(" · ")
        + QCoreApplication::translate("Download", "%Ln mirror(s)", nullptr, s.mirrorsInUse);
}

QString mirrorSpeeds(const DownloadStatus &s)
{
    QStringList lines;
    for (const DownloadStatus::MirrorSpeed &m : s.mirrorSpeeds)
        lines << QCoreApplication::translate("Download", "%1: %Ln connection(s), %2/s", nullptr, m.connections)
                     .arg(m.mirror, bytes(m.speed));
    return lines.join(QLatin1Char('\n'));
}

} // namespace DownloadText

SizeRange SizeRange::fromText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.(\\d+))?)\\s*([KMGT]?)i?B\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    const double value = m.captured(1).toDouble();
    const double halfStep = 0.5 / std::pow(10.0, m.captured(2).size()); // rounding of the last digit
    const QString unit = m.captured(3).toUpper();
    const int power = unit.isEmpty() ? 0 : QStringLiteral("KMGT").indexOf(unit) + 1;
    const double low = (value - halfStep) * std::pow(1000.0, power);
    const double high = (value + halfStep) * std::pow(1024.0, power);
    // 5 % more on each side: the site's own figures are not always exact.
    return {qint64(std::max(0.0, low * 0.95)), qint64(high * 1.05) + 1};
}
