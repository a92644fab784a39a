// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "download/downloadtypes.h"

#include <QIcon>
#include <QObject>

#include <memory>

class Download;
class DownloadManager;
class QMenu;
class QSystemTrayIcon;
class QTimer;

// Tells the user, through the system tray, when a download completes or fails; the tray icon's
// tooltip shows the overall progress and its menu shows the window or pauses and resumes every
// download. Without a system tray it only emits notice().
class DownloadNotifier : public QObject
{
    Q_OBJECT

public:
    DownloadNotifier(DownloadManager *manager, const QIcon &icon, QObject *parent = nullptr);
    ~DownloadNotifier() override;

    QSystemTrayIcon *trayIcon() const { return m_tray; } // null without a system tray
    QMenu *trayMenu() const { return m_menu.get(); }     // null without a system tray
    // "2 downloads: 45 % (1.2 GB of 2.6 GB)", "No downloads running"
    static QString progressText(const DownloadManager &manager);

Q_SIGNALS:
    void notice(const QString &title, const QString &text, bool failed);
    void activated(); // the tray icon was clicked

private:
    void onStateChanged(Download *download, DownloadState state);
    void updateTray();

    DownloadManager *m_manager;
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<QMenu> m_menu; // a QMenu needs a widget parent or an owner: this
    QTimer *m_hideTimer = nullptr;
};
