// SPDX-License-Identifier: GPL-3.0-or-later
#include "xfupage.h"

#include <QCoreApplication>

QString osSlug(RomOs os)
{
    switch (os) {
    case RomOs::Miui:
        break;
    case RomOs::HyperOs:
        return QStringLiteral("hyperos");
    case RomOs::Firmware:
        return QStringLiteral("firmware");
    case RomOs::Vendor:
        return QStringLiteral("vendor");
    }
    return QStringLiteral("miui");
}

std::optional<RomOs> osFromSlug(QStringView slug)
{
    for (int i = 0; i < RomOsCount; ++i) {
        if (slug.compare(osSlug(RomOs(i)), Qt::CaseInsensitive) == 0)
            return RomOs(i);
    }
    return std::nullopt;
}

RomOs osOfVersion(QStringView version)
{
    return version.startsWith(QLatin1String("OS")) ? RomOs::HyperOs : RomOs::Miui;
}

QString osDisplayName(RomOs os)
{
    // MIUI and HyperOS are names; the site's two other sections are words.
    switch (os) {
    case RomOs::Miui:
        break;
    case RomOs::HyperOs:
        return QStringLiteral("HyperOS");
    case RomOs::Firmware:
        //: The site's section of firmware-only zips (the phone's firmware partitions without the system)
        return QCoreApplication::translate("RomOs", "Firmware");
    case RomOs::Vendor:
        //: The site's section of vendor packages (a phone's vendor partition, flashed under a custom ROM)
        return QCoreApplication::translate("RomOs", "Vendor");
    }
    return QStringLiteral("MIUI");
}

QString packageNameLabel(RomOs os)
{
    return os == RomOs::Firmware ? QStringLiteral("Firmware Package Name") : QStringLiteral("Package Name");
}

QUrl XfuPage::websiteUrl() const
{
    return websiteUrl(os, folder, branchSlug, version);
}

QUrl XfuPage::websiteUrl(RomOs os, const QString &folder, const QString &branchSlug, const QString &version)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("xmfirmwareupdater.com"));
    if (os == RomOs::Vendor) {
        url.setPath(QLatin1String("/archive/vendor/") + folder + QLatin1Char('/'));
        return url;
    }
    url.setPath(QLatin1Char('/') + osSlug(os) + QLatin1Char('/') + folder + QLatin1Char('/') + branchSlug
                + QLatin1Char('/') + version + QLatin1Char('/'));
    return url;
}
