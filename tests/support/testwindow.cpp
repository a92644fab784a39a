// SPDX-License-Identifier: GPL-3.0-or-later
#include "testwindow.h"

#include "mainwindow.h"
#include "download/downloadmanager.h"

#include <QSettings>
#include <QtTest>

TestWindow::TestWindow() = default;

TestWindow::~TestWindow()
{
    close();
}

bool TestWindow::open(CatalogPtr catalog, QSize size)
{
    close();
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        qWarning("TestWindow: no folder for the download queue: %s", qPrintable(dir->errorString()));
        return false;
    }
    m_dir = std::move(dir);
    m_downloads = std::make_unique<DownloadManager>(m_dir->filePath(QStringLiteral("queue.json")));
    m_window = std::make_unique<MainWindow>(m_downloads.get());
    if (size.isValid())
        m_window->resize(size);
    if (catalog)
        m_window->setCatalog(std::move(catalog));
    return true;
}

bool TestWindow::showExposed()
{
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void TestWindow::close()
{
    m_window.reset();
    m_downloads.reset();
    m_dir.reset();
    QSettings().clear();
}
