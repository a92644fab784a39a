// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Draws a tree row's marks (CatalogTreeModel::MarksRole: New, Installed, Newer, the connected
// phone) as small badges after the name, in palette colours so that dark themes stay readable.
class RowMarksDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge texts of a row, in drawing order ("New", "Installed", …).
    static QStringList badges(int marks);
};
