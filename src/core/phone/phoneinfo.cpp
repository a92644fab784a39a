// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoneinfo.h"

#include "catalog/cataloglookup.h"
#include "phone/xiaomiregions.h"

QString PhoneInfo::codename() const
{
    if (!variant.isEmpty())
        return CatalogLookup::baseCodename(variant);
    return CatalogLookup::baseCodename(device);
}

QString PhoneInfo::romRegion() const
{
    // The variant names the build (sakura_india_global runs "…MIXM" versions the site lists as India).
    const QString region = XiaomiRegions::ofVariant(variant);
    return region.isEmpty() ? XiaomiRegions::ofVersion(installedVersion) : region;
}

QString PhoneInfo::hardwareRegion() const
{
    return XiaomiRegions::ofHardwareCode(hardwareCode);
}

QString PhoneInfo::displayName() const
{
    const QString code = codename();
    if (!model.isEmpty() && !code.isEmpty())
        return tr("%1 (%2)").arg(model, code);
    if (!code.isEmpty())
        return code;
    return model.isEmpty() ? serial : model;
}

QString PhoneInfo::connectionName() const
{
    return connection == Connection::Adb ? QStringLiteral("adb") : QStringLiteral("fastboot");
}

QList<PhoneInfo> PhoneScan::readyPhones() const
{
    QList<PhoneInfo> ready;
    for (const PhoneInfo &phone : phones) {
        if (phone.isReady())
            ready.append(phone);
    }
    return ready;
}
