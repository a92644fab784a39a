// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/xfupage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTextStream>

// The site's firmware and vendor sections, read from the site repo's layout (xfu-firmware.tar.xz):
// pages/firmware/updates/<folder>/<version>.md, data/devices/full/<folder>.yml,
// data/vendor/full/<folder>.yml, the name maps data/{firmware,vendor}_devices.yml and the vendor list
// pages pages/vendor/full/<folder>.md (their names).
struct FirmwareImport
{
    QList<XfuPage> pages;              // firmware pages (with their links), then vendor pages
    QHash<QString, QString> deviceNames; // folder -> marketing name, from the two name maps
    int failures = 0;                  // pages and list records that could not be read (each reported)
};

FirmwareImport importFirmwareSections(const QString &root, QTextStream &err);
