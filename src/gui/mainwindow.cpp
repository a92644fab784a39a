// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "catalogbrowser.h"
#include "catalogloader.h"
#include "catalogrefresher.h"
#include "catalogsummary.h"
#include "catalogterms.h"
#include "counterpartlinks.h"
#include "detailspane.h"
#include "downloadnotifier.h"
#include "downloadsdock.h"
#include "downloadsession.h"
#include "droppedfiles.h"
#include "fieldlabel.h"
#include "languagesetting.h"
#include "launcharguments.h"
#include "phonecontroller.h"
#include "preferencesdialog.h"
#include "sessionsettings.h"
#include "splitterlayout.h"
#include "statusbar.h"
#include "statusmessage.h"
#include "toolbartexts.h"
#include "verifyfiledialog.h"
#include "whatsnewdialog.h"
#include "catalog/catalogtreemodel.h"
#include "download/downloadmanager.h"

#include <QApplication>
#include <QToolButton>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSystemTrayIcon>
#include <QTimer>

namespace {

const QString ImportDirKey = QStringLiteral("Import/lastDirectory");
const QString VerifyDirKey = QStringLiteral("Verify/lastDirectory");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(nullptr, parent)
{
}

MainWindow::MainWindow(DownloadManager *downloads, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_loader(new CatalogLoader(this))
{
    ui->setupUi(this);
    m_browser = ui->catalogBrowser;
    setAcceptDrops(true);
    ui->splitter->setStretchFactor(0, 2);
    ui->splitter->setStretchFactor(1, 3);
    m_splitterLayout = std::make_unique<SplitterLayout>(ui->splitter, [this] { m_browser->fitColumnsToView(); });

    setupActions();
    setupBrowser();

    connect(m_loader, &CatalogLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &CatalogLoader::imported, this, &MainWindow::onImported);
    connect(m_loader, &CatalogLoader::importStarted, this,
            [this](const QString &path) { showStatus(tr("Importing %1…").arg(QFileInfo(path).fileName()), 0); });
    // The one place a download request is handled; the download engine takes over from here.
    connect(ui->detailsPane, &DetailsPane::downloadRequested, this, &MainWindow::openDownload);
    connect(ui->detailsPane, &DetailsPane::openInBrowserRequested, this, &MainWindow::openInBrowser);
    connect(ui->detailsPane, &DetailsPane::copied, this, [this](const QString &what, const QString &) {
        showStatus(tr("Copied the %1.").arg(what), StatusMessageMs);
    });
    ui->detailsPane->showMessage(tr("No catalog loaded."));

    if (!downloads) {
        m_ownedDownloads = std::make_unique<DownloadManager>(DownloadManager::defaultQueueFile());
        downloads = m_ownedDownloads.get();
    }
    m_downloads = downloads;
    setupDownloads(downloads);
    setupPhone();
    setupRefresh();
    setupFlash();
    dropMnemonicSuffixes(ui->mainToolBar);
}

MainWindow::~MainWindow()
{
    // The dock (its panel and notifier) watches the manager, which an owned one outlives only here.
    delete m_downloadsDock;
}

CatalogPtr MainWindow::catalog() const { return m_browser->catalog(); }
bool MainWindow::isBusy() const { return m_loader->isBusy(); }
int MainWindow::currentPage() const { return m_browser->currentPage(); }

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    ui->statusBar->showMessage(text, timeoutMs);
}

void MainWindow::setupActions()
{
    // setShortcuts(StandardKey): every binding of the platform (Copy is also Ctrl+Insert on X11).
    // The icons come from the theme (mainwindow.ui).
    ui->actionImportPage->setShortcuts(QKeySequence::Open);
    ui->actionQuit->setShortcuts(QKeySequence::Quit);
    ui->actionCopy->setShortcuts(QKeySequence::Copy);
    ui->actionFind->setShortcuts(QKeySequence::Find);
    ui->actionPreferences->setShortcuts(QKeySequence::Preferences);

    connect(ui->actionImportPage, &QAction::triggered, this, &MainWindow::chooseImportFile);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionCopy, &QAction::triggered, this, &MainWindow::copyFocused);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(ui->actionPreferences, &QAction::triggered, this, [this] { showPreferences(); });
    connect(ui->actionVerifyFile, &QAction::triggered, this, &MainWindow::chooseVerifyFile);
}

void MainWindow::setupBrowser()
{
    connect(ui->actionFind, &QAction::triggered, m_browser, &CatalogBrowser::focusSearch);
    connect(ui->actionExpandAll, &QAction::triggered, m_browser, &CatalogBrowser::expandAll);
    connect(ui->actionCollapseAll, &QAction::triggered, m_browser, &CatalogBrowser::collapseAll);
    m_browser->setTreeMenuActions({ui->actionExpandAll, ui->actionCollapseAll});
    connect(m_browser, &CatalogBrowser::statusMessage, this, &MainWindow::showStatus);

    DetailsPane *pane = ui->detailsPane;
    connect(m_browser, &CatalogBrowser::versionSelected, this, [this, pane](int page) {
        pane->showPage(page);
        m_refresher->completeIfNeeded(page);
    });
    connect(m_browser, &CatalogBrowser::deviceSelected, pane, &DetailsPane::showDevice);
    connect(m_browser, &CatalogBrowser::osSelected, pane, &DetailsPane::showOs);
    connect(m_browser, &CatalogBrowser::nothingSelected, pane, &DetailsPane::showPlaceholder);
    connect(m_browser, &CatalogBrowser::selectionHiddenChanged, pane, &DetailsPane::setHiddenBySearch);
    connect(m_browser, &CatalogBrowser::versionActivated, pane, [pane](int page) {
        if (pane->currentPage() == page)
            pane->focusFirstCard();
    });
    connect(pane, &DetailsPane::pageRequested, this, [this, pane](int page) {
        // From the keyboard, the focus lands on the link back, so that the user can go to and fro.
        const bool fromKeyboard = pane->counterpartLinks() && pane->counterpartLinks()->isAncestorOf(QApplication::focusWidget());
        m_browser->selectSourceIndex(m_browser->treeModel()->indexOfPage(page));
        if (fromKeyboard && pane->counterpartLinks())
            pane->counterpartLinks()->buttons().constFirst()->setFocus(Qt::TabFocusReason);
    });
}

void MainWindow::setStore(const CatalogStore &store)
{
    m_loader->setStore(store);
    m_refresher->setStore(store);
}

void MainWindow::loadCatalog(const CatalogStore &store)
{
    if (m_loader->isBusy())
        return;
    setStore(store);
    ui->statusBar->setCatalogText(tr("Loading catalog…"));
    if (!catalog())
        ui->detailsPane->showMessage(tr("Loading catalog…"));
    m_loader->load();
}

void MainWindow::onLoaded(const CatalogStore::Loaded &result)
{
    if (!result.catalog) {
        ui->statusBar->setCatalogText(tr("No catalog"));
        ui->detailsPane->showMessage(tr("The catalog could not be loaded."));
        showError(tr("Catalog Not Loaded"), result.error);
    } else {
        setCatalog(result.catalog);
        if (!result.warning.isEmpty())
            showError(tr("Imported Pages Not Loaded"), result.warning);
    }
}

void MainWindow::setCatalog(CatalogPtr catalog)
{
    setCatalog(std::move(catalog), VersionRequest());
}

void MainWindow::setCatalog(CatalogPtr catalog, const VersionRequest &select)
{
    ui->detailsPane->setCatalog(catalog);
    m_browser->setCatalog(catalog, select);
    ui->statusBar->setCatalogText(catalog ? CatalogSummary::statusText(*catalog) : tr("No catalog"));
    if (catalog)
        m_splitterLayout->catalogSet();
    m_phone->catalogChanged();
    m_refresher->catalogChanged();
    Q_EMIT catalogChanged();
}

void MainWindow::openFromAnotherLaunch(const QStringList &arguments)
{
    // The launch made its files absolute: its working folder does not matter here.
    const LaunchArguments launch = LaunchArguments::parse(arguments, QDir::rootPath());
    openRequest(VersionRequest::fromArguments(launch.request));
    openFiles(launch.files);
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::openRequest(const VersionRequest &request)
{
    if (request.isValid())
        m_browser->openRequest(request);
    else if (!request.error.isEmpty())
        showStatus(request.error, 0);
}

bool MainWindow::selectVersion(const QString &folder, const QString &version, const QString &section)
{
    return m_browser->selectVersion(folder, version, section);
}

void MainWindow::restoreSession()
{
    const SessionSettings session = SessionSettings::load();
    session.restoreWindow(*this);
    // The splitter's sizes only stick once it has its final width, after the window is shown.
    m_splitterLayout->restoreLater(session.splitterState);
    if (isVisible())
        m_splitterLayout->shown(bool(catalog()));
    m_browser->restoreHeaderState(session.treeHeaderState);
    VersionRequest last;
    last.os = session.lastSection;
    last.folder = session.lastFolder;
    last.version = session.lastVersion;
    m_browser->setLastVersion(last);
}

void MainWindow::saveSession() const
{
    SessionSettings session;
    session.geometry = saveGeometry();
    session.windowState = saveState();
    session.splitterState = ui->splitter->saveState();
    session.treeHeaderState = m_browser->saveHeaderState();
    const VersionRequest last = m_browser->versionToRemember();
    session.lastSection = last.os;
    session.lastFolder = last.folder;
    session.lastVersion = last.version;
    session.save();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous())
        m_splitterLayout->shown(bool(catalog()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int running = DownloadSession::runningCount(*m_downloads);
    if (running > 0) {
        if (!askToQuit(running)) {
            event->ignore();
            return;
        }
        DownloadSession::pauseForQuit(*m_downloads);
    }
    saveSession();
    event->accept();
}

bool MainWindow::askToQuit(int running)
{
    if (m_quitQuestion)
        return m_quitQuestion(running);
    QMessageBox box(QMessageBox::Question, tr("Downloads Running"),
                    tr("%Ln download(s) are running. Quit and pause them? They resume next time.", nullptr, running),
                    QMessageBox::NoButton, this);
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(quit);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(quit);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!DroppedFiles::of(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const DroppedFiles dropped = DroppedFiles::of(event->mimeData());
    if (dropped.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(dropped.pages + dropped.others);
}

void MainWindow::openFiles(const QStringList &paths)
{
    const DroppedFiles files = DroppedFiles::of(paths);
    for (const QString &path : files.pages)
        importPage(path); // queued behind a running load
    if (files.others.isEmpty())
        return;
    const auto verifyOthers = [this, others = files.others] {
        for (const QString &path : others)
            verifyFile(path);
    };
    if (!catalog() && m_loader->isBusy()) // at start: the catalog is still being read
        connect(m_loader, &CatalogLoader::loaded, this, verifyOthers, Qt::SingleShotConnection);
    else
        verifyOthers();
}

void MainWindow::chooseImportFile()
{
    QSettings settings;
    const QString dir = settings.value(ImportDirKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Version Page"), dir,
                                                      tr("Saved version pages (*.html *.htm *.md);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(ImportDirKey, QFileInfo(path).absolutePath());
    importPage(path);
}

void MainWindow::importPage(const QString &path)
{
    m_loader->importPage(path);
}

void MainWindow::onImported(const CatalogStore::ImportResult &result, const CatalogStore::Loaded &reloaded)
{
    if (!result.ok()) {
        showStatus(tr("Import failed: %1").arg(result.error), 0);
        showError(tr("Import Failed"), tr("The page was not imported; the catalog is unchanged.\n\n%1").arg(result.error));
        Q_EMIT importFinished(false, result.error);
    } else if (!reloaded.catalog) {
        showStatus(tr("Import failed: %1").arg(reloaded.error), 0);
        showError(tr("Catalog Not Reloaded"),
                  tr("The page was imported, but the catalog could not be reloaded.\n\n%1").arg(reloaded.error));
        Q_EMIT importFinished(false, reloaded.error);
    } else {
        VersionRequest imported;
        imported.os = osSlug(result.page.os);
        imported.folder = result.page.folder;
        imported.version = result.page.version;
        setCatalog(reloaded.catalog, imported);
        const QString title = tr("%1 · %2 %3").arg(result.page.name, CatalogTerms::singularSection(result.page.os), result.page.version);
        const QString message = tr("Imported %1 (%2).").arg(title, CatalogSummary::files(result.page.cards.size()));
        showStatus(message, StatusMessageMs);
        if (!reloaded.warning.isEmpty())
            showError(tr("Imported Pages Not Loaded"), reloaded.warning);
        Q_EMIT importFinished(true, message);
    }
}

void MainWindow::showError(const QString &title, const QString &text)
{
    // Window-modal and non-blocking: a worker's result never waits for the user (nor do tests).
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::copyFocused()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *field = qobject_cast<FieldLabel *>(focus))
        field->copy();
    else if (auto *edit = qobject_cast<QLineEdit *>(focus))
        edit->copy();
    else
        m_browser->copyCurrent();
}

void MainWindow::openDownload(int fileIndex, const QUrl &url)
{
    const CatalogPtr current = catalog();
    if (current && fileIndex >= 0 && fileIndex < current->files().size())
        m_phone->confirmDownload(current->files().at(fileIndex), [this, fileIndex, url] { queueDownload(fileIndex, url); });
}

void MainWindow::openInBrowser(const QUrl &url)
{
    if (!QDesktopServices::openUrl(url))
        showStatus(tr("Could not open %1 in a browser.").arg(url.toDisplayString()), StatusMessageMs);
    else
        showStatus(tr("Opened %1 in your browser.").arg(url.host()), StatusMessageMs);
}

AboutDialog *MainWindow::showAbout()
{
    auto *dialog = findChild<AboutDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new AboutDialog(catalog(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void MainWindow::setupDownloads(DownloadManager *downloads)
{
    m_downloadsDock = new DownloadsDock(downloads, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_downloadsDock);
    m_downloadsDock->hide(); // appears with the first download
    connect(m_downloadsDock, &DownloadsDock::statusMessage, this, &MainWindow::showStatus);
    connect(m_downloadsDock, &DownloadsDock::refused, this, &MainWindow::showError);
    connect(m_downloadsDock, &DownloadsDock::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });

    ui->menuView->addSeparator();
    ui->menuView->addAction(m_downloadsDock->toggleViewAction());
}

void MainWindow::restoreDownloads()
{
    m_downloadsDock->restore();
}

bool MainWindow::queueDownload(int fileIndex, const QUrl &mirror)
{
    const CatalogPtr current = catalog();
    if (!current || fileIndex < 0 || fileIndex >= current->files().size())
        return false;
    return m_downloadsDock->queue(current->files().at(fileIndex), mirror);
}

const DownloadPreferences &MainWindow::downloadPreferences() const
{
    return m_downloadsDock->preferences();
}

void MainWindow::setDownloadPreferences(const DownloadPreferences &preferences)
{
    m_downloadsDock->setPreferences(preferences);
    applyRomFolders();
}

void MainWindow::setupPhone()
{
    m_phone = new PhoneController(m_browser->treeModel(), this);
    m_phone->setObjectName(QStringLiteral("phoneController"));
    m_phone->setDetectAction(ui->actionDetectPhone);
    // Below the tree, like Downloads (sharing its place as a tab): the tree keeps its width.
    QDockWidget *dock = m_phone->dock();
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    tabifyDockWidget(m_downloadsDock, dock);
    dock->hide(); // appears with the first detection
    ui->menuView->addAction(dock->toggleViewAction());

    ui->detailsPane->setWarningProvider([this](const RomFile &file) { return m_phone->warningsFor(file); });
    connect(m_phone, &PhoneController::phoneChanged, ui->detailsPane, &DetailsPane::refreshWarnings);
    connect(m_phone, &PhoneController::phoneLocated, this, [this](int device, int installedPage) {
        // The detection at start leaves a restored or requested selection alone.
        if (m_phone->isAutomatic() && m_browser->hasCurrent())
            return;
        if (installedPage >= 0)
            m_browser->selectSourceIndex(m_browser->treeModel()->indexOfPage(installedPage));
        else
            m_browser->selectDevice(device);
    });
    connect(m_phone, &PhoneController::versionRequested, this,
            [this](const QString &folder, const QString &version, const QString &section) {
                selectVersion(folder, version, section);
            });
    connect(m_phone, &PhoneController::statusMessage, this,
            [this](const QString &message) { showStatus(message, StatusMessageMs); });
    if (m_phone->settings().autoDetect)
        QTimer::singleShot(0, m_phone, &PhoneController::detectAtStart);
}

PreferencesDialog *MainWindow::showPreferences()
{
    if (auto *open = findChild<PreferencesDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPreferences(downloadPreferences());
    dialog->setPhoneSettings(m_phone->settings());
    dialog->setRefreshSettings(m_refresher->settings());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setDownloadPreferences(dialog->preferences());
        dialog->refreshSettings().save();
        m_refresher->setSettings(dialog->refreshSettings());
        m_phone->setSettings(dialog->phoneSettings());
        if (dialog->language() != LanguageSetting::load()) {
            LanguageSetting::save(dialog->language());
            showStatus(tr("The new language applies the next time Firmware Browser starts."), 0);
        }
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void MainWindow::chooseVerifyFile()
{
    QSettings settings;
    const QString dir = settings.value(VerifyDirKey, downloadPreferences().directory).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Verify File"), dir,
                                                      tr("ROM files (*.zip *.tgz);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(VerifyDirKey, QFileInfo(path).absolutePath());
    verifyFile(path);
}

VerifyFileDialog *MainWindow::verifyFile(const QString &path)
{
    auto *dialog = findChild<VerifyFileDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new VerifyFileDialog(catalog(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->setCatalog(catalog());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->start(path);
    return dialog;
}

void MainWindow::setupRefresh()
{
    m_refresher = new CatalogRefresher(m_loader->store(), m_browser->treeModel(), this);
    m_refresher->setObjectName(QStringLiteral("catalogRefresher"));
    ui->actionRefreshCatalog->setShortcut(QKeySequence::Refresh);
    m_refresher->setActions(ui->actionRefreshCatalog, ui->actionWhatsNew);

    connect(m_refresher, &CatalogRefresher::catalogRefreshed, this, [this](const CatalogPtr &catalog) { setCatalog(catalog); });
    connect(m_refresher, &CatalogRefresher::statusMessage, ui->statusBar, &StatusBar::showMessageWithDetails);
    connect(m_refresher, &CatalogRefresher::versionRequested, this, &MainWindow::selectVersion);
    connect(m_refresher, &CatalogRefresher::pageNotice, this,
            [this](const QString &folder, const QString &version, const QString &notice) {
                const int shown = ui->detailsPane->currentPage();
                if (shown >= 0 && catalog()->pages()[shown].folder == folder && catalog()->pages()[shown].version == version)
                    ui->detailsPane->setPageNotice(notice);
            });
    connect(m_refresher, &CatalogRefresher::newForPinned, this, [this](const QString &title, const QString &text) {
        if (QSystemTrayIcon *tray = m_downloadsDock->notifier()->trayIcon())
            tray->showMessage(title, text, QSystemTrayIcon::Information);
    });
}

void MainWindow::setAutomaticRefresh(bool on)
{
    m_refresher->setAutomatic(on);
}

void MainWindow::refreshCatalog()
{
    m_refresher->refresh();
}

WhatsNewDialog *MainWindow::showWhatsNew()
{
    return m_refresher->showWhatsNew();
}
