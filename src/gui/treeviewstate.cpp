// SPDX-License-Identifier: GPL-3.0-or-later
#include "treeviewstate.h"

#include "catalog/catalogtreemodel.h"

#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace {

// "os/miui", "device/firmware/gemini": by the section's slug, not its translated name, so that a
// change of the interface language keeps them; rows under My devices get a "pinned/" prefix.
QString keyOf(const QModelIndex &source)
{
    const QString prefix = source.data(CatalogTreeModel::PinnedCopyRole).toBool() ? QStringLiteral("pinned/") : QString();
    switch (CatalogTreeModel::Kind(source.data(CatalogTreeModel::KindRole).toInt())) {
    case CatalogTreeModel::PinnedGroupRow:
        return QStringLiteral("pinned");
    case CatalogTreeModel::OsRow:
        return QLatin1String("os/") + source.data(CatalogTreeModel::SectionRole).toString();
    case CatalogTreeModel::DeviceRow:
        return prefix + QLatin1String("device/") + source.data(CatalogTreeModel::SectionRole).toString()
            + QLatin1Char('/') + source.data(CatalogTreeModel::FolderRole).toString();
    case CatalogTreeModel::VersionRow:
        break;
    }
    return {};
}

template<typename Visit>
void forEachBranch(const QAbstractItemModel &model, const QModelIndex &parent, Visit visit)
{
    for (int r = 0, rows = model.rowCount(parent); r < rows; ++r) {
        const QModelIndex child = model.index(r, 0, parent);
        if (model.hasChildren(child) && visit(child))
            forEachBranch(model, child, visit);
    }
}

} // namespace

TreeViewState TreeViewState::capture(const QTreeView &view, const QSortFilterProxyModel &filter)
{
    TreeViewState state;
    // Only expanded rows are descended into: a few hundred rows at most.
    forEachBranch(filter, {}, [&](const QModelIndex &index) {
        if (!view.isExpanded(index))
            return false;
        state.m_expanded.insert(keyOf(filter.mapToSource(index)));
        return true;
    });
    const QModelIndex current = filter.mapToSource(view.currentIndex());
    if (current.isValid() && current.data(CatalogTreeModel::KindRole).toInt() == CatalogTreeModel::DeviceRow)
        state.m_currentDevice = keyOf(current);
    state.m_scroll = view.verticalScrollBar()->value();
    return state;
}

void TreeViewState::restore(QTreeView &view, const QSortFilterProxyModel &filter) const
{
    if (m_expanded.isEmpty() && m_currentDevice.isEmpty())
        return;
    forEachBranch(filter, {}, [&](const QModelIndex &index) {
        const QString key = keyOf(filter.mapToSource(index));
        if (key == m_currentDevice && !view.currentIndex().isValid())
            view.setCurrentIndex(index);
        if (!m_expanded.contains(key))
            return false;
        view.setExpanded(index, true);
        return true;
    });
    view.verticalScrollBar()->setValue(m_scroll);
}
