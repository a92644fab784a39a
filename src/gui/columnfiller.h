// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTreeView;
class QWidget;

// Keeps one column of a view filling the width the other columns leave, but never narrower than
// a minimum: below it the view scrolls sideways instead of cutting the column's text (which
// QHeaderView::Stretch would do, down to a few pixels).
class ColumnFiller : public QObject
{
    Q_OBJECT

public:
    ColumnFiller(QTreeView *view, int column, int minimum = 0);

    void setMinimum(int minimum);
    int minimum() const { return m_minimum; }
    void fill();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_view;
    QWidget *m_viewport;
    int m_column;
    int m_minimum;
    bool m_filling = false;
};
