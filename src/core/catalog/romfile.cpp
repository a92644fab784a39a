// SPDX-License-Identifier: GPL-3.0-or-later
#include "romfile.h"

#include "catalog/versionorder.h"

#include <QHash>
#include <QRegularExpression>

namespace {

qsizetype regionSeparator(const QString &deviceName)
{
    return deviceName.lastIndexOf(QLatin1Char(' '));
}

} // namespace

QStringView RomFile::regionOfName(const QString &deviceName)
{
    const qsizetype space = regionSeparator(deviceName);
    return space < 0 ? QStringView() : QStringView(deviceName).mid(space + 1);
}

QStringView RomFile::nameWithoutRegion(const QString &deviceName)
{
    const qsizetype space = regionSeparator(deviceName);
    return space < 0 ? QStringView(deviceName) : QStringView(deviceName).left(space);
}

QString RomFile::region() const
{
    return regionOfName(device).toString();
}

bool RomFile::isForRegion(const QString &wanted) const
{
    const auto same = [&wanted](const QString &name) { return regionOfName(name).compare(wanted, Qt::CaseInsensitive) == 0; };
    return same(device) || std::any_of(otherDeviceNames.cbegin(), otherDeviceNames.cend(), same);
}

void RomFile::addDeviceName(const QString &name)
{
    if (name != device && !otherDeviceNames.contains(name))
        otherDeviceNames.append(name);
}

bool RomFile::isNewerThan(const RomFile &other) const
{
    const int byVersion = compareVersions(version, other.version);
    return byVersion > 0 || (byVersion == 0 && releaseDate > other.releaseDate);
}

QString RomFile::md5PrefixFromFileName() const
{
    // Xiaomi's naming schemes, as the catalog's 62,401 file names show them (tests/data/rom-file-names.txt):
    //   Recovery  miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip (once with the version glued in front)
    //   Fastboot  gemini_global_images_7.6.8_20170608.0000.00_7.0_global_dfba39696a.tgz (twice without .tgz)
    //   HyperOS   venus_global-ota_full-OS2.0.3.0.UKBMIXM-user-14.0-0335ac5334.zip
    //             somalia-images-OS3.0.12.0.WBWCNXM-user-20260727.0000.00-16.0-cn-a7c2a90a00.tgz (also -userroot-)
    //   Incremental  miui-ota-wt98007-7.11.9-7.11.16-bb0acd7b80-4.4.zip
    // XFU's firmware-only and vendor zips (fw_…, fw-non-arb_…, fw-vendor_…) reuse the ROM's digits,
    // so they are no evidence about their own MD5.
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("^[A-Za-z0-9.]*miui_[A-Za-z0-9]+_[A-Za-z0-9.]+_([0-9a-f]{10})_\\d+\\.\\d+\\.zip$")),
        QRegularExpression(QStringLiteral("^(?!fw[_-])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*_images_[A-Za-z0-9._]+_([0-9a-f]{10})(?:\\.tgz)?$")),
        QRegularExpression(QStringLiteral("^(?!fw[_-])[a-z0-9]+(?:_[a-z0-9]+)*-ota_full-[A-Za-z0-9.]+-user(?:root)?-[0-9.]+-([0-9a-f]{10})\\.zip$")),
        QRegularExpression(QStringLiteral("^(?!fw[_-])[a-z0-9]+(?:_[a-z0-9]+)*-images-[A-Za-z0-9.]+-user(?:root)?-[0-9.]+-[0-9.]+-[a-z]+-([0-9a-f]{10})\\.tgz$")),
        QRegularExpression(QStringLiteral("^miui-ota-[A-Za-z0-9_]+-[A-Za-z0-9.]+-[A-Za-z0-9.]+-([0-9a-f]{10})-\\d+\\.\\d+\\.zip$")),
    };
    for (const QRegularExpression &pattern : patterns) {
        const QRegularExpressionMatch m = pattern.match(fileName);
        if (m.hasMatch())
            return m.captured(1);
    }
    return QString();
}

QString RomFile::androidVersionFromFileName(const QString &fileName)
{
    // Recovery: miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip
    // Fastboot: gemini_global_images_7.6.8_20170608.0000.00_7.0_global_dfba39696a.tgz
    static const QRegularExpression recovery(QStringLiteral("_(\\d{1,2}\\.\\d)\\.zip$"));
    static const QRegularExpression fastboot(QStringLiteral("_(\\d{1,2}\\.\\d)_[a-z]+_[0-9a-f]{10}\\.tgz$"));
    QRegularExpressionMatch m = recovery.match(fileName);
    if (!m.hasMatch())
        m = fastboot.match(fileName);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool RomFile::operator==(const RomFile &o) const
{
    return fileName == o.fileName && md5 == o.md5 && device == o.device && otherDeviceNames == o.otherDeviceNames
        && codename == o.codename
        && version == o.version && branch == o.branch && type == o.type && size == o.size
        && releaseDate == o.releaseDate && urls == o.urls && changelog == o.changelog
        && androidVersion == o.androidVersion && firstSeen == o.firstSeen;
}

size_t qHash(const RomFile &file, size_t seed)
{
    return qHashMulti(seed, file.fileName, file.md5, file.device, file.version, file.changelog);
}
