// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QMimeData;

// Local files dropped on the window, sorted by what the window does with them: saved version
// pages (.html, .htm, .md) are imported, any other file is verified against the catalog (a ROM).
struct DroppedFiles
{
    QStringList pages;
    QStringList others;

    bool isEmpty() const { return pages.isEmpty() && others.isEmpty(); }
    static DroppedFiles of(const QMimeData *mime);
};
