// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QSize>
#include <QTemporaryDir>

#include <memory>

class DownloadManager;
class MainWindow;

// The main window as the window tests meet it: on the catalog a test chooses, with a download
// queue in a folder of its own and the settings cleared before and after, so that no test sees
// what an earlier one left behind. open() in init(), close() in cleanup() (or when it goes); in
// between it stands for the window as a std::unique_ptr<MainWindow> would (->, *, get()).
// Call Fixtures::isolateSettings() in initTestCase() first: the settings it clears are the test's.
class TestWindow
{
public:
    TestWindow();
    ~TestWindow();
    TestWindow(const TestWindow &) = delete;
    TestWindow &operator=(const TestWindow &) = delete;

    // Clears the settings and makes the queue and the window on `catalog` (null: the test sets one
    // later), resized to `size` (an invalid size leaves the window's own); false, with a warning,
    // when no folder could be made.
    [[nodiscard]] bool open(CatalogPtr catalog, QSize size = QSize());
    // Shows the window; false when it was never exposed.
    [[nodiscard]] bool showExposed();
    // The window, then its queue, then the settings they wrote.
    void close();

    MainWindow *get() const { return m_window.get(); }
    MainWindow *operator->() const { return m_window.get(); }
    MainWindow &operator*() const { return *m_window; }
    DownloadManager &downloads() const { return *m_downloads; }
    // A path in the window's own folder (its queue is queue.json there), e.g. for its downloads.
    QString filePath(const QString &name) const { return m_dir->filePath(name); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DownloadManager> m_downloads;
    std::unique_ptr<MainWindow> m_window;
};
