// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbar.h"

#include <QLabel>

StatusBar::StatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_catalog(new QLabel(this))
{
    m_catalog->setObjectName(QStringLiteral("catalogStatus"));
    addPermanentWidget(m_catalog);
    // The tooltip belongs to the message it explains.
    connect(this, &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message != m_detailedMessage)
            setToolTip(QString());
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
    showMessage(text, timeoutMs);
    m_detailedMessage = text;
    setToolTip(details);
}
