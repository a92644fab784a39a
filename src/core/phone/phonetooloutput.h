// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Readers of what adb and fastboot print. Pure functions over the bytes, so they are tested
// without a phone.
namespace PhoneToolOutput {

// One line of `adb devices -l` (or plain `adb devices`):
// "a1b2c3d4               device usb:1-1 product:alioth_global model:M2012K11AG device:alioth transport_id:1"
struct AdbDevice
{
    QString serial;
    QString state;     // "device", "unauthorized", "offline", "no permissions", "recovery", ...
    QString stateText; // the whole state as printed ("no permissions (missing udev rules? …); see […]")
    QHash<QString, QString> attributes; // usb, product, model, device, transport_id
};
QList<AdbDevice> parseAdbDevices(const QByteArray &output);

// `adb shell getprop`: one "[key]: [value]" per line (a value may span lines).
QHash<QString, QString> parseGetprop(const QByteArray &output);

// One line of `fastboot devices`: "SERIAL\tfastboot"; without permissions the serial is replaced
// by the "no permissions (…)" text.
struct FastbootDevice
{
    QString serial; // empty when the phone is not accessible
    QString stateText;
    bool noPermissions = false;
};
QList<FastbootDevice> parseFastbootDevices(const QByteArray &output);

// `fastboot getvar NAME` prints "NAME: value" (on stderr) and "Finished. Total time: …"; an
// unknown variable prints "getvar:NAME FAILED (…)". The value, trimmed, or nothing.
std::optional<QString> parseGetvar(const QByteArray &output, const QString &name);

} // namespace PhoneToolOutput
