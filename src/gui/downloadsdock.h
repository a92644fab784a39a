// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloadpreferences.h"

#include <QDockWidget>

class DownloadManager;
class DownloadNotifier;
class DownloadsPanel;
struct RomFile;

// The window's side of the download engine: the "Downloads" dock with its DownloadsPanel, the
// tray notifier, the user's download preferences, and queueing a catalog file with them. It
// appears with the first download (or a restored unfinished one) and says what happened through
// statusMessage() and refused().
class DownloadsDock : public QDockWidget
{
    Q_OBJECT

public:
    // manager is not owned and must outlive the dock. The tray shows the application's icon.
    explicit DownloadsDock(DownloadManager *manager, QWidget *parent = nullptr);

    DownloadManager *manager() const { return m_manager; }
    DownloadsPanel *panel() const { return m_panel; }
    DownloadNotifier *notifier() const { return m_notifier; }

    const DownloadPreferences &preferences() const { return m_preferences; }
    // Saves the preferences and applies them to the manager at once.
    void setPreferences(const DownloadPreferences &preferences);

    // Queues the file into the download folder, the given mirror first (an empty URL: the
    // preferred mirror, then page order), shows the dock and selects its row. A refusal (an
    // unsafe name, already queued, …) is reported through refused(); returns whether it was queued.
    bool queue(const RomFile &file, const QUrl &mirror);
    // Restores the saved queue and resumes what was running at the last quit (DownloadSession).
    void restore();

Q_SIGNALS:
    // For the status bar; timeoutMs 0 keeps the message until another replaces it.
    void statusMessage(const QString &text, int timeoutMs);
    // A download that was not queued: for a message box.
    void refused(const QString &title, const QString &text);
    // The tray icon was clicked: the window should come up (the dock is shown already).
    void activated();

private:
    DownloadManager *m_manager;
    DownloadsPanel *m_panel;
    DownloadNotifier *m_notifier;
    DownloadPreferences m_preferences;
};
