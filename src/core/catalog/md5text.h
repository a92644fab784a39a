// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

// An MD5 written as text: exactly 32 hex digits, in either case (RomFile::md5 keeps it in lower
// case). Nothing else passes: no spaces, no "0x", no trailing newline.
bool isMd5Hex(QStringView text);
