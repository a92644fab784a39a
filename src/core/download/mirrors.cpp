// SPDX-License-Identifier: GPL-3.0-or-later
#include "mirrors.h"

#include <algorithm>

namespace Mirrors {

QString name(const QUrl &url)
{
    const QString host = url.host();
    return url.port() < 0 ? host : QStringLiteral("%1:%2").arg(host).arg(url.port());
}

QStringList knownHosts()
{
    // The order of the "Full ROM Mirror N" buttons on the current version pages.
    return {QStringLiteral("cdnorg.d.miui.com"),
            QStringLiteral("bkt-sgp-miui-ota-update-alisgp.oss-ap-southeast-1.aliyuncs.com"),
            QStringLiteral("bn.d.miui.com"),
            QStringLiteral("bigota.d.miui.com"),
            QStringLiteral("hugeota.d.miui.com")};
}

bool isXiaomiHost(const QString &host)
{
    // The hosts of the catalog's 361,924 download links (62,401 cards): bigota, hugeota, cdnorg, bn,
    // ks3orig.bigota and airtel.bigota under d.miui.com, Xiaomi's Alibaba Cloud bucket, and the Azure
    // CDN of 161 recent cards.
    const QString name = host.toLower();
    return name == QLatin1String("d.miui.com") || name.endsWith(QLatin1String(".d.miui.com"))
        || name == QLatin1String("bkt-sgp-miui-ota-update-alisgp.oss-ap-southeast-1.aliyuncs.com")
        || name == QLatin1String("cdn-ota.azureedge.net");
}

QList<QUrl> ordered(const QList<QUrl> &pageOrder, const QString &preferred, const QUrl &chosen)
{
    QList<QUrl> urls = pageOrder;
    if (!preferred.isEmpty()) {
        std::stable_partition(urls.begin(), urls.end(), [&preferred](const QUrl &url) {
            return name(url).compare(preferred, Qt::CaseInsensitive) == 0;
        });
    }
    if (chosen.isValid()) {
        urls.removeAll(chosen);
        urls.prepend(chosen);
    }
    return urls;
}

} // namespace Mirrors
