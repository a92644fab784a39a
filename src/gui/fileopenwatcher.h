// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// On macOS, Finder's "Open With" and a file dropped on the app's Dock icon reach the app as a
// QFileOpenEvent sent to the application object, not as a command-line argument (also while it
// runs). Watches an object, the application, for them and reports each local file.
class FileOpenWatcher : public QObject
{
    Q_OBJECT

public:
    explicit FileOpenWatcher(QObject *watched);

Q_SIGNALS:
    void fileOpened(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
