// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadnotifier.h"

#include "download/downloadmanager.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace {
// After the last download ends, the tray icon stays this long so its notice can be read.
constexpr int LingerMs = 30000;
constexpr int NoticeMs = 10000;
} // namespace

DownloadNotifier::DownloadNotifier(DownloadManager *manager, const QIcon &icon, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(icon, this);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT activated();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DownloadNotifier::activated);
        m_menu = std::make_unique<QMenu>();
        m_menu->addAction(tr("&Show Firmware Browser"), this, &DownloadNotifier::activated);
        m_menu->addSeparator();
        m_menu->addAction(tr("&Pause All Downloads"), manager, &DownloadManager::pauseAll);
        m_menu->addAction(tr("&Resume All Downloads"), manager, &DownloadManager::resumeAll);
        m_tray->setContextMenu(m_menu.get());
        m_hideTimer = new QTimer(this);
        m_hideTimer->setSingleShot(true);
        m_hideTimer->setInterval(LingerMs);
        connect(m_hideTimer, &QTimer::timeout, this, &DownloadNotifier::updateTray);
    }
    connect(manager, &DownloadManager::downloadStateChanged, this, &DownloadNotifier::onStateChanged);
    connect(manager, &DownloadManager::downloadChanged, this, &DownloadNotifier::updateTray);
    connect(manager, &DownloadManager::added, this, &DownloadNotifier::updateTray);
    connect(manager, &DownloadManager::removed, this, &DownloadNotifier::updateTray);
}

DownloadNotifier::~DownloadNotifier()
{
    delete m_tray; // before the menu it shows
}

QString DownloadNotifier::progressText(const DownloadManager &manager)
{
    int running = 0;
    qint64 received = 0, total = 0;
    for (const Download *d : manager.downloads()) {
        const DownloadStatus &s = d->status();
        if (!s.isActive() && s.state != DownloadState::Queued)
            continue;
        ++running;
        if (s.total > 0) {
            received += s.received;
            total += s.total;
        }
    }
    if (running == 0)
        return tr("No downloads running");
    const QString count = tr("%Ln download(s)", nullptr, running);
    if (total <= 0)
        return count;
    return tr("%1: %2 % (%3 of %4)")
        .arg(count)
        .arg(received * 100 / total)
        .arg(DownloadText::bytes(received), DownloadText::bytes(total));
}

void DownloadNotifier::onStateChanged(Download *download, DownloadState state)
{
    if (state != DownloadState::Completed && state != DownloadState::Failed)
        return;
    const QString name = download->request().fileName;
    const bool failed = state == DownloadState::Failed;
    const QString title = failed ? tr("Download failed") : tr("Download complete");
    const QString text = failed ? tr("%1: %2").arg(name, download->status().message)
                                : tr("%1 — %2").arg(name, DownloadText::describe(download->status()));
    Q_EMIT notice(title, text, failed);
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(title, text, failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, NoticeMs);
        m_hideTimer->start();
    }
    updateTray();
}

void DownloadNotifier::updateTray()
{
    if (!m_tray)
        return;
    const QString progress = progressText(*m_manager);
    m_tray->setToolTip(QGuiApplication::applicationDisplayName() + QLatin1Char('\n') + progress);
    bool running = false;
    for (const Download *d : m_manager->downloads())
        running = running || d->status().isActive() || d->state() == DownloadState::Queued;
    if (running)
        m_tray->show();
    else if (!m_hideTimer->isActive())
        m_tray->hide();
}
