// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON face of a card (firmware-cli --json): one object per card per page with exactly the
// keys device, deviceNames (every name the page gives the file, device first), codename, version,
// branch, type, size, releaseDate, fileName, md5 (null when unknown), urls, changelog, region,
// androidVersion (null when unknown) and websiteUrl (percent-encoded).
QJsonObject cardToJson(const RomFile &file, const CatalogPage &page);
QJsonArray pageToJson(const Catalog &catalog, int page);
