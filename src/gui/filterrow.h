// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

// The filter combo boxes above the tree: one row while they fit whole, else two rows (then one),
// so that no choice is cut short in a narrow window or a longer language.
class FilterRow : public QWidget
{
    Q_OBJECT

public:
    explicit FilterRow(QWidget *parent = nullptr);

    void addFilter(QWidget *filter);
    int columns() const { return m_columns; }
    // As narrow as the widest filter (one per row), as high as the rows they take now.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    int columnsFor(int width) const;
    void arrange(int columns);

    QGridLayout *m_grid;
    QList<QWidget *> m_filters;
    int m_columns = 0;
};
