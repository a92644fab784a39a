// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "versionrequest.h"
#include "catalog/catalog.h"

#include <QPersistentModelIndex>
#include <QWidget>

#include <functional>

class CatalogColumns;
class CatalogFilterModel;
class CatalogTreeModel;
class QAction;
class QComboBox;
class QTimer;
class QTreeView;
class SearchField;

// The left side of the main window: the search field, the section / branch / type / region filters and
// the catalog tree (OS → device → version, "My devices" on top), with their state — what is
// expanded, selected, pinned and marked. It says what the user selected through signals and
// leaves it to the window to show it.
class CatalogBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogBrowser(QWidget *parent = nullptr);

    // Swaps the catalog in, keeping the filters, the expanded devices and the scroll position,
    // then selects what select asks for (an imported page), else what openRequest() or
    // setLastVersion() asked for before, else the version selected until now.
    void setCatalog(CatalogPtr catalog, const VersionRequest &select);
    void setCatalog(CatalogPtr catalog);
    const CatalogPtr &catalog() const;
    // The tree itself, for what marks its rows (the connected phone).
    CatalogTreeModel *treeModel() const { return m_tree; }

    int currentPage() const; // index into Catalog::pages(), -1 when no version is selected
    bool hasCurrent() const;
    bool isSelectionHidden() const { return m_selectionHidden; }
    // Selects, reveals and scrolls to a version; false (nothing changes) when the catalog has none.
    // section: the site section's slug ("firmware"); empty for the first section that has the version.
    bool selectVersion(const QString &folder, const QString &version, const QString &section = {});
    // A command line or link's request: its version, or its device (expanded) when it names no
    // version, forgiving letter case; now, or once a catalog is shown. One the catalog does not
    // have is reported through statusMessage().
    void openRequest(const VersionRequest &request);
    // The session's last version: selected once a catalog is shown, unless a request came first.
    void setLastVersion(const VersionRequest &last);
    // The selected version's section, folder and version for the next session; before any catalog
    // was shown, the last session's.
    VersionRequest versionToRemember() const;
    // Selects a row of the tree model, clearing the search and filters when they hide it.
    void selectSourceIndex(const QModelIndex &source);
    void selectDevice(int device); // index into Catalog::devices(), expanded

    void focusSearch();
    void clearFilters();
    void expandAll();
    void collapseAll();
    // The name of the current row, or the website link of the current version, to the clipboard.
    void copyCurrent();
    // Actions appended to the tree's context menu (Expand All, Collapse All).
    void setTreeMenuActions(const QList<QAction *> &actions) { m_treeMenuActions = actions; }

    // "My devices" at the top of the tree, persisted.
    void setDevicePinned(const QString &folder, bool pinned);
    QStringList pinnedDevices() const;
    // Marks the versions holding one of these files as new (the last refresh's files).
    void markNewFiles(const QStringList &fileNames);

    // Wide enough for every column of the tree whole.
    QSize sizeHint() const override;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);
    // A first start, once the tree has its width: the columns that do not fit are hidden.
    void fitColumnsToView();

Q_SIGNALS:
    void versionSelected(int page);
    void deviceSelected(int device);
    void osSelected(RomOs os);
    void nothingSelected();
    // Enter (or a double click) on a version row: the user wants its files.
    void versionActivated(int page);
    // The selected row left the view (a search or filter hides it), or came back: what the
    // window shows of it must say so and must not be downloaded by mistake.
    void selectionHiddenChanged(bool hidden);
    // For the status bar: what the search found, what was copied or pinned. timeoutMs 0 keeps it.
    void statusMessage(const QString &text, int timeoutMs);

private:
    void applyPendingSelection();
    bool selectRequest(const VersionRequest &request);
    void setupTree();
    void setupFilters();
    void populateFilterCombos();
    void fillSections();
    void applySearch();
    void changeFilter(const std::function<void()> &change);
    void afterFilterChanged();
    void keepSelectionInView();
    void setSelectionHidden(bool hidden);
    void onCurrentChanged(const QModelIndex &current);
    void showTreeMenu(const QPoint &pos);
    void copyLink(const QUrl &url);

    CatalogTreeModel *m_tree;
    CatalogFilterModel *m_filter;
    SearchField *m_search;
    QComboBox *m_section;
    QComboBox *m_branch;
    QComboBox *m_type;
    QComboBox *m_region;
    QTreeView *m_view;
    QTimer *m_searchTimer;
    CatalogColumns *m_columns = nullptr;
    QList<QAction *> m_treeMenuActions;
    QPersistentModelIndex m_selected; // in the tree model: the row the user selected
    bool m_selectionHidden = false;
    bool m_changingFilter = false;
    VersionRequest m_pendingRequest; // valid or empty
    VersionRequest m_last; // from the session, until a catalog is shown; kept across a catalog swap
    bool m_restoreLast = false;
};
