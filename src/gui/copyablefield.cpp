// SPDX-License-Identifier: GPL-3.0-or-later
#include "copyablefield.h"

#include "fieldlabel.h"
#include "flatbutton.h"

#include <QHBoxLayout>
#include <QToolButton>

CopyableField::CopyableField(const QString &what, QWidget *parent)
    : QWidget(parent)
    , m_what(what)
    , m_label(new FieldLabel(this))
    , m_button(new FlatButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button, 0, Qt::AlignTop);

    // An icon, never the word: a translated "Copy" beside each value would take the room a narrow
    // pane needs for the values (the word stays for screen readers, with the tooltip).
    m_button->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/icons/edit-copy.svg"))));
    m_button->setText(tr("Copy"));
    m_button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_button->setAccessibleName(tr("Copy %1").arg(what));
    m_label->setAccessibleName(what);
    m_label->setElideMode(Qt::ElideMiddle);

    connect(m_button, &QToolButton::clicked, m_label, &FieldLabel::copyAll);
    connect(m_label, &FieldLabel::copied, this, [this](const QString &text) { Q_EMIT copied(m_what, text); });
}

void CopyableField::setValue(const QString &value)
{
    m_label->setValue(value);
    m_button->setEnabled(m_label->isCopyable());
    m_button->setToolTip(tr("Copy the %1").arg(m_what));
}

void CopyableField::setUnavailable(const QString &text, const QString &whyNotCopyable)
{
    m_label->setUnavailable(text);
    m_button->setEnabled(false);
    m_button->setToolTip(whyNotCopyable);
}
