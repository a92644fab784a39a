// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileopenwatcher.h"

#include <QFileOpenEvent>

FileOpenWatcher::FileOpenWatcher(QObject *watched)
    : QObject(watched)
{
    watched->installEventFilter(this);
}

bool FileOpenWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen)
        return QObject::eventFilter(watched, event);
    const QString path = static_cast<QFileOpenEvent *>(event)->file();
    if (path.isEmpty())
        return false; // a URL the app does not handle: left to others
    Q_EMIT fileOpened(path);
    return true;
}
