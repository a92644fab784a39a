// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class Download;
class DownloadListModel;
class DownloadManager;
class QAction;
class QTreeView;

// The download queue: one row per file with its name, size, a progress bar carrying the state
// ("Retrying in 3 s: connection reset", "Completed (verified)"), speed, time left and the mirror
// in use ("bn.d.miui.com (2/5)"). Pause, resume, cancel, retry, open the containing folder and
// copy the path act on the selected row, from the toolbar or the context menu; a completed
// ROM can be inspected, a completed Fastboot ROM extracted (the main window does both).
class DownloadsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Action { Pause, Resume, Cancel, Retry, OpenFolder, CopyPath, PauseAll, ResumeAll, Inspect, Extract, ActionCount };

    explicit DownloadsPanel(DownloadManager *manager, QWidget *parent = nullptr);

    QAction *action(Action which) const { return m_actions[which]; }
    QTreeView *view() const { return m_view; }
    DownloadListModel *model() const { return m_model; }
    Download *currentDownload() const;
    void selectRow(int row);

Q_SIGNALS:
    void inspectRequested(const QString &path);
    void extractRequested(const QString &path);

private:
    void createActions();
    void updateActions();
    void showContextMenu(const QPoint &position);
    void openFolder();
    void copyPath();

    DownloadManager *m_manager;
    DownloadListModel *m_model;
    QTreeView *m_view;
    QAction *m_actions[ActionCount] = {};
};
