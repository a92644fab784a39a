// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnfiller.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

ColumnFiller::ColumnFiller(QTreeView *view, int column, int minimum)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_column(column)
    , m_minimum(minimum)
{
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(column, QHeaderView::Interactive);
    // Another column resized, hidden or shown: this one takes up the rest.
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section != m_column)
            fill();
    });
    m_viewport->installEventFilter(this);
    fill();
}

void ColumnFiller::setMinimum(int minimum)
{
    m_minimum = minimum;
    fill();
}

bool ColumnFiller::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport kept from the start: while the view is destroyed its children still get events,
    // and m_view is no longer a QTreeView to ask.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fill();
    return QObject::eventFilter(watched, event);
}

void ColumnFiller::fill()
{
    if (m_filling)
        return;
    m_filling = true;
    QHeaderView *header = m_view->header();
    int others = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != m_column && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    }
    header->resizeSection(m_column, std::max(m_minimum, m_viewport->width() - others));
    m_filling = false;
}
