// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Checks a file name from the catalog (or the user) before it becomes a path. A name that is
// not already a plain, portable file name is refused, never repaired: no separators, no "..",
// no drive or stream colon, no control or Windows-reserved characters, no reserved device
// names (CON, NUL, COM1, ... also with an extension), no trailing dot or space, at most 255
// bytes. The same rules hold on every OS because the catalog is shared.
class SafeFileName
{
    Q_DECLARE_TR_FUNCTIONS(SafeFileName)

public:
    // Empty when the name is safe, else why not.
    static QString check(const QString &name);

    // <directory>/<name> when the name is safe and the clean absolute path stays inside the
    // directory; else an empty string and *error says why.
    static QString pathIn(const QString &directory, const QString &name, QString *error);

    // The last path segment of a URL's path as a candidate name (may still be unsafe).
    static QString lastUrlSegment(const QUrl &url);
};
