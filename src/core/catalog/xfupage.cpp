// SPDX-License-Identifier: GPL-3.0-or-later
#include "xfupage.h"

QString osSlug(RomOs os)
{
    return os == RomOs::HyperOs ? QStringLiteral("hyperos") : QStringLiteral("miui");
}

RomOs osOfVersion(QStringView version)
{
    return version.startsWith(QLatin1String("OS")) ? RomOs::HyperOs : RomOs::Miui;
}

QString osDisplayName(RomOs os)
{
    return os == RomOs::HyperOs ? QStringLiteral("HyperOS") : QStringLiteral("MIUI");
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
    url.setPath(QLatin1Char('/') + osSlug(os) + QLatin1Char('/') + folder + QLatin1Char('/') + branchSlug
                + QLatin1Char('/') + version + QLatin1Char('/'));
    return url;
}
