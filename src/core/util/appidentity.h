// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Sets the organisation, application name and version shared by firmware-browser and
// firmware-cli, so both find the same settings, imports and downloads queue.
void setApplicationIdentity();

// "FirmwareBrowser/<version>": the User-Agent of every request the app and the CLI send.
QString userAgent();
