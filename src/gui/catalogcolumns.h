// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class CatalogTreeModel;
class ColumnFiller;
class QTreeView;

// The catalog tree's columns: each one as wide as the longest value the catalog can put in it
// (so widths do not jump between searches and "Stable Beta" fits in every language), the name
// column never narrower than the longest version name and otherwise filling the view (a narrow
// window scrolls sideways instead of cutting a version's region suffix), a menu on the header to
// hide columns, and the header's state for the session.
class CatalogColumns : public QObject
{
    Q_OBJECT

public:
    CatalogColumns(QTreeView *view, CatalogTreeModel *tree);

    // Measures the catalog's values again (a new catalog).
    void fit();
    // The view's width with every column whole (the name column at its narrowest).
    int preferredWidth() const;
    // A first start's columns (no saved state): hides the columns least needed (Android, Released,
    // Branch, then Contents) until the others fit width whole, rather than cutting one behind the
    // scroll bar; the header's menu shows them again.
    void fitToWidth(int width);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

private:
    void showMenu(const QPoint &pos);
    int nameWidthNeeded() const;
    int widestTerm(int column) const;

    QTreeView *m_view;
    CatalogTreeModel *m_tree;
    ColumnFiller *m_name;
    bool m_stateRestored = false; // the user's hidden columns, from the last session
};
