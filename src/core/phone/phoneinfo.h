// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One phone as adb or fastboot sees it: what it is, what it runs and, when it cannot be read, why.
struct PhoneInfo
{
    Q_DECLARE_TR_FUNCTIONS(PhoneInfo)

public:
    enum class Connection { Adb, Fastboot };
    enum class State {
        Ready,         // read completely
        Unauthorized,  // adb: the phone has not accepted this computer's key yet
        NoPermissions, // the USB device is not accessible to this user (udev rules)
        Offline,       // adb: connected but not answering
        Unreadable,    // listed, but reading its properties failed or timed out
        Other,         // recovery, sideload, ...: not a state to read properties in
    };

    Connection connection = Connection::Adb;
    State state = State::Ready;
    QString serial;
    QString stateText;        // the tool's own words ("unauthorized", "no permissions (…)")
    QString problem;          // when not Ready: what is wrong and what to do, for the user

    QString model;            // ro.product.marketname or ro.product.model ("POCO F3")
    QString device;           // ro.product.device, or fastboot's product ("alioth")
    QString variant;          // ro.product.mod_device ("alioth_global"); empty in fastboot mode
    QString installedVersion; // ro.build.version.incremental ("V14.0.7.0.TKHMIXM")
    QString androidVersion;   // ro.build.version.release ("13")
    QString hardwareCode;     // ro.boot.hwc ("GLOBAL", "CN", "INDIA")
    QString localeHint;       // ro.miui.region / ro.product.locale, shown only
    std::optional<int> anti;  // fastboot getvar anti: the anti-rollback index

    bool isReady() const { return state == State::Ready; }
    // The site's base codename: the variant's part before '_', else the device codename.
    QString codename() const;
    // The region of the ROM the phone runs: its variant's, else its version's region letters.
    QString romRegion() const;
    // The region the hardware was made for (ro.boot.hwc), when it says.
    QString hardwareRegion() const;
    // "POCO F3 (alioth)", "alioth", or the serial when nothing else is known.
    QString displayName() const;
    QString connectionName() const; // "adb" / "fastboot"
};

Q_DECLARE_METATYPE(PhoneInfo)

// What one detection found: the phones, and the tools that could not be used (each message says
// what to do). A phone list can be non-empty while a tool failed: fastboot may be missing while
// adb found the phone.
struct PhoneScan
{
    enum class ToolFailure { None, NotInstalled, Failed, TimedOut };

    QList<PhoneInfo> phones;
    ToolFailure adbFailure = ToolFailure::None;
    ToolFailure fastbootFailure = ToolFailure::None;
    QStringList toolProblems;

    QList<PhoneInfo> readyPhones() const;
    bool anyToolFailed() const { return adbFailure != ToolFailure::None || fastbootFailure != ToolFailure::None; }
    bool allToolsFailed() const { return adbFailure != ToolFailure::None && fastbootFailure != ToolFailure::None; }
};

Q_DECLARE_METATYPE(PhoneScan)
