// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Paints the Downloads list's progress column as a progress bar carrying the state text
// ("Retrying in 3 s: connection reset"), cut with "…" when the bar is too short (the whole text
// is in the tooltip and under the list); long mirror hosts lose their middle, keeping "(2/5)".
class DownloadProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
