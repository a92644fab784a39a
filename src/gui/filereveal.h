// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Shows a file in the system's file manager: its folder opened with the file selected where the
// platform allows it (Windows Explorer, macOS Finder), else the folder opened.
namespace FileReveal {

// False when nothing could be opened (no file manager, no such folder).
bool showInFolder(const QString &path);

} // namespace FileReveal
