// SPDX-License-Identifier: GPL-3.0-or-later
#include "romfile.h"

#include "catalog/versionorder.h"

#include <QHash>
#include <QRegularExpression>

QString RomFile::region() const
{
    const qsizetype space = device.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? QString() : device.mid(space + 1);
}

bool RomFile::isNewerThan(const RomFile &other) const
{
    const int byVersion = compareVersions(version, other.version);
    return byVersion > 0 || (byVersion == 0 && releaseDate > other.releaseDate);
}

QString RomFile::md5PrefixFromFileName() const
{
    // miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip / gemini_global_images_..._global_dfba39696a.tgz
    static const QRegularExpression re(QStringLiteral("_([0-9a-f]{10})_"));
    static const QRegularExpression tail(QStringLiteral("_([0-9a-f]{10})\\.[a-z]+$"));
    QRegularExpressionMatch m = re.match(fileName);
    if (m.hasMatch())
        return m.captured(1);
    m = tail.match(fileName);
    return m.hasMatch() ? m.captured(1) : QString();
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
    return fileName == o.fileName && md5 == o.md5 && device == o.device && codename == o.codename
        && version == o.version && branch == o.branch && type == o.type && size == o.size
        && releaseDate == o.releaseDate && urls == o.urls && changelog == o.changelog
        && androidVersion == o.androidVersion;
}

size_t qHash(const RomFile &file, size_t seed)
{
    return qHashMulti(seed, file.fileName, file.md5, file.device, file.version, file.changelog);
}
