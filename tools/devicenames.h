// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// Reads the site's flat name maps (names.yml, miui_devices.yml, hyperos_devices.yml): one
// "codename: Marketing Name" per line, no nesting, no quoting. Used only by the catalog import tool;
// the refresh feed (a real YAML document) is read with a YAML library.
QHash<QString, QString> readDeviceNameMap(const QByteArray &text);
