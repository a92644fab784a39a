// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterrow.h"

#include <QEvent>
#include <QGridLayout>

FilterRow::FilterRow(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSizeConstraint(QLayout::SetNoConstraint); // minimumSizeHint() says how narrow it may be
}

QSize FilterRow::minimumSizeHint() const
{
    int widest = 0;
    for (QWidget *filter : m_filters)
        widest = qMax(widest, filter->sizeHint().width());
    return {widest, m_grid->minimumSize().height()};
}

void FilterRow::addFilter(QWidget *filter)
{
    m_filters.append(filter);
    arrange(int(m_filters.size()));
}

int FilterRow::columnsFor(int width) const
{
    const int spacing = qMax(0, m_grid->horizontalSpacing());
    for (int columns = int(m_filters.size()); columns > 1; columns = (columns + 1) / 2) {
        // Each column as wide as its widest filter, as the grid lays it out.
        int needed = spacing * (columns - 1);
        for (int c = 0; c < columns; ++c) {
            int widest = 0;
            for (int i = c; i < m_filters.size(); i += columns)
                widest = qMax(widest, m_filters[i]->sizeHint().width());
            needed += widest;
        }
        if (needed <= width)
            return columns;
    }
    return 1;
}

void FilterRow::arrange(int columns)
{
    if (columns == m_columns)
        return;
    for (QWidget *filter : std::as_const(m_filters))
        m_grid->removeWidget(filter);
    for (int c = 0; c <= qMax(m_columns, columns); ++c)
        m_grid->setColumnStretch(c, 0);
    m_columns = columns;
    for (int i = 0; i < m_filters.size(); ++i)
        m_grid->addWidget(m_filters[i], i / columns, i % columns);
    m_grid->setColumnStretch(columns, 1); // the filters keep to the left
}

void FilterRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(columnsFor(width()));
}

bool FilterRow::event(QEvent *event)
{
    // A filter's choices changed (another catalog, another language): it may need more room.
    if (event->type() == QEvent::LayoutRequest)
        arrange(columnsFor(width()));
    return QWidget::event(event);
}
