// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

// The catalog search box: Esc clears it (a second Esc, on an empty field, hands focus on);
// Down moves into the results.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

Q_SIGNALS:
    void escapedEmpty();
    void downPressed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
