// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QUrl;

// A URL we may fetch: valid, http or https (QUrl keeps the scheme in lower case), with a host.
bool isWebUrl(const QUrl &url);
