// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QMimeData;

// Local files dropped on the window or opened with it (its command line, the desktop's "Open
// with"), sorted by what the window does with them: saved version pages (.html, .htm, .md) are
// imported, any other file is verified against the catalog (a ROM).
struct DroppedFiles
{
    QStringList pages;
    QStringList others;

    bool isEmpty() const { return pages.isEmpty() && others.isEmpty(); }
    static DroppedFiles of(const QMimeData *mime); // folders are left out
    static DroppedFiles of(const QStringList &paths);
};
