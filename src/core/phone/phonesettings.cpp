// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonesettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString Group = QStringLiteral("phone");
const QString AdbPathKey = QStringLiteral("adbPath");
const QString FastbootPathKey = QStringLiteral("fastbootPath");
const QString AutoDetectKey = QStringLiteral("autoDetect");
} // namespace

PhoneSettings PhoneSettings::load()
{
    PhoneSettings settings;
    QSettings store;
    store.beginGroup(Group);
    settings.adbPath = store.value(AdbPathKey).toString();
    settings.fastbootPath = store.value(FastbootPathKey).toString();
    settings.autoDetect = store.value(AutoDetectKey, settings.autoDetect).toBool();
    return settings;
}

void PhoneSettings::save() const
{
    QSettings store;
    store.beginGroup(Group);
    store.setValue(AdbPathKey, adbPath);
    store.setValue(FastbootPathKey, fastbootPath);
    store.setValue(AutoDetectKey, autoDetect);
}

QString PhoneSettings::resolve(const QString &configured, const QString &toolName)
{
    const QString path = configured.trimmed();
    if (!path.isEmpty())
        return QDir::fromNativeSeparators(path);
    return QStandardPaths::findExecutable(toolName);
}
