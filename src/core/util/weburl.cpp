// SPDX-License-Identifier: GPL-3.0-or-later
#include "weburl.h"

#include <QUrl>

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
        && !url.host().isEmpty();
}
