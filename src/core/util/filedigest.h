// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

// The MD5 of a file (lower-case hex), read in 1 MiB blocks so that a ROM of several gigabytes
// never sits in memory. After each block, progress (when given) gets the bytes hashed so far and
// returns false to stop. Empty when the file cannot be read or was stopped; *error says which.
QString md5OfFile(const QString &path, const std::function<bool(qint64 hashed)> &progress, QString *error);
