// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Decides whether an archive entry may become a file under the extraction folder. A path is
// refused, never repaired: absolute paths, drive letters, backslashes, "..", and any part that
// is not a valid file name on Windows (SafeFileName: reserved characters and device names,
// control characters, trailing dots or spaces).
class ArchivePath
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePath)

public:
    // The entry's path, relative and clean ("dir/file"; "./" and a folder's trailing '/' dropped),
    // or empty and *why says why it is refused.
    static QString clean(const QString &path, QString *why);

    // Where a link points, as a clean path from the archive's root, when it stays inside; else
    // empty and *why. A hard link names its target from the archive's root, a symbolic link
    // from the link's own folder.
    static QString linkTarget(const QString &cleanLinkPath, const QString &target, bool hardLink, QString *why);
};
