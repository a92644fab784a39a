// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonecheckview.h"

#include "flash/phoneromcheck.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QLabel *block(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMargin(6);
    label->setAccessibleName(accessibleName);
    label->hide();
    return label;
}

} // namespace

PhoneCheckView::PhoneCheckView(QWidget *parent)
    : QWidget(parent)
    , m_errors(block(this, QStringLiteral("phoneErrors"), tr("Why not to flash this ROM on the connected phone")))
    , m_warnings(block(this, QStringLiteral("phoneCautions"), tr("What to check before flashing")))
    , m_advice(block(this, QStringLiteral("scriptAdvice"), tr("Which script to run")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errors);
    layout->addWidget(m_warnings);
    layout->addWidget(m_advice);
    paintAsError(m_errors);
    QFont bold = m_errors->font();
    bold.setBold(true);
    m_errors->setFont(bold);
    // Tooltip colours: every palette pairs them, dark ones too.
    m_warnings->setFrameShape(QFrame::StyledPanel);
    m_warnings->setBackgroundRole(QPalette::ToolTipBase);
    m_warnings->setForegroundRole(QPalette::ToolTipText);
    m_warnings->setAutoFillBackground(true);
    m_advice->setMargin(0);
    hide();
}

void PhoneCheckView::paintAsError(QWidget *widget)
{
    QPalette palette = QGuiApplication::palette(); // the widget's own is red by now
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::Window, dark ? QColor(0x5c, 0x13, 0x13) : QColor(0xfd, 0xec, 0xea));
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xb4, 0xab) : QColor(0xb3, 0x26, 0x1e));
    widget->setPalette(palette);
    // Explicit roles: inside a card (Base background) the inherited ones would be Base and Text.
    widget->setBackgroundRole(QPalette::Window);
    widget->setForegroundRole(QPalette::WindowText);
    widget->setAutoFillBackground(true);
    if (auto *frame = qobject_cast<QFrame *>(widget))
        frame->setFrameShape(QFrame::StyledPanel);
}

void PhoneCheckView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        paintAsError(m_errors);
    QWidget::changeEvent(event);
}

void PhoneCheckView::setCheck(const PhoneRomCheck &check)
{
    const auto fill = [](QLabel *label, const QStringList &lines) {
        label->setText(lines.join(QLatin1Char('\n')));
        label->setVisible(!lines.isEmpty());
    };
    fill(m_errors, check.errors());
    fill(m_warnings, check.warnings());
    fill(m_advice, check.advice());
    setVisible(!check.errors().isEmpty() || !check.warnings().isEmpty() || !check.advice().isEmpty());
}

void PhoneCheckView::clear()
{
    for (QLabel *label : {m_errors, m_warnings, m_advice}) {
        label->clear();
        label->hide();
    }
    hide();
}
