// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadprogressdelegate.h"

#include "segmentmap.h"
#include "download/downloadlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int SegmentStrip = 4; // the segment map's height under the bar, with a pixel of gap
} // namespace

void DownloadProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != DownloadListModel::ProgressColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's selection background first, then the bar on top.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int progress = index.data(DownloadListModel::ProgressRole).toInt();
    QStyleOptionProgressBar bar;
    // The bar leaves room at its foot for the segment map, so that the map never covers the
    // bar's text (every row alike: rows do not change height when a download turns segmented).
    bar.rect = option.rect.adjusted(2, 2, -2, -2 - SegmentStrip);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    // Unknown size (nothing received yet, paused or failed before the first byte): an empty
    // bar with the state text. A 0/0 "busy" bar paints as full in a delegate and reads as 100 %.
    bar.maximum = 1000;
    bar.progress = std::max(0, progress);
    const int room = bar.rect.width() - option.fontMetrics.horizontalAdvance(QLatin1Char('M'));
    bar.text = option.fontMetrics.elidedText(index.data(DownloadListModel::StatusTextRole).toString(), Qt::ElideRight, room);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    // A segmented download: which parts of the file are there, under the bar.
    const QByteArray segments = index.data(DownloadListModel::SegmentsRole).toByteArray();
    if (!segments.isEmpty()) {
        const QRect strip(bar.rect.left() + 2, bar.rect.bottom() + 2, bar.rect.width() - 4, SegmentStrip - 1);
        SegmentMap::paint(painter, strip, segments, option.palette);
    }
}

void DownloadProgressDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == DownloadListModel::MirrorColumn)
        option->textElideMode = Qt::ElideMiddle; // long hosts keep their "(2/5)"
}

QSize DownloadProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == DownloadListModel::ProgressColumn) {
        size.setWidth(std::max(size.width(), 220));
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 6 + SegmentStrip));
    }
    return size;
}
