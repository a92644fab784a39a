// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

// A flat button on a card ("Copy"): drawn in the card's text colour (a style's button text may
// vanish on the card's Base background, as with dark GTK themes, whose buttons are light), with
// a clear focus ring when the keyboard brings focus to it (styles draw a faint dotted one, or
// none, on flat buttons).
class FlatButton : public QToolButton
{
    Q_OBJECT

public:
    explicit FlatButton(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void followTextColour();
    bool m_adjusting = false;
};
