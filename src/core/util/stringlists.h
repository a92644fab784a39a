// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The non-empty values in first-seen order, each once: the branches or Android versions of a
// page's files, say, for display.
inline QStringList distinctNonEmpty(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values) {
        if (!value.isEmpty() && !out.contains(value))
            out.append(value);
    }
    return out;
}
