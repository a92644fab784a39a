// SPDX-License-Identifier: GPL-3.0-or-later
#include "refreshsettings.h"

#include "feed/catalogupdater.h"

#include <QSettings>

RefreshSettings RefreshSettings::load()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("refresh"));
    RefreshSettings s;
    s.automatic = settings.value(QStringLiteral("automatic"), s.automatic).toBool();
    s.intervalHours = std::clamp(settings.value(QStringLiteral("intervalHours"), s.intervalHours).toInt(), MinIntervalHours,
                                 MaxIntervalHours);
    s.primaryUrl = settings.value(QStringLiteral("primaryUrl"), CatalogUpdater::defaultPrimaryUrl()).toUrl();
    s.fallbackUrl = settings.value(QStringLiteral("fallbackUrl"), CatalogUpdater::defaultFallbackUrl()).toUrl();
    return s;
}

void RefreshSettings::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("refresh"));
    settings.setValue(QStringLiteral("automatic"), automatic);
    settings.setValue(QStringLiteral("intervalHours"), intervalHours);
    settings.setValue(QStringLiteral("primaryUrl"), primaryUrl);
    settings.setValue(QStringLiteral("fallbackUrl"), fallbackUrl);
}

bool RefreshSettings::isDue(const QDateTime &lastChecked, const QDateTime &now) const
{
    return automatic && (!lastChecked.isValid() || lastChecked.secsTo(now) >= qint64(intervalHours) * 3600
                         || lastChecked > now); // a clock set back
}

QStringList PinnedDevices::load()
{
    return QSettings().value(QStringLiteral("pinnedDevices")).toStringList();
}

void PinnedDevices::save(const QStringList &folders)
{
    QSettings().setValue(QStringLiteral("pinnedDevices"), folders);
}
