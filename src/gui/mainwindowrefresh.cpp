// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's live catalog: refresh, completion of feed-only pages, My devices, What's New.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "catalogloader.h"
#include "catalogrefresher.h"
#include "detailspane.h"
#include "downloadnotifier.h"
#include "statusmessage.h"
#include "whatsnewdialog.h"
#include "catalog/catalogtreemodel.h"

#include <QStatusBar>
#include <QSystemTrayIcon>

void MainWindow::setupRefresh()
{
    m_refresher = new CatalogRefresher(m_loader->store(), this);
    m_tree->setPinnedFolders(PinnedDevices::load());

    ui->actionRefreshCatalog->setShortcut(QKeySequence::Refresh);
    ui->actionRefreshCatalog->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    ui->actionWhatsNew->setIcon(QIcon::fromTheme(QStringLiteral("emblem-new")));
    connect(ui->actionRefreshCatalog, &QAction::triggered, this, &MainWindow::refreshCatalog);
    connect(ui->actionWhatsNew, &QAction::triggered, this, [this] { showWhatsNew(); });

    connect(m_refresher, &CatalogRefresher::refreshStarted, this, [this] {
        ui->actionRefreshCatalog->setEnabled(false);
        statusBar()->showMessage(tr("Refreshing the catalog…"));
    });
    connect(m_refresher, &CatalogRefresher::refreshed, this, [this](const CatalogUpdater::Result &result) {
        ui->actionRefreshCatalog->setEnabled(true);
        if (result.catalogChanged()) {
            WhatsNew{QDateTime::currentDateTimeUtc(), result.addedFiles}.save();
            setCatalog(result.catalog);
            notifyNewForPinned(result.addedFiles);
        }
        const bool failed = result.outcome == CatalogUpdater::Outcome::NetworkError
                            || result.outcome == CatalogUpdater::Outcome::BadData;
        // A failure stays in the status bar until something else is said: the user should see it.
        const QString text = CatalogRefresher::statusText(result, catalog().get());
        statusBar()->showMessage(text, failed ? 0 : StatusMessageMs);
        m_statusDetails = {text, CatalogRefresher::statusDetails(result)};
        statusBar()->setToolTip(m_statusDetails.second);
    });
    // The tooltip belongs to the message it explains.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message != m_statusDetails.first)
            statusBar()->setToolTip(QString());
    });
    connect(m_refresher, &CatalogRefresher::pageCompleted, this, [this](const PageCompleter::Result &result) {
        const int shown = currentPage();
        const bool stillShown = shown >= 0 && catalog() && catalog()->pages()[shown].folder == result.folder
                                && catalog()->pages()[shown].version == result.version;
        if (result.ok()) {
            setCatalog(result.catalog); // keeps the selection: the page is shown again, complete
            return;
        }
        if (stillShown)
            ui->detailsPane->setPageNotice(
                tr("This version came from the catalog refresh: its changelog and other mirrors are not known yet, "
                   "and its page could not be fetched (%1). Downloads use the one known link.")
                    .arg(result.error));
    });
    connect(this, &MainWindow::catalogChanged, this, [this] {
        if (!m_firstLoadDone && catalog()) {
            m_firstLoadDone = true;
            if (m_automaticRefresh)
                m_refresher->refreshIfDue(catalog());
        }
    });
}

void MainWindow::refreshCatalog()
{
    if (!catalog()) {
        statusBar()->showMessage(tr("The catalog is still loading."), BriefStatusMessageMs);
        return;
    }
    m_refresher->setStore(m_loader->store());
    m_refresher->refresh(catalog());
}

void MainWindow::completePageIfNeeded(int page)
{
    const CatalogPtr current = catalog();
    if (!current || !PageCompleter::needsCompletion(*current, page))
        return;
    const CatalogPage &p = current->pages()[page];
    ui->detailsPane->setPageNotice(
        tr("This version came from the catalog refresh; fetching its page for the changelog and the other mirrors…"));
    m_refresher->setStore(m_loader->store());
    m_refresher->completePage(p.folder, p.version);
}

void MainWindow::applyNewMarks()
{
    const CatalogPtr current = catalog();
    const WhatsNew whatsNew = WhatsNew::load();
    QSet<QString> pages;
    if (current) {
        for (const QString &name : whatsNew.files) {
            for (int f : current->filesNamed(name)) {
                for (int p : current->pagesOfFile(f))
                    pages.insert(CatalogTreeModel::pageKey(current->pages()[p].folder, current->pages()[p].version));
            }
        }
    }
    m_tree->setPageMarks(CatalogTreeModel::NewMark, pages);
    ui->actionWhatsNew->setEnabled(whatsNew.refreshed.isValid());
}

void MainWindow::notifyNewForPinned(const QStringList &addedFiles)
{
    const CatalogPtr current = catalog();
    if (!current || !m_notifier || !m_notifier->trayIcon())
        return;
    QStringList names;
    for (const QString &name : addedFiles) {
        for (int f : current->filesNamed(name)) {
            const RomFile &file = current->files()[f];
            const QList<int> pages = current->pagesOfFile(f);
            if (!pages.isEmpty() && m_tree->isPinned(current->pages()[pages.first()].folder))
                names << tr("%1 %2 (%3)").arg(file.device, file.version, file.type);
        }
    }
    if (names.isEmpty())
        return;
    names.removeDuplicates();
    const int shown = 4;
    QString text = QStringList(names.mid(0, shown)).join(QLatin1Char('\n'));
    if (names.size() > shown)
        text += QLatin1Char('\n') + tr("and %n more", nullptr, int(names.size() - shown));
    m_notifier->trayIcon()->showMessage(tr("New ROMs for your devices"), text, QSystemTrayIcon::Information);
}

WhatsNewDialog *MainWindow::showWhatsNew()
{
    auto *dialog = findChild<WhatsNewDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new WhatsNewDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &WhatsNewDialog::pageRequested, this, [this](const QString &folder, const QString &version) {
            selectVersion(folder, version);
        });
    }
    if (const CatalogPtr current = catalog())
        dialog->setContents(*current, WhatsNew::load(), m_tree->pinnedFolders());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void MainWindow::setDevicePinned(const QString &folder, bool pinned)
{
    QStringList folders = m_tree->pinnedFolders();
    if (pinned == folders.contains(folder))
        return;
    if (pinned)
        folders.append(folder);
    else
        folders.removeAll(folder);
    PinnedDevices::save(folders);
    m_tree->setPinnedFolders(folders);
    statusBar()->showMessage(pinned ? tr("Pinned %1 to My devices.").arg(folder) : tr("Unpinned %1.").arg(folder), BriefStatusMessageMs);
}

QStringList MainWindow::pinnedDevices() const
{
    return m_tree->pinnedFolders();
}
