// SPDX-License-Identifier: GPL-3.0-or-later
#include "firmwarefeed.h"

#include "feed/firmwarepages.h"

#include <QRegularExpression>

namespace {

constexpr int MaxWarnings = 5;

} // namespace

QUrl FirmwareFeed::defaultPrimaryUrl()
{
    return QUrl(QStringLiteral(
        "https://raw.githubusercontent.com/XiaomiFirmwareUpdater/xmfirmwareupdater.github.io/master/data/devices/latest.yml"));
}

QUrl FirmwareFeed::defaultFallbackUrl()
{
    return QUrl(QStringLiteral(
        "https://cdn.jsdelivr.net/gh/XiaomiFirmwareUpdater/xmfirmwareupdater.github.io@master/data/devices/latest.yml"));
}

QString FirmwareFeed::folderOfReleaseLink(const QString &link)
{
    static const QRegularExpression release(QStringLiteral(
        "^https://github\\.com/XiaomiFirmwareUpdaterReleases/firmware_xiaomi_([A-Za-z0-9]+(?:_[A-Za-z0-9]+)*)/releases/download/"));
    const QRegularExpressionMatch m = release.match(link);
    return m.hasMatch() ? m.captured(1) : QString();
}

FeedRead FirmwareFeed::read(const QByteArray &yaml, const QList<RomFile> &known, const QHash<QString, QString> &deviceNames)
{
    FeedRead result;
    const FirmwareList::Result list = FirmwareList::read(yaml, FirmwareList::Kind::Firmware);
    if (!list.ok()) {
        result.error = list.error;
        return result;
    }
    const int total = int(list.records.size() + list.errors.size());
    if (total == 0) {
        result.error = tr("the feed is empty");
        return result;
    }
    result.warnings = list.errors.mid(0, MaxWarnings);
    result.skippedRecords = int(list.errors.size());
    FirmwarePages::Lists lists; // device folder -> its records, in feed order
    for (const FirmwareList::Record &record : list.records) {
        const QString folder = folderOfReleaseLink(record.links.value(0));
        if (folder.isEmpty()) {
            ++result.skippedRecords;
            if (result.warnings.size() < MaxWarnings)
                result.warnings << FirmwareList::tr("record %1: missing or malformed %2").arg(record.number).arg(QStringLiteral("downloads.github"));
            continue;
        }
        lists[folder].append(record);
        ++result.records;
    }
    if (result.records == 0)
        result.error = tr("none of its %Ln record(s) could be read", nullptr, total);
    else
        result.pages = FirmwarePages::feed(lists, known, deviceNames);
    return result;
}
