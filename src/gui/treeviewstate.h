// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

class QSortFilterProxyModel;
class QTreeView;

// What the user sees of the catalog tree — expanded rows, the current device, the scroll
// position — kept by folder and OS rather than by row, so that it survives a catalog swap (a
// refresh, an import, a completed page), which resets the model.
class TreeViewState
{
public:
    // filter: the view's model, over a CatalogTreeModel.
    static TreeViewState capture(const QTreeView &view, const QSortFilterProxyModel &filter);
    // The current device is restored only when no version is selected (the window reselects those).
    void restore(QTreeView &view, const QSortFilterProxyModel &filter) const;

private:
    QSet<QString> m_expanded;
    QString m_currentDevice; // key of the current row when it is a device row
    int m_scroll = 0;
};
