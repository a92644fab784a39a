// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowmarksdelegate.h"

#include "catalog/catalogtreemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int Gap = 6;
constexpr int PaddingX = 5;

struct BadgeStyle
{
    QPalette::ColorRole background;
    QPalette::ColorRole text;
    bool outlined;
};

BadgeStyle styleOf(const QString &badge)
{
    if (badge == RowMarksDelegate::tr("Installed"))
        return {QPalette::Base, QPalette::Text, true};
    if (badge == RowMarksDelegate::tr("Newer"))
        return {QPalette::Link, QPalette::Base, false};
    return {QPalette::Highlight, QPalette::HighlightedText, false}; // New, Connected
}

int badgeWidth(const QFontMetrics &metrics, const QString &text)
{
    return metrics.horizontalAdvance(text) + 2 * PaddingX;
}

QFont badgeFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    small.setBold(true);
    return small;
}

} // namespace

QStringList RowMarksDelegate::badges(int marks)
{
    QStringList texts;
    if (marks & CatalogTreeModel::PhoneMark)
        //: Badge of a device row: this device is connected now
        texts << tr("Connected");
    if (marks & CatalogTreeModel::InstalledMark)
        //: Badge of a version row: installed on the connected phone
        texts << tr("Installed");
    if (marks & CatalogTreeModel::NewerMark)
        //: Badge of a version row: newer than the version on the connected phone
        texts << tr("Newer");
    if (marks & CatalogTreeModel::NewMark)
        //: Badge of a row: new since the previous catalog refresh
        texts << tr("New");
    return texts;
}

void RowMarksDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList texts = index.column() == CatalogTreeModel::NameColumn
                                  ? badges(index.data(CatalogTreeModel::MarksRole).toInt())
                                  : QStringList();
    if (texts.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QFont font = badgeFont(option.font);
    const QFontMetrics metrics(font);
    int total = 0;
    for (const QString &text : texts)
        total += badgeWidth(metrics, text) + Gap;

    // The cell's background (selection, hover) and focus span its whole width; the name gets what
    // the badges leave, and the badges follow the name's text.
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    QStyleOptionViewItem textOption = option;
    initStyleOption(&textOption, index);
    QStyleOptionViewItem background = textOption;
    background.text.clear();
    background.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    const int textWidth = textOption.fontMetrics.horizontalAdvance(textOption.text);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &textOption, option.widget);
    // A version's name is never cut for its badges: they are, at the cell's edge.
    const bool wholeName = index.data(CatalogTreeModel::KindRole).toInt() == CatalogTreeModel::VersionRow;
    QStyleOptionViewItem shrunk = option;
    shrunk.rect.setRight(option.rect.right() - total);
    if (wholeName) {
        // The style draws the text inside its focus margin, on each side.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
        shrunk.rect.setRight(std::max(shrunk.rect.right(), textRect.left() + textWidth + 2 * margin));
    }
    shrunk.state &= ~QStyle::State_HasFocus; // drawn once, around the whole cell
    QStyledItemDelegate::paint(painter, shrunk, index);

    int x = std::min(textRect.left() + textWidth + Gap, shrunk.rect.right() + Gap);
    const int height = metrics.height() + 2;
    const int y = option.rect.top() + (option.rect.height() - height) / 2;

    painter->save();
    painter->setClipRect(option.rect);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    for (const QString &text : texts) {
        BadgeStyle badge = styleOf(text);
        // On a selected row the highlight would swallow a highlight-coloured badge: invert it.
        if ((option.state & QStyle::State_Selected) && badge.background == QPalette::Highlight)
            std::swap(badge.background, badge.text);
        painter->setPen(badge.outlined ? QPen(option.palette.color(QPalette::Text), 1) : Qt::NoPen);
        painter->setBrush(option.palette.color(badge.background));
        if (x + badgeWidth(metrics, text) > option.rect.right()) {
            // No room beside a whole name: a dot in the badge's colour (the row's tooltip names it).
            const qreal size = height * 0.6;
            painter->drawEllipse(QRectF(x, y + (height - size) / 2, size, size));
            x += int(size) + Gap / 2;
            continue;
        }
        const QRectF rect(x, y, badgeWidth(metrics, text), height);
        painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
        painter->setPen(option.palette.color(badge.text));
        painter->drawText(rect, Qt::AlignCenter, text);
        x += int(rect.width()) + Gap;
    }
    painter->restore();
}

int RowMarksDelegate::badgesWidth(const QFont &font, int marks)
{
    const QFontMetrics metrics(badgeFont(font));
    int width = 0;
    for (const QString &text : badges(marks))
        width += badgeWidth(metrics, text) + Gap;
    return width;
}

void RowMarksDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == CatalogTreeModel::NameColumn
        && index.data(CatalogTreeModel::KindRole).toInt() == CatalogTreeModel::DeviceRow)
        option->textElideMode = Qt::ElideMiddle;
}

bool RowMarksDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid() && !index.data(Qt::ToolTipRole).isValid()) {
        QStyleOptionViewItem textOption = option;
        initStyleOption(&textOption, index);
        const QStyle *style = view->style();
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &textOption, view);
        const int marks = index.column() == CatalogTreeModel::NameColumn ? index.data(CatalogTreeModel::MarksRole).toInt() : 0;
        const int room = textRect.width() - badgesWidth(option.font, marks);
        if (textOption.fontMetrics.horizontalAdvance(textOption.text) > room) {
            QToolTip::showText(event->globalPos(), textOption.text, view, option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QSize RowMarksDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() != CatalogTreeModel::NameColumn)
        return size;
    const QFontMetrics metrics(badgeFont(option.font));
    for (const QString &text : badges(index.data(CatalogTreeModel::MarksRole).toInt()))
        size.rwidth() += badgeWidth(metrics, text) + Gap;
    return size;
}
