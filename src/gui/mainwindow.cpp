// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "catalogloader.h"
#include "catalogrefresher.h"
#include "catalogsummary.h"
#include "detailspane.h"
#include "downloadnotifier.h"
#include "downloadsession.h"
#include "downloadspanel.h"
#include "fieldlabel.h"
#include "languagesetting.h"
#include "phonecontroller.h"
#include "preferencesdialog.h"
#include "rowmarksdelegate.h"
#include "searchfield.h"
#include "sessionsettings.h"
#include "statusmessage.h"
#include "toolbartexts.h"
#include "treeviewstate.h"
#include "verifyfiledialog.h"
#include "catalog/catalogfiltermodel.h"
#include "catalog/catalogtreemodel.h"
#include "download/downloadmanager.h"
#include "download/mirrors.h"
#include "util/safefilename.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QScreen>
#include <QShowEvent>
#include <QStyle>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <functional>

namespace {

// Up to this many matching devices are expanded, so a search shows its versions at once.
constexpr int ExpandMatchingDevicesLimit = 12;
const QString ImportDirKey = QStringLiteral("Import/lastDirectory");
const QString VerifyDirKey = QStringLiteral("Verify/lastDirectory");

const QStringList &pageSuffixes()
{
    static const QStringList suffixes{QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("md")};
    return suffixes;
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool osMatches(const QString &osSlugWanted, RomOs os)
{
    return osSlugWanted.isEmpty() || osSlugWanted == osSlug(os);
}

// The page of a folder and version, forgiving letter case (the command line, old links).
int findPage(const Catalog &catalog, const QString &os, const QString &folder, const QString &version)
{
    if (os.isEmpty()) {
        const int exact = catalog.findPage(folder, version);
        if (exact >= 0)
            return exact;
    }
    int loose = -1;
    for (const CatalogDevice &device : catalog.devices()) {
        if (!sameText(device.folder, folder) || !osMatches(os, device.os))
            continue;
        for (int p : device.pages) {
            const QString &v = catalog.pages().at(p).version;
            if (v == version)
                return p;
            if (loose < 0 && sameText(v, version))
                loose = p;
        }
    }
    return loose;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(nullptr, parent)
{
}

MainWindow::MainWindow(DownloadManager *downloads, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_tree(new CatalogTreeModel(this))
    , m_filter(new CatalogFilterModel(this))
    , m_loader(new CatalogLoader(this))
    , m_searchTimer(new QTimer(this))
    , m_catalogLabel(new QLabel(this))
{
    ui->setupUi(this);
    setAcceptDrops(true);
    statusBar()->addPermanentWidget(m_catalogLabel);
    ui->splitter->setStretchFactor(0, 2);
    ui->splitter->setStretchFactor(1, 3);

    setupActions();
    setupTree();
    setupFilters();

    connect(m_loader, &CatalogLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &CatalogLoader::imported, this, &MainWindow::onImported);
    // The one place a download request is handled; the download engine takes over from here.
    connect(ui->detailsPane, &DetailsPane::downloadRequested, this, &MainWindow::openDownload);
    connect(ui->detailsPane, &DetailsPane::openInBrowserRequested, this, &MainWindow::openInBrowser);
    connect(ui->detailsPane, &DetailsPane::copied, this, [this](const QString &what, const QString &) {
        statusBar()->showMessage(tr("Copied the %1.").arg(what), StatusMessageMs);
    });
    ui->detailsPane->showMessage(tr("No catalog loaded."));

    if (!downloads) {
        m_ownedDownloads = std::make_unique<DownloadManager>(DownloadManager::defaultQueueFile());
        downloads = m_ownedDownloads.get();
    }
    m_downloads = downloads;
    setupDownloads();
    setupPhone();
    setupRefresh();
    dropMnemonicSuffixes(ui->mainToolBar);
}

MainWindow::~MainWindow()
{
    // The panel and the notifier watch the manager: they go first.
    delete m_downloadsDock;
    delete m_notifier;
}

DetailsPane *MainWindow::detailsPane() const { return ui->detailsPane; }
SearchField *MainWindow::searchField() const { return ui->searchField; }
QTreeView *MainWindow::catalogView() const { return ui->catalogView; }
QComboBox *MainWindow::branchCombo() const { return ui->branchCombo; }
QComboBox *MainWindow::typeCombo() const { return ui->typeCombo; }
QComboBox *MainWindow::regionCombo() const { return ui->regionCombo; }
QString MainWindow::catalogStatusText() const { return m_catalogLabel->text(); }
CatalogPtr MainWindow::catalog() const { return m_tree->catalog(); }
bool MainWindow::isBusy() const { return m_loader->isBusy(); }

void MainWindow::setupActions()
{
    // setShortcuts(StandardKey): every binding of the platform (Copy is also Ctrl+Insert on X11).
    ui->actionImportPage->setShortcuts(QKeySequence::Open);
    ui->actionImportPage->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    ui->actionQuit->setShortcuts(QKeySequence::Quit);
    ui->actionQuit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    ui->actionCopy->setShortcuts(QKeySequence::Copy);
    ui->actionCopy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    ui->actionFind->setShortcuts(QKeySequence::Find);
    ui->actionFind->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    ui->actionAbout->setIcon(QIcon::fromTheme(QStringLiteral("help-about")));
    ui->actionPreferences->setShortcuts(QKeySequence::Preferences);
    ui->actionPreferences->setIcon(QIcon::fromTheme(QStringLiteral("preferences-system")));
    ui->actionVerifyFile->setIcon(QIcon::fromTheme(QStringLiteral("document-properties")));

    connect(ui->actionImportPage, &QAction::triggered, this, &MainWindow::chooseImportFile);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionCopy, &QAction::triggered, this, &MainWindow::copyFocused);
    connect(ui->actionFind, &QAction::triggered, this, [this] {
        ui->searchField->setFocus(Qt::ShortcutFocusReason);
        ui->searchField->selectAll();
    });
    connect(ui->actionExpandAll, &QAction::triggered, this, &MainWindow::expandAll);
    connect(ui->actionCollapseAll, &QAction::triggered, ui->catalogView, &QTreeView::collapseAll);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(ui->actionPreferences, &QAction::triggered, this, [this] { showPreferences(); });
    connect(ui->actionVerifyFile, &QAction::triggered, this, &MainWindow::chooseVerifyFile);
}

void MainWindow::setupTree()
{
    m_filter->setSourceModel(m_tree);
    QTreeView *view = ui->catalogView;
    view->setModel(m_filter);
    view->setItemDelegateForColumn(CatalogTreeModel::NameColumn, new RowMarksDelegate(view));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(header->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 4);
    // Room for the name column next to the content-sized ones.
    ui->browserPanel->setMinimumWidth(header->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    applyHeaderModes();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
}

void MainWindow::applyHeaderModes()
{
    QHeaderView *header = ui->catalogView->header();
    for (int c = 0; c < CatalogTreeModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, c == CatalogTreeModel::NameColumn ? QHeaderView::Stretch
                                                                          : QHeaderView::ResizeToContents);
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = ui->catalogView->header();
    QMenu menu(this);
    for (int c = 0; c < CatalogTreeModel::ColumnCount; ++c) {
        if (c == CatalogTreeModel::NameColumn)
            continue;
        QAction *action = menu.addAction(m_tree->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        connect(action, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void MainWindow::showTreeMenu(const QPoint &pos)
{
    QTreeView *view = ui->catalogView;
    const QModelIndex index = view->indexAt(pos);
    const QModelIndex source = m_filter->mapToSource(index);
    QMenu menu(this);
    if (source.isValid() && m_tree->kind(source) == CatalogTreeModel::VersionRow) {
        const QUrl url = source.data(CatalogTreeModel::WebsiteUrlRole).toUrl();
        menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy &Link"), this, [this, url] {
            QGuiApplication::clipboard()->setText(url.toString());
            statusBar()->showMessage(tr("Copied the link to %1.").arg(url.toDisplayString()), StatusMessageMs);
        });
        menu.addAction(QIcon::fromTheme(QStringLiteral("internet-web-browser")), tr("Open on &Website"), this,
                       [url] { QDesktopServices::openUrl(url); });
    } else if (source.isValid()) {
        const bool expanded = view->isExpanded(index);
        menu.addAction(expanded ? tr("&Collapse") : tr("&Expand"), this,
                       [view, index, expanded] { view->setExpanded(index, !expanded); });
    }
    if (source.isValid() && m_tree->kind(source) != CatalogTreeModel::OsRow
        && m_tree->kind(source) != CatalogTreeModel::PinnedGroupRow) {
        const QString folder = source.data(CatalogTreeModel::FolderRole).toString();
        const bool pinned = m_tree->isPinned(folder);
        menu.addAction(QIcon::fromTheme(pinned ? QStringLiteral("starred") : QStringLiteral("non-starred")),
                       pinned ? tr("&Unpin from My Devices") : tr("&Pin to My Devices"), this,
                       [this, folder, pinned] { setDevicePinned(folder, !pinned); });
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addAction(ui->actionExpandAll);
    menu.addAction(ui->actionCollapseAll);
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void MainWindow::setupFilters()
{
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(ui->searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(ui->searchField, &QLineEdit::returnPressed, this, &MainWindow::applySearch);
    connect(ui->searchField, &SearchField::escapedEmpty, this, [this] { ui->catalogView->setFocus(Qt::OtherFocusReason); });
    connect(ui->searchField, &SearchField::downPressed, this, [this] {
        QTreeView *view = ui->catalogView;
        if (!view->currentIndex().isValid() && m_filter->rowCount() > 0)
            view->setCurrentIndex(m_filter->index(0, 0));
        view->setFocus(Qt::OtherFocusReason);
    });

    // (A captured pointer to member function here tripped AddressSanitizer with GCC 12.)
    const auto connectCombo = [this](QComboBox *combo, std::function<void(const QString &)> apply) {
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, combo, apply] {
            apply(combo->currentData().toString());
            afterFilterChanged();
        });
    };
    connectCombo(ui->branchCombo, [this](const QString &value) { m_filter->setBranch(value); });
    connectCombo(ui->typeCombo, [this](const QString &value) { m_filter->setType(value); });
    connectCombo(ui->regionCombo, [this](const QString &value) { m_filter->setRegion(value); });
    populateFilterCombos();
}

void MainWindow::populateFilterCombos()
{
    const auto fill = [](QComboBox *combo, const QString &any, QStringList values) {
        const QString previous = combo->currentData().toString();
        QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(any, QString());
        values.sort(Qt::CaseInsensitive);
        for (const QString &value : values) {
            if (!value.isEmpty())
                combo->addItem(value, value);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(previous)));
        combo->setEnabled(combo->count() > 1);
    };
    fill(ui->branchCombo, tr("Any branch"), m_tree->branchNames());
    fill(ui->typeCombo, tr("Any type"), m_tree->typeNames());
    fill(ui->regionCombo, tr("Any region"), m_tree->regionNames());
    m_filter->setBranch(ui->branchCombo->currentData().toString());
    m_filter->setType(ui->typeCombo->currentData().toString());
    m_filter->setRegion(ui->regionCombo->currentData().toString());
}

void MainWindow::applySearch()
{
    m_searchTimer->stop();
    if (m_filter->searchText() == ui->searchField->text())
        return;
    m_filter->setSearchText(ui->searchField->text());
    afterFilterChanged();
}

void MainWindow::afterFilterChanged()
{
    QTreeView *view = ui->catalogView;
    int devices = 0;
    for (int os = 0; os < m_filter->rowCount(); ++os) {
        const QModelIndex osIndex = m_filter->index(os, 0);
        view->expand(osIndex);
        devices += m_filter->rowCount(osIndex);
    }
    if (m_filter->isFiltering() && devices <= ExpandMatchingDevicesLimit) {
        for (int os = 0; os < m_filter->rowCount(); ++os) {
            const QModelIndex osIndex = m_filter->index(os, 0);
            for (int d = 0; d < m_filter->rowCount(osIndex); ++d)
                view->expand(m_filter->index(d, 0, osIndex));
        }
    }
    if (view->currentIndex().isValid())
        view->scrollTo(view->currentIndex());
    if (!m_tree->catalog())
        return;
    if (!m_filter->isFiltering())
        statusBar()->clearMessage();
    else if (devices == 0)
        statusBar()->showMessage(tr("Nothing matches the search and filters."));
    else
        statusBar()->showMessage(tr("Matches in %1.").arg(CatalogSummary::devices(devices)));
}

void MainWindow::clearFilters()
{
    for (QComboBox *combo : {ui->branchCombo, ui->typeCombo, ui->regionCombo}) {
        QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        QSignalBlocker blocker(ui->searchField);
        ui->searchField->clear();
    }
    m_searchTimer->stop();
    m_filter->setBranch({});
    m_filter->setType({});
    m_filter->setRegion({});
    m_filter->setSearchText({});
    afterFilterChanged();
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_filter->mapToSource(current);
    if (!source.isValid()) {
        ui->detailsPane->showPlaceholder();
        return;
    }
    switch (m_tree->kind(source)) {
    case CatalogTreeModel::VersionRow:
        ui->detailsPane->showPage(source.data(CatalogTreeModel::PageRole).toInt());
        completePageIfNeeded(source.data(CatalogTreeModel::PageRole).toInt());
        break;
    case CatalogTreeModel::DeviceRow:
        ui->detailsPane->showDevice(source.data(CatalogTreeModel::DeviceRole).toInt());
        break;
    case CatalogTreeModel::OsRow: {
        const int device = m_tree->index(0, 0, source).data(CatalogTreeModel::DeviceRole).toInt();
        ui->detailsPane->showOs(m_tree->catalog()->devices().at(device).os);
        break;
    }
    case CatalogTreeModel::PinnedGroupRow:
        ui->detailsPane->showPlaceholder();
        break;
    }
}

int MainWindow::currentPage() const
{
    const QModelIndex source = m_filter->mapToSource(ui->catalogView->currentIndex());
    if (!source.isValid() || m_tree->kind(source) != CatalogTreeModel::VersionRow)
        return -1;
    return source.data(CatalogTreeModel::PageRole).toInt();
}

void MainWindow::setStore(const CatalogStore &store)
{
    m_loader->setStore(store);
}

void MainWindow::loadCatalog(const CatalogStore &store)
{
    if (m_loader->isBusy())
        return;
    m_loader->setStore(store);
    m_catalogLabel->setText(tr("Loading catalog…"));
    if (!m_tree->catalog())
        ui->detailsPane->showMessage(tr("Loading catalog…"));
    m_loader->load();
}

void MainWindow::onLoaded(const CatalogStore::Loaded &result)
{
    if (!result.catalog) {
        m_catalogLabel->setText(tr("No catalog"));
        ui->detailsPane->showMessage(tr("The catalog could not be loaded."));
        showError(tr("Catalog Not Loaded"), result.error);
    } else {
        setCatalog(result.catalog);
        if (!result.warning.isEmpty())
            showError(tr("Imported Pages Not Loaded"), result.warning);
    }
    startNextImport();
}

void MainWindow::setCatalog(CatalogPtr catalog)
{
    // Keep the selection across a reload (an import) unless something else was asked for.
    if (m_pendingRequest.isEmpty() && !m_restoreLast) {
        const int page = currentPage();
        if (page >= 0 && m_tree->catalog()) {
            const CatalogPage &p = m_tree->catalog()->pages().at(page);
            m_lastFolder = p.folder;
            m_lastVersion = p.version;
            m_restoreLast = true;
        }
    }
    // A swap resets the model: keep what the user had open (expanded devices, scroll position).
    const TreeViewState viewState = TreeViewState::capture(*ui->catalogView, *m_filter);
    m_tree->setCatalog(std::move(catalog));
    ui->detailsPane->setCatalog(m_tree->catalog());
    populateFilterCombos();
    m_catalogLabel->setText(m_tree->catalog() ? CatalogSummary::statusText(*m_tree->catalog()) : tr("No catalog"));
    afterFilterChanged();
    applyPendingSelection();
    viewState.restore(*ui->catalogView, *m_filter);
    m_phone->catalogChanged();
    applyNewMarks();
    Q_EMIT catalogChanged();
}

void MainWindow::openFromAnotherLaunch(const QStringList &arguments)
{
    openRequest(VersionRequest::fromArguments(arguments));
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::openRequest(const VersionRequest &request)
{
    if (!request.isValid()) {
        if (!request.error.isEmpty())
            statusBar()->showMessage(request.error);
        return;
    }
    m_pendingRequest = request;
    if (m_tree->catalog())
        applyPendingSelection();
}

void MainWindow::applyPendingSelection()
{
    const CatalogPtr catalog = m_tree->catalog();
    if (!catalog)
        return;
    if (m_pendingRequest.isValid()) {
        const VersionRequest request = m_pendingRequest;
        m_pendingRequest = {};
        m_restoreLast = false;
        bool found = false;
        if (request.version.isEmpty()) {
            found = selectDevice(request.os, request.folder);
        } else {
            const int page = findPage(*catalog, request.os, request.folder, request.version);
            if (page >= 0) {
                const CatalogPage &p = catalog->pages().at(page);
                found = selectVersion(p.folder, p.version);
            }
        }
        if (!found)
            statusBar()->showMessage(tr("“%1” is not in the catalog.").arg(request.displayText()));
        return;
    }
    if (m_restoreLast) {
        m_restoreLast = false;
        if (!m_lastFolder.isEmpty())
            selectVersion(m_lastFolder, m_lastVersion);
    }
}

bool MainWindow::selectVersion(const QString &folder, const QString &version)
{
    const CatalogPtr catalog = m_tree->catalog();
    if (!catalog)
        return false;
    const int page = findPage(*catalog, {}, folder, version);
    if (page < 0)
        return false;
    selectSourceIndex(m_tree->indexOfPage(page));
    return true;
}

bool MainWindow::selectDevice(const QString &os, const QString &folder)
{
    const CatalogPtr catalog = m_tree->catalog();
    for (int d = 0; d < catalog->devices().size(); ++d) {
        const CatalogDevice &device = catalog->devices().at(d);
        if (sameText(device.folder, folder) && osMatches(os, device.os)) {
            selectSourceIndex(m_tree->indexOfDevice(d));
            ui->catalogView->expand(ui->catalogView->currentIndex());
            return true;
        }
    }
    return false;
}

void MainWindow::selectSourceIndex(const QModelIndex &source)
{
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) { // hidden by the search or a filter
        clearFilters();
        index = m_filter->mapFromSource(source);
    }
    QTreeView *view = ui->catalogView;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        view->expand(parent);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void MainWindow::restoreSession()
{
    const SessionSettings session = SessionSettings::load();
    if (session.geometry.isEmpty() || !restoreGeometry(session.geometry)) {
        if (const QScreen *screen = this->screen()) {
            const QRect available = screen->availableGeometry();
            const QSize size = QSize(1400, 900).boundedTo(available.size() * 0.9);
            setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
        }
    }
    if (!session.windowState.isEmpty())
        restoreState(session.windowState);
    // The splitter's sizes only stick once it has its final width, after the window is shown.
    m_pendingSplitterState = session.splitterState;
    m_splitterRestored = false;
    if (isVisible())
        applySplitterState();
    if (!session.treeHeaderState.isEmpty() && ui->catalogView->header()->restoreState(session.treeHeaderState))
        applyHeaderModes();
    m_lastFolder = session.lastFolder;
    m_lastVersion = session.lastVersion;
    m_restoreLast = !m_lastFolder.isEmpty();
    if (m_tree->catalog())
        applyPendingSelection();
}

void MainWindow::saveSession() const
{
    SessionSettings session;
    session.geometry = saveGeometry();
    session.windowState = saveState();
    session.splitterState = ui->splitter->saveState();
    session.treeHeaderState = ui->catalogView->header()->saveState();
    const int page = currentPage();
    if (page >= 0) {
        const CatalogPage &p = m_tree->catalog()->pages().at(page);
        session.lastFolder = p.folder;
        session.lastVersion = p.version;
    } else if (!m_tree->catalog()) { // never loaded: keep what the last run chose
        session.lastFolder = m_lastFolder;
        session.lastVersion = m_lastVersion;
    }
    session.save();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous())
        applySplitterState();
}

void MainWindow::applySplitterState()
{
    if (m_splitterRestored)
        return;
    m_splitterRestored = true;
    if (m_pendingSplitterState.isEmpty() || !ui->splitter->restoreState(m_pendingSplitterState)) {
        // The tree gets 45 %, or up to half on small screens so version names are not elided.
        const int total = ui->splitter->width();
        const int left = qMin(qMax(total * 9 / 20, 520), total / 2);
        ui->splitter->setSizes({left, total - left});
    }
    m_pendingSplitterState.clear();
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
                    tr("%n download(s) are running. Quit and pause them? They resume next time.", nullptr, running),
                    QMessageBox::NoButton, this);
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(quit);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(quit);
}

QStringList MainWindow::importablePaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && pageSuffixes().contains(QFileInfo(url.toLocalFile()).suffix().toLower()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

// Any other local file is checked against the catalog (a dropped ROM).
QStringList MainWindow::verifiablePaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (!pageSuffixes().contains(info.suffix().toLower()) && !info.isDir())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!importablePaths(event->mimeData()).isEmpty() || !verifiablePaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList pages = importablePaths(event->mimeData());
    const QStringList others = verifiablePaths(event->mimeData());
    if (pages.isEmpty() && others.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QString &path : pages)
        importPage(path);
    for (const QString &path : others)
        verifyFile(path);
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
    m_importQueue.append(path);
    startNextImport();
}

void MainWindow::startNextImport()
{
    if (m_loader->isBusy() || m_importQueue.isEmpty())
        return;
    const QString path = m_importQueue.takeFirst();
    statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_loader->importPage(path);
}

void MainWindow::onImported(const CatalogStore::ImportResult &result, const CatalogStore::Loaded &reloaded)
{
    if (!result.ok()) {
        statusBar()->showMessage(tr("Import failed: %1").arg(result.error));
        showError(tr("Import Failed"), tr("The page was not imported; the catalog is unchanged.\n\n%1").arg(result.error));
        Q_EMIT importFinished(false, result.error);
    } else if (!reloaded.catalog) {
        statusBar()->showMessage(tr("Import failed: %1").arg(reloaded.error));
        showError(tr("Catalog Not Reloaded"),
                  tr("The page was imported, but the catalog could not be reloaded.\n\n%1").arg(reloaded.error));
        Q_EMIT importFinished(false, reloaded.error);
    } else {
        m_pendingRequest = {};
        m_pendingRequest.os = osSlug(result.page.os);
        m_pendingRequest.folder = result.page.folder;
        m_pendingRequest.version = result.page.version;
        setCatalog(reloaded.catalog);
        const QString title = tr("%1 · %2 %3").arg(result.page.name, osDisplayName(result.page.os), result.page.version);
        const QString message = tr("Imported %1 (%2).").arg(title, CatalogSummary::files(result.page.cards.size()));
        statusBar()->showMessage(message, StatusMessageMs);
        if (!reloaded.warning.isEmpty())
            showError(tr("Imported Pages Not Loaded"), reloaded.warning);
        Q_EMIT importFinished(true, message);
    }
    startNextImport();
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
    if (auto *field = qobject_cast<FieldLabel *>(focus)) {
        field->copy();
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(focus)) {
        edit->copy();
        return;
    }
    const QModelIndex source = m_filter->mapToSource(ui->catalogView->currentIndex());
    if (!source.isValid())
        return;
    if (m_tree->kind(source) == CatalogTreeModel::VersionRow) {
        const QUrl url = source.data(CatalogTreeModel::WebsiteUrlRole).toUrl();
        QGuiApplication::clipboard()->setText(url.toString());
        statusBar()->showMessage(tr("Copied the link to %1.").arg(url.toDisplayString()), StatusMessageMs);
    } else {
        const QString name = source.siblingAtColumn(CatalogTreeModel::NameColumn).data().toString();
        QGuiApplication::clipboard()->setText(name);
        statusBar()->showMessage(tr("Copied “%1”.").arg(name), StatusMessageMs);
    }
}

void MainWindow::expandAll()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    ui->catalogView->expandAll();
    if (ui->catalogView->currentIndex().isValid())
        ui->catalogView->scrollTo(ui->catalogView->currentIndex());
    QGuiApplication::restoreOverrideCursor();
}

void MainWindow::openDownload(int fileIndex, const QUrl &url)
{
    const CatalogPtr catalog = m_tree->catalog();
    const QStringList warnings = catalog && fileIndex >= 0 && fileIndex < catalog->files().size()
        ? m_phone->warningsFor(catalog->files().at(fileIndex))
        : QStringList();
    if (warnings.isEmpty()) {
        queueDownload(fileIndex, url);
        return;
    }
    // What speaks against this ROM for the connected phone; window-modal and non-blocking.
    const RomFile &file = catalog->files().at(fileIndex);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Check Before Downloading"),
                                tr("%1 may not suit the connected phone, %2.")
                                    .arg(file.fileName, m_phone->match()->phone.displayName()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("phoneWarningBox"));
    box->setInformativeText(warnings.join(QLatin1String("\n\n")));
    QPushButton *download = box->addButton(tr("&Download Anyway"), QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, download, fileIndex, url] {
        if (box->clickedButton() == static_cast<QAbstractButton *>(download))
            queueDownload(fileIndex, url);
    });
    box->open();
}

void MainWindow::openInBrowser(const QUrl &url)
{
    if (!QDesktopServices::openUrl(url))
        statusBar()->showMessage(tr("Could not open %1 in a browser.").arg(url.toDisplayString()), StatusMessageMs);
    else
        statusBar()->showMessage(tr("Opened %1 in your browser.").arg(url.host()), StatusMessageMs);
}

AboutDialog *MainWindow::showAbout()
{
    auto *dialog = findChild<AboutDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new AboutDialog(m_tree->catalog(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void MainWindow::setupDownloads()
{
    m_preferences = DownloadPreferences::load();
    m_preferences.applyTo(*m_downloads);

    m_downloadsPanel = new DownloadsPanel(m_downloads);
    m_downloadsDock = new QDockWidget(tr("Downloads"), this);
    m_downloadsDock->setObjectName(QStringLiteral("downloadsDock")); // for saveState()
    m_downloadsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    m_downloadsDock->setWidget(m_downloadsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_downloadsDock);
    m_downloadsDock->hide(); // appears with the first download

    QAction *toggle = m_downloadsDock->toggleViewAction();
    toggle->setText(tr("&Downloads"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    toggle->setIcon(QIcon::fromTheme(QStringLiteral("download"), style()->standardIcon(QStyle::SP_ArrowDown)));
    ui->menuView->addSeparator();
    ui->menuView->addAction(toggle);

    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = style()->standardIcon(QStyle::SP_ArrowDown);
    m_notifier = new DownloadNotifier(m_downloads, icon, this);
    connect(m_notifier, &DownloadNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        m_downloadsDock->show();
    });
    connect(m_downloads, &DownloadManager::downloadStateChanged, this, [this](Download *download, DownloadState state) {
        onDownloadStateChanged(state, download->request().fileName, download->status().message);
    });
}

void MainWindow::setupPhone()
{
    m_phone = new PhoneController(m_tree, this);
    ui->actionDetectPhone->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    ui->actionDetectPhone->setIcon(QIcon::fromTheme(QStringLiteral("smartphone"),
                                                    style()->standardIcon(QStyle::SP_DriveHDIcon)));
    m_phone->setDetectAction(ui->actionDetectPhone);
    // Below the tree, like Downloads (sharing its place as a tab): the tree keeps its width.
    QDockWidget *dock = m_phone->dock();
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    tabifyDockWidget(m_downloadsDock, dock);
    dock->hide(); // appears with the first detection
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("&Phone"));
    ui->menuView->addAction(toggle);

    ui->detailsPane->setWarningProvider([this](const RomFile &file) { return m_phone->warningsFor(file); });
    connect(m_phone, &PhoneController::phoneChanged, ui->detailsPane, &DetailsPane::refreshWarnings);
    connect(m_phone, &PhoneController::phoneLocated, this, [this](int device, int installedPage) {
        // The detection at start leaves a restored or requested selection alone.
        if (m_phone->isAutomatic() && ui->catalogView->currentIndex().isValid())
            return;
        if (installedPage >= 0) {
            selectSourceIndex(m_tree->indexOfPage(installedPage));
            return;
        }
        selectSourceIndex(m_tree->indexOfDevice(device));
        ui->catalogView->expand(ui->catalogView->currentIndex());
    });
    connect(m_phone, &PhoneController::versionRequested, this,
            [this](const QString &folder, const QString &version) { selectVersion(folder, version); });
    connect(m_phone, &PhoneController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    if (m_phone->settings().autoDetect)
        QTimer::singleShot(0, m_phone, &PhoneController::detectAtStart);
}

void MainWindow::restoreDownloads()
{
    QString error;
    if (!DownloadSession::restore(*m_downloads, &error)) {
        statusBar()->showMessage(tr("The download queue could not be read: %1").arg(error));
        return;
    }
    const int unfinished = int(std::count_if(m_downloads->downloads().cbegin(), m_downloads->downloads().cend(),
                                             [](const Download *d) { return !d->status().isFinal(); }));
    if (unfinished > 0) {
        m_downloadsDock->show();
        statusBar()->showMessage(tr("%n unfinished download(s) restored.", nullptr, unfinished), StatusMessageMs);
    }
}

bool MainWindow::queueDownload(int fileIndex, const QUrl &mirror)
{
    const CatalogPtr catalog = m_tree->catalog();
    if (!catalog || fileIndex < 0 || fileIndex >= catalog->files().size())
        return false;
    const RomFile &file = catalog->files().at(fileIndex);
    const DownloadRequest request = m_preferences.requestFor(file, mirror);
    QString error = SafeFileName::check(request.fileName);
    Download *download = nullptr;
    if (error.isEmpty())
        download = m_downloads->add(request, &error);
    else
        error = tr("The catalog's file name “%1” is not safe to save: %2").arg(request.fileName, error);
    if (!download) {
        statusBar()->showMessage(tr("Not queued: %1").arg(error), StatusMessageMs);
        showError(tr("Download Not Queued"), error);
        return false;
    }
    m_downloadsDock->show();
    m_downloadsPanel->selectRow(m_downloads->indexOf(download));
    statusBar()->showMessage(tr("Queued %1 from %2 into %3.")
                                 .arg(request.fileName, Mirrors::name(request.urls.value(0)),
                                      QDir::toNativeSeparators(request.directory)),
                             StatusMessageMs);
    return true;
}

void MainWindow::onDownloadStateChanged(DownloadState state, const QString &fileName, const QString &message)
{
    // Refusals found by the engine (an existing different file, …) arrive here as failures.
    if (state == DownloadState::Failed)
        statusBar()->showMessage(tr("Download of %1 failed: %2").arg(fileName, message));
    else if (state == DownloadState::Completed)
        statusBar()->showMessage(tr("Downloaded %1.").arg(fileName), StatusMessageMs);
}

void MainWindow::setDownloadPreferences(const DownloadPreferences &preferences)
{
    m_preferences = preferences;
    m_preferences.save();
    m_preferences.applyTo(*m_downloads);
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
    dialog->setPreferences(m_preferences);
    dialog->setPhoneSettings(m_phone->settings());
    dialog->setRefreshSettings(m_refresher->settings());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setDownloadPreferences(dialog->preferences());
        dialog->refreshSettings().save();
        m_refresher->setSettings(dialog->refreshSettings());
        m_phone->setSettings(dialog->phoneSettings());
        if (dialog->language() != LanguageSetting::load()) {
            LanguageSetting::save(dialog->language());
            statusBar()->showMessage(tr("The new language applies the next time Firmware Browser starts."));
        }
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void MainWindow::chooseVerifyFile()
{
    QSettings settings;
    const QString dir = settings.value(VerifyDirKey, m_preferences.directory).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Verify File"), dir,
                                                      tr("ROM files (*.zip *.tgz);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(VerifyDirKey, QFileInfo(path).absolutePath());
    verifyFile(path);
}

VerifyFileDialog *MainWindow::verifyFile(const QString &path)
{
    auto *dialog = new VerifyFileDialog(m_tree->catalog(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start(path);
    return dialog;
}
