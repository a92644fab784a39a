// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "download/downloadtypes.h"

#include <optional>

// Why a request cannot start, before anything is asked or written: an unsafe file name, no or a
// non-web URL, a malformed MD5, a folder that cannot be made, a symbolic link where the file goes.
struct RequestProblem
{
    DownloadError error = DownloadError::Refused;
    QString message;
};

// Also creates the download folder; nothing else is touched.
std::optional<RequestProblem> checkRequest(const DownloadRequest &request);
