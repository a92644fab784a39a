// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Draws a tree row's marks (CatalogTreeModel::MarksRole: New, Installed, Newer, the connected
// phone) as small badges after the name, in palette colours so that dark themes stay readable;
// beside a version name with no room left, as dots of the same colours.
// Device names too long for their cell lose their middle (the codename at the end stays), and
// a cell whose text is cut shows all of it in a tooltip.
class RowMarksDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The badge texts of a row, in drawing order ("New", "Installed", …).
    static QStringList badges(int marks);
    // The room the badges of these marks take after a name.
    static int badgesWidth(const QFont &font, int marks);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
