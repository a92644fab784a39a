// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogbrowser.h"

#include "catalogcolumns.h"
#include "catalogsummary.h"
#include "catalogterms.h"
#include "filterrow.h"
#include "refreshsettings.h"
#include "rowmarksdelegate.h"
#include "searchfield.h"
#include "statusmessage.h"
#include "treeviewstate.h"
#include "versionrequest.h"
#include "catalog/catalogfiltermodel.h"
#include "catalog/catalogtreemodel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>
#include <QScopedValueRollback>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace {

// Up to this many matching devices are expanded, so a search shows its versions at once.
constexpr int ExpandMatchingDevicesLimit = 12;

QComboBox *filterCombo(const QString &name, const QString &toolTip, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setToolTip(toolTip);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

CatalogBrowser::CatalogBrowser(QWidget *parent)
    : QWidget(parent)
    , m_tree(new CatalogTreeModel(this))
    , m_filter(new CatalogFilterModel(this))
    , m_search(new SearchField(this))
    , m_section(filterCombo(QStringLiteral("sectionCombo"),
                            //: Section: a part of the website, MIUI, HyperOS, Firmware or Vendor
                            tr("Show only this section of the website"),
                            //: Section: a part of the website, MIUI, HyperOS, Firmware or Vendor
                            tr("Section filter"), this))
    , m_branch(filterCombo(QStringLiteral("branchCombo"),
                           //: Branch: a ROM's release channel (Stable, Weekly…)
                           tr("Show only versions of this branch"),
                           //: Branch: a ROM's release channel (Stable, Weekly…)
                           tr("Branch filter"), this))
    , m_type(filterCombo(QStringLiteral("typeCombo"),
                         //: Type: how a ROM is installed, Recovery or Fastboot
                         tr("Show only versions with a file of this type"),
                         //: Type: how a ROM is installed, Recovery or Fastboot
                         tr("Type filter"), this))
    , m_region(filterCombo(QStringLiteral("regionCombo"), tr("Show only versions for this region"), tr("Region filter"), this))
    , m_view(new QTreeView(this))
    , m_searchTimer(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("catalogFilter"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search device, codename, version, file name or MD5"));
    m_search->setAccessibleName(tr("Search"));
    m_view->setObjectName(QStringLiteral("catalogView"));
    m_view->setAccessibleName(tr("Catalog"));

    auto *filters = new FilterRow(this);
    filters->setObjectName(QStringLiteral("filterRow"));
    for (QComboBox *combo : {m_section, m_branch, m_type, m_region})
        filters->addFilter(combo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(filters);
    layout->addWidget(m_view);

    m_tree->setPinnedFolders(PinnedDevices::load());
    m_tree->setTermNamer(&CatalogTerms::name);
    setupTree();
    setupFilters();
}

const CatalogPtr &CatalogBrowser::catalog() const
{
    return m_tree->catalog();
}

void CatalogBrowser::setupTree()
{
    m_filter->setSourceModel(m_tree);
    QTreeView *view = m_view;
    view->setModel(m_filter);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setItemDelegate(new RowMarksDelegate(view));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_columns = new CatalogColumns(view, m_tree);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &CatalogBrowser::showTreeMenu);
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_filter->mapToSource(index);
        if (source.isValid() && m_tree->kind(source) == CatalogTreeModel::VersionRow)
            Q_EMIT versionActivated(source.data(CatalogTreeModel::PageRole).toInt());
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
}

QSize CatalogBrowser::sizeHint() const
{
    const QSize hint = QWidget::sizeHint();
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    return {std::max(hint.width(), m_columns->preferredWidth() + margins.left() + margins.right()), hint.height()};
}

QByteArray CatalogBrowser::saveHeaderState() const
{
    return m_columns->saveState();
}

void CatalogBrowser::restoreHeaderState(const QByteArray &state)
{
    m_columns->restoreState(state);
}

void CatalogBrowser::fitColumnsToView()
{
    m_columns->fitToWidth(m_view->width());
}

void CatalogBrowser::showTreeMenu(const QPoint &pos)
{
    QTreeView *view = m_view;
    const QModelIndex index = view->indexAt(pos);
    const QModelIndex source = m_filter->mapToSource(index);
    QMenu menu(this);
    if (source.isValid() && m_tree->kind(source) == CatalogTreeModel::VersionRow) {
        const QUrl url = source.data(CatalogTreeModel::WebsiteUrlRole).toUrl();
        menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy &Link"), this, [this, url] { copyLink(url); });
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
    menu.addActions(m_treeMenuActions);
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void CatalogBrowser::setupFilters()
{
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &CatalogBrowser::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogBrowser::applySearch);
    connect(m_search, &SearchField::escapedEmpty, this, [this] { m_view->setFocus(Qt::OtherFocusReason); });
    connect(m_search, &SearchField::downPressed, this, [this] {
        if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0) {
            // The first match: down through the expanded rows (OS, device) to the first version.
            QModelIndex first = m_filter->index(0, 0);
            while (m_filter->isFiltering() && m_view->isExpanded(first) && m_filter->rowCount(first) > 0)
                first = m_filter->index(0, 0, first);
            m_view->setCurrentIndex(first);
        }
        m_view->setFocus(Qt::OtherFocusReason);
    });

    // (A captured pointer to member function here tripped AddressSanitizer with GCC 12.)
    const auto connectCombo = [this](QComboBox *combo, std::function<void(const QString &)> apply) {
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this,
                [this, combo, apply] { changeFilter([&] { apply(combo->currentData().toString()); }); });
    };
    connectCombo(m_section, [this](const QString &value) { m_filter->setSection(value); });
    connectCombo(m_branch, [this](const QString &value) { m_filter->setBranch(value); });
    connectCombo(m_type, [this](const QString &value) { m_filter->setType(value); });
    connectCombo(m_region, [this](const QString &value) { m_filter->setRegion(value); });
    populateFilterCombos();
}

void CatalogBrowser::populateFilterCombos()
{
    // Each value named in the user's language, in its alphabetical order; the filter gets upstream's word.
    const auto fill = [this](QComboBox *combo, const QString &any, CatalogTreeModel::Term term, const QStringList &values) {
        const QString previous = combo->currentData().toString();
        QList<std::pair<QString, QString>> named;
        for (const QString &value : values) {
            if (!value.isEmpty())
                named.append({m_tree->termName(term, value), value});
        }
        std::sort(named.begin(), named.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
        QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(any, QString());
        for (const auto &[name, value] : std::as_const(named))
            combo->addItem(name, value);
        combo->setCurrentIndex(qMax(0, combo->findData(previous)));
        combo->setEnabled(combo->count() > 1);
    };
    //: Filter choice: versions of every branch (release channel: Stable, Weekly…)
    fill(m_branch, tr("Any branch"), CatalogTreeModel::Term::Branch, m_tree->branchNames());
    //: Filter choice: files of every type (Recovery, Fastboot)
    fill(m_type, tr("Any type"), CatalogTreeModel::Term::Type, m_tree->typeNames());
    fill(m_region, tr("Any region"), CatalogTreeModel::Term::Region, m_tree->regionNames());
    fillSections();
    m_filter->setSection(m_section->currentData().toString());
    m_filter->setBranch(m_branch->currentData().toString());
    m_filter->setType(m_type->currentData().toString());
    m_filter->setRegion(m_region->currentData().toString());
}

void CatalogBrowser::fillSections()
{
    // The catalog's sections in the tree's order (the site's), not alphabetical.
    const QString previous = m_section->currentData().toString();
    bool present[RomOsCount] = {};
    if (const CatalogPtr &catalog = m_tree->catalog()) {
        for (const CatalogDevice &device : catalog->devices())
            present[int(device.os)] = true;
    }
    QSignalBlocker blocker(m_section);
    m_section->clear();
    //: Filter choice: every section of the website (MIUI, HyperOS, Firmware, Vendor)
    m_section->addItem(tr("Any section"), QString());
    for (int os = 0; os < RomOsCount; ++os) {
        if (present[os])
            m_section->addItem(osDisplayName(RomOs(os)), osSlug(RomOs(os)));
    }
    m_section->setCurrentIndex(qMax(0, m_section->findData(previous)));
    m_section->setEnabled(m_section->count() > 1);
}

void CatalogBrowser::applySearch()
{
    m_searchTimer->stop();
    if (m_filter->searchText() == m_search->text())
        return;
    changeFilter([this] { m_filter->setSearchText(m_search->text()); });
}

void CatalogBrowser::changeFilter(const std::function<void()> &change)
{
    // Rows leaving the view move Qt's current index to a neighbour (or make it invalid, unsaid):
    // neither is a selection by the user. afterFilterChanged() decides what is selected.
    {
        const QScopedValueRollback<bool> filtering(m_changingFilter, true);
        change();
    }
    afterFilterChanged();
}

void CatalogBrowser::afterFilterChanged()
{
    int devices = 0;
    for (int os = 0; os < m_filter->rowCount(); ++os) {
        const QModelIndex osIndex = m_filter->index(os, 0);
        m_view->expand(osIndex);
        devices += m_filter->rowCount(osIndex);
    }
    if (m_filter->isFiltering() && devices <= ExpandMatchingDevicesLimit) {
        for (int os = 0; os < m_filter->rowCount(); ++os) {
            const QModelIndex osIndex = m_filter->index(os, 0);
            for (int d = 0; d < m_filter->rowCount(osIndex); ++d)
                m_view->expand(m_filter->index(d, 0, osIndex));
        }
    }
    if (!m_tree->catalog())
        return;
    keepSelectionInView();
    if (m_view->currentIndex().isValid())
        m_view->scrollTo(m_view->currentIndex());
    else
        m_view->scrollToTop(); // the first results, not where the hidden selection was
    if (!m_filter->isFiltering())
        Q_EMIT statusMessage(QString(), 0);
    else if (devices == 0)
        Q_EMIT statusMessage(tr("Nothing matches the search and filters."), 0);
    else
        Q_EMIT statusMessage(tr("Matches in %1.").arg(CatalogSummary::devices(devices)), 0);
}

void CatalogBrowser::clearFilters()
{
    for (QComboBox *combo : {m_section, m_branch, m_type, m_region}) {
        QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_searchTimer->stop();
    changeFilter([this] {
        m_filter->setSection({});
        m_filter->setBranch({});
        m_filter->setType({});
        m_filter->setRegion({});
        m_filter->setSearchText({});
    });
}

void CatalogBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CatalogBrowser::keepSelectionInView()
{
    const QScopedValueRollback<bool> filtering(m_changingFilter, true);
    const QModelIndex shown = m_filter->mapFromSource(m_selected);
    if (shown.isValid() && m_view->currentIndex() != shown)
        m_view->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else if (!shown.isValid() && m_view->currentIndex().isValid())
        m_view->selectionModel()->clear(); // nothing in view is highlighted as if it were selected
    setSelectionHidden(m_selected.isValid() && !shown.isValid());
    // A search that leaves one version selects it.
    const int page = m_filter->onlyShownPage();
    if (page >= 0 && (!shown.isValid() || m_filter->mapToSource(shown) != m_tree->indexOfPage(page))) {
        m_changingFilter = false;
        selectSourceIndex(m_tree->indexOfPage(page));
    }
}

void CatalogBrowser::setSelectionHidden(bool hidden)
{
    if (hidden == m_selectionHidden)
        return;
    m_selectionHidden = hidden;
    Q_EMIT selectionHiddenChanged(hidden);
}

void CatalogBrowser::onCurrentChanged(const QModelIndex &current)
{
    if (m_changingFilter)
        return;
    const QModelIndex source = m_filter->mapToSource(current);
    m_selected = source;
    setSelectionHidden(false);
    if (!source.isValid()) {
        Q_EMIT nothingSelected();
        return;
    }
    switch (m_tree->kind(source)) {
    case CatalogTreeModel::VersionRow:
        Q_EMIT versionSelected(source.data(CatalogTreeModel::PageRole).toInt());
        break;
    case CatalogTreeModel::DeviceRow:
        Q_EMIT deviceSelected(source.data(CatalogTreeModel::DeviceRole).toInt());
        break;
    case CatalogTreeModel::OsRow: {
        const int device = m_tree->index(0, 0, source).data(CatalogTreeModel::DeviceRole).toInt();
        Q_EMIT osSelected(m_tree->catalog()->devices().at(device).os);
        break;
    }
    case CatalogTreeModel::PinnedGroupRow:
        Q_EMIT nothingSelected();
        break;
    }
}

int CatalogBrowser::currentPage() const
{
    const QModelIndex source = m_filter->mapToSource(m_view->currentIndex());
    if (!source.isValid() || m_tree->kind(source) != CatalogTreeModel::VersionRow)
        return -1;
    return source.data(CatalogTreeModel::PageRole).toInt();
}

bool CatalogBrowser::hasCurrent() const
{
    return m_view->currentIndex().isValid();
}

void CatalogBrowser::setCatalog(CatalogPtr catalog)
{
    setCatalog(std::move(catalog), VersionRequest());
}

void CatalogBrowser::setCatalog(CatalogPtr catalog, const VersionRequest &select)
{
    if (select.isValid())
        m_pendingRequest = select;
    // Keep the selected version across a swap (an import, a refresh) unless another was asked for.
    if (const int page = currentPage(); page >= 0 && m_pendingRequest.isEmpty() && !m_restoreLast) {
        m_last = versionToRemember();
        m_restoreLast = true;
    }
    // A swap resets the model: keep what the user had open (expanded devices, scroll position).
    const TreeViewState viewState = TreeViewState::capture(*m_view, *m_filter);
    m_tree->setCatalog(std::move(catalog));
    m_columns->fit();
    populateFilterCombos();
    afterFilterChanged();
    applyPendingSelection();
    viewState.restore(*m_view, *m_filter);
}

void CatalogBrowser::openRequest(const VersionRequest &request)
{
    m_pendingRequest = request;
    applyPendingSelection();
}

void CatalogBrowser::setLastVersion(const VersionRequest &last)
{
    m_last = last;
    m_restoreLast = !m_last.folder.isEmpty();
    applyPendingSelection();
}

void CatalogBrowser::applyPendingSelection()
{
    if (!m_tree->catalog())
        return;
    if (m_pendingRequest.isValid()) {
        const VersionRequest request = m_pendingRequest;
        m_pendingRequest = {};
        m_restoreLast = false;
        if (!selectRequest(request))
            Q_EMIT statusMessage(tr("“%1” is not in the catalog.").arg(request.displayText()), 0);
        return;
    }
    if (m_restoreLast) {
        m_restoreLast = false;
        if (!m_last.folder.isEmpty())
            selectVersion(m_last.folder, m_last.version, m_last.os);
    }
}

VersionRequest CatalogBrowser::versionToRemember() const
{
    if (const int page = currentPage(); page >= 0) {
        const CatalogPage &p = m_tree->catalog()->pages().at(page);
        VersionRequest current;
        current.os = osSlug(p.os);
        current.folder = p.folder;
        current.version = p.version;
        return current;
    }
    if (!m_tree->catalog()) // never loaded: keep what the last run chose
        return m_last;
    return {};
}

bool CatalogBrowser::selectVersion(const QString &folder, const QString &version, const QString &section)
{
    VersionRequest request;
    request.os = section;
    request.folder = folder;
    request.version = version;
    return selectRequest(request);
}

bool CatalogBrowser::selectRequest(const VersionRequest &request)
{
    const CatalogPtr &catalog = m_tree->catalog();
    if (!catalog)
        return false;
    if (!request.version.isEmpty()) {
        const int page = request.findPage(*catalog);
        if (page >= 0)
            selectSourceIndex(m_tree->indexOfPage(page));
        return page >= 0;
    }
    const int device = request.findDevice(*catalog);
    if (device >= 0)
        selectDevice(device);
    return device >= 0;
}

void CatalogBrowser::selectDevice(int device)
{
    selectSourceIndex(m_tree->indexOfDevice(device));
    m_view->expand(m_view->currentIndex());
}

void CatalogBrowser::selectSourceIndex(const QModelIndex &source)
{
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) { // hidden by the search or a filter
        clearFilters();
        index = m_filter->mapFromSource(source);
    }
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_view->expand(parent);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void CatalogBrowser::expandAll()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_view->expandAll();
    if (m_view->currentIndex().isValid())
        m_view->scrollTo(m_view->currentIndex());
    QGuiApplication::restoreOverrideCursor();
}

void CatalogBrowser::collapseAll()
{
    m_view->collapseAll();
}

void CatalogBrowser::copyLink(const QUrl &url)
{
    QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded)); // pasteable: no raw spaces
    Q_EMIT statusMessage(tr("Copied the link to %1.").arg(url.toDisplayString()), StatusMessageMs);
}

void CatalogBrowser::copyCurrent()
{
    const QModelIndex source = m_filter->mapToSource(m_view->currentIndex());
    if (!source.isValid())
        return;
    if (m_tree->kind(source) == CatalogTreeModel::VersionRow) {
        copyLink(source.data(CatalogTreeModel::WebsiteUrlRole).toUrl());
    } else {
        const QString name = source.siblingAtColumn(CatalogTreeModel::NameColumn).data().toString();
        QGuiApplication::clipboard()->setText(name);
        Q_EMIT statusMessage(tr("Copied “%1”.").arg(name), StatusMessageMs);
    }
}

void CatalogBrowser::setDevicePinned(const QString &folder, bool pinned)
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
    Q_EMIT statusMessage(pinned ? tr("Pinned %1 to My devices.").arg(folder) : tr("Unpinned %1.").arg(folder), BriefStatusMessageMs);
}

QStringList CatalogBrowser::pinnedDevices() const
{
    return m_tree->pinnedFolders();
}

void CatalogBrowser::markNewFiles(const QStringList &fileNames)
{
    const CatalogPtr &current = m_tree->catalog();
    QSet<QString> pages;
    if (current) {
        for (const QString &name : fileNames) {
            for (int f : current->filesNamed(name)) {
                for (int p : current->pagesOfFile(f))
                    pages.insert(CatalogTreeModel::pageKey(current->pages()[p].folder, current->pages()[p].version));
            }
        }
    }
    m_tree->setPageMarks(CatalogTreeModel::NewMark, pages);
}
