// SPDX-License-Identifier: GPL-3.0-or-later
#include "flatbutton.h"

#include <QEvent>
#include <QPainter>

FlatButton::FlatButton(QWidget *parent)
    : QToolButton(parent)
{
    setAutoRaise(true);
    followTextColour();
}

void FlatButton::followTextColour()
{
    if (m_adjusting)
        return;
    m_adjusting = true;
    QPalette colours = palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        colours.setColor(group, QPalette::ButtonText, colours.color(group, QPalette::Text));
    setPalette(colours);
    m_adjusting = false;
}

void FlatButton::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    // The parent's or the application's palette changed (a dark theme): follow its text colour.
    if (event->type() == QEvent::PaletteChange)
        followTextColour();
}

void FlatButton::paintEvent(QPaintEvent *event)
{
    QToolButton::paintEvent(event);
    if (!hasFocus() || !window()->testAttribute(Qt::WA_KeyboardFocusChange))
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
}
