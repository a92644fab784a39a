// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"
#include "util/version.h"

#include <QCoreApplication>

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FirmwareBrowser"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("firmwarebrowser.org"));
    QCoreApplication::setApplicationName(QStringLiteral("FirmwareBrowser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FWB_VERSION));
}

QString userAgent()
{
    return QStringLiteral("FirmwareBrowser/%1").arg(QCoreApplication::applicationVersion());
}
