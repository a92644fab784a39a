// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"
#include "util/version.h"

QIcon applicationIcon()
{
    static const QString appId = QStringLiteral(FWB_APP_ID);
    QIcon embedded;
    // PNGs rather than the SVG: they need no image plugin at run time.
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        embedded.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId), QSize(size, size));
    return QIcon::fromTheme(appId, embedded);
}
