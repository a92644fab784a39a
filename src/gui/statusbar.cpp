// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbar.h"

#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QStyleOption>
#include <QToolTip>

StatusBar::StatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_catalog(new QLabel(this))
{
    m_catalog->setObjectName(QStringLiteral("catalogStatus"));
    addPermanentWidget(m_catalog);
    // The details belong to the message they explain.
    connect(this, &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message != m_detailedMessage)
            m_details.clear();
        setToolTip(m_details);
    });
}

void StatusBar::setCatalogText(const QString &text)
{
    m_catalog->setText(text);
}

QString StatusBar::catalogText() const
{
    return m_catalog->text();
}

void StatusBar::showMessageWithDetails(const QString &text, const QString &details, int timeoutMs)
{
    m_detailedMessage = text;
    m_details = details;
    showMessage(text, timeoutMs);
    setToolTip(details);
}

QRect StatusBar::messageRect() const
{
    const int gap = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2;
    QRect rect = contentsRect().adjusted(6, 0, 0, 0);
    if (m_catalog->isVisible() && !m_catalog->text().isEmpty()) {
        if (layoutDirection() == Qt::RightToLeft)
            rect.setLeft(m_catalog->geometry().right() + gap);
        else
            rect.setRight(m_catalog->geometry().left() - gap);
    }
    return rect;
}

// QStatusBar draws a message clipped at the permanent label, so that "host not found" and
// "34,377 versions" read as "host not fc34,377 versions". This draws it cut with "…" instead.
void StatusBar::paintEvent(QPaintEvent *event)
{
    const QString message = currentMessage();
    if (message.isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &option, &painter, this);
    const QRect rect = messageRect();
    painter.setPen(palette().windowText().color());
    painter.drawText(rect, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine,
                     fontMetrics().elidedText(message, Qt::ElideRight, rect.width()));
}

bool StatusBar::event(QEvent *event)
{
    // A message cut short shows whole in the tooltip (unless details say more).
    if (event->type() == QEvent::ToolTip && m_details.isEmpty()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString message = currentMessage();
        const QRect rect = messageRect();
        if (!message.isEmpty() && rect.contains(help->pos()) && fontMetrics().horizontalAdvance(message) > rect.width()) {
            QToolTip::showText(help->globalPos(), message, this, rect);
            return true;
        }
    }
    return QStatusBar::event(event);
}
