// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class Download;
class DownloadListModel;
class DownloadManager;
class QAction;
class QLabel;
class QTreeView;

// The download queue: one row per file with its name, size, a progress bar carrying the state
// ("Retrying in 3 s: connection reset", "Completed (verified)"), speed, time left and the mirror
// in use ("bn.d.miui.com (2/5)"); under the list, the selected download's whole state and
// reason, wrapped (a row's bar has room for the start only). The toolbar and the context menu
// act on the selected row (pause, resume, cancel, retry, remove, open its folder, copy its path,
// open or copy its link; inspect a completed ROM, extract a completed Fastboot ROM: the main window
// does both) or on all (pause, resume, clear the finished ones).
class DownloadsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Action {
        Pause,
        Resume,
        Cancel,
        Retry,
        Remove,
        OpenFolder,
        CopyPath,
        Inspect,
        Extract,
        OpenInBrowser,
        CopyLink,
        PauseAll,
        ResumeAll,
        ClearFinished,
        ActionCount
    };

    explicit DownloadsPanel(DownloadManager *manager, QWidget *parent = nullptr);

    QAction *action(Action which) const { return m_actions[which]; }
    QTreeView *view() const { return m_view; }
    DownloadListModel *model() const { return m_model; }
    // The selected download's state and reason in full, or what an empty list is for.
    QLabel *detailsLabel() const { return m_details; }
    Download *currentDownload() const;
    void selectRow(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void inspectRequested(const QString &path);
    void extractRequested(const QString &path);
    // What an action did or why it could not (for the status bar).
    void message(const QString &text);

private:
    void sizeColumns();
    void fitColumnsToWidth();
    void createActions();
    void updateActions();
    void updateDetails();
    void showContextMenu(const QPoint &position);
    void removeCurrent();
    void clearFinished();
    void openFolder();
    void copyPath();
    void openInBrowser();
    void copyLink();
    QUrl currentUrl() const;

    DownloadManager *m_manager;
    DownloadListModel *m_model;
    QTreeView *m_view;
    QLabel *m_details;
    QAction *m_actions[ActionCount] = {};
};
