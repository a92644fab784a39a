// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadsdock.h"

#include "downloadnotifier.h"
#include "downloadsession.h"
#include "downloadspanel.h"
#include "statusmessage.h"
#include "download/downloadmanager.h"
#include "download/mirrors.h"
#include "util/safefilename.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QStyle>

#include <algorithm>

namespace {

QIcon trayIcon(const QStyle *style)
{
    const QIcon icon = QApplication::windowIcon();
    return icon.isNull() ? style->standardIcon(QStyle::SP_ArrowDown) : icon;
}

} // namespace

DownloadsDock::DownloadsDock(DownloadManager *manager, QWidget *parent)
    : QDockWidget(tr("Downloads"), parent)
    , m_manager(manager)
    , m_panel(new DownloadsPanel(manager))
    , m_notifier(new DownloadNotifier(manager, trayIcon(style()), this))
    , m_preferences(DownloadPreferences::load())
{
    setObjectName(QStringLiteral("downloadsDock")); // for QMainWindow::saveState()
    m_panel->setObjectName(QStringLiteral("downloadsPanel"));
    m_notifier->setObjectName(QStringLiteral("downloadNotifier"));
    m_preferences.applyTo(*m_manager);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    setWidget(m_panel);
    QAction *toggle = toggleViewAction();
    toggle->setText(tr("&Downloads"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    toggle->setIcon(QIcon::fromTheme(QStringLiteral("download"), style()->standardIcon(QStyle::SP_ArrowDown)));

    connect(m_panel, &DownloadsPanel::message, this, [this](const QString &text) { Q_EMIT statusMessage(text, StatusMessageMs); });
    connect(m_notifier, &DownloadNotifier::activated, this, [this] {
        show();
        Q_EMIT activated();
    });
    connect(m_manager, &DownloadManager::downloadStateChanged, this, [this](Download *download, DownloadState state) {
        // Refusals found by the engine (an existing different file, …) arrive here as failures.
        const QString &fileName = download->request().fileName;
        if (state == DownloadState::Failed)
            Q_EMIT statusMessage(tr("Download of %1 failed: %2").arg(fileName, download->status().message), 0);
        else if (state == DownloadState::Completed)
            Q_EMIT statusMessage(tr("Downloaded %1.").arg(fileName), StatusMessageMs);
    });
}

void DownloadsDock::setPreferences(const DownloadPreferences &preferences)
{
    m_preferences = preferences;
    m_preferences.save();
    m_preferences.applyTo(*m_manager);
}

void DownloadsDock::restore()
{
    QString error;
    if (!DownloadSession::restore(*m_manager, &error)) {
        Q_EMIT statusMessage(tr("The download queue could not be read: %1").arg(error), 0);
        return;
    }
    const int unfinished = int(std::count_if(m_manager->downloads().cbegin(), m_manager->downloads().cend(),
                                             [](const Download *d) { return !d->status().isFinal(); }));
    if (unfinished > 0) {
        show();
        Q_EMIT statusMessage(tr("%Ln unfinished download(s) restored.", nullptr, unfinished), StatusMessageMs);
    }
}

bool DownloadsDock::queue(const RomFile &file, const QUrl &mirror)
{
    const DownloadRequest request = m_preferences.requestFor(file, mirror);
    QString error = SafeFileName::check(request.fileName);
    Download *download = nullptr;
    if (error.isEmpty())
        download = m_manager->add(request, &error);
    else
        error = tr("The catalog's file name “%1” is not safe to save: %2").arg(request.fileName, error);
    if (!download) {
        Q_EMIT statusMessage(tr("Not queued: %1").arg(error), StatusMessageMs);
        Q_EMIT refused(tr("Download Not Queued"), error);
        return false;
    }
    show();
    m_panel->selectRow(m_manager->indexOf(download));
    Q_EMIT statusMessage(tr("Queued %1 from %2 into %3.")
                           .arg(request.fileName, Mirrors::name(request.urls.value(0)),
                                QDir::toNativeSeparators(request.directory)),
                       StatusMessageMs);
    return true;
}
