// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sets the organisation, application name and version shared by firmware-browser and
// firmware-cli, so both find the same settings, imports and downloads queue.
void setApplicationIdentity();
