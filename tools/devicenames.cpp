// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicenames.h"

#include <QByteArrayList>

QHash<QString, QString> readDeviceNameMap(const QByteArray &text)
{
    QHash<QString, QString> names;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (line.startsWith(' ') || line.startsWith('-') || line.startsWith('#') || colon <= 0)
            continue;
        const QString key = QString::fromUtf8(line.left(colon)).trimmed();
        const QString value = QString::fromUtf8(line.mid(colon + 1)).trimmed();
        if (!key.isEmpty() && !value.isEmpty())
            names.insert(key, value);
    }
    return names;
}
