// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloadtypes.h"

#include <QIcon>
#include <QObject>

class Download;
class DownloadManager;
class QSystemTrayIcon;
class QTimer;

// Tells the user, through the system tray, when a download completes or fails; the tray icon's
// tooltip shows the overall progress. Without a system tray it only emits notice().
class DownloadNotifier : public QObject
{
    Q_OBJECT

public:
    DownloadNotifier(DownloadManager *manager, const QIcon &icon, QObject *parent = nullptr);

    QSystemTrayIcon *trayIcon() const { return m_tray; } // null without a system tray
    // "2 downloads: 45 % (1.2 GB of 2.6 GB)", "No downloads running"
    static QString progressText(const DownloadManager &manager);

signals:
    void notice(const QString &title, const QString &text, bool failed);
    void activated(); // the tray icon was clicked

private:
    void onStateChanged(Download *download, DownloadState state);
    void updateTray();

    DownloadManager *m_manager;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_hideTimer = nullptr;
};
