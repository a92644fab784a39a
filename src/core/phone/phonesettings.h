// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where adb and fastboot are, and whether the app looks for a phone at start. Kept in QSettings
// (group "phone"); set in Preferences. An empty path means "find it on PATH" (Debian's adb and
// fastboot packages); Windows and macOS users point it at Android's platform-tools.
struct PhoneSettings
{
    QString adbPath;
    QString fastbootPath;
    bool autoDetect = false;

    static PhoneSettings load();
    void save() const;

    QString resolvedAdb() const { return resolve(adbPath, QStringLiteral("adb")); }
    QString resolvedFastboot() const { return resolve(fastbootPath, QStringLiteral("fastboot")); }
    // The configured path as given, else the tool found on PATH, else empty.
    static QString resolve(const QString &configured, const QString &toolName);

    bool operator==(const PhoneSettings &other) const
    {
        return adbPath == other.adbPath && fastbootPath == other.fastbootPath && autoDetect == other.autoDetect;
    }
    bool operator!=(const PhoneSettings &other) const { return !(*this == other); }
};
