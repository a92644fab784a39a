// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlabel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QResizeEvent>

FieldLabel::FieldLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void FieldLabel::setValue(const QString &value, const QString &richText)
{
    m_value = value;
    m_unavailable = false;
    setForegroundRole(QPalette::WindowText);
    setTextFormat(richText.isEmpty() ? Qt::PlainText : Qt::RichText);
    setText(richText.isEmpty() ? value : richText);
    setAccessibleDescription(value);
    updateElision();
}

void FieldLabel::setUnavailable(const QString &text)
{
    m_value.clear();
    m_unavailableText = text;
    m_unavailable = true;
    setTextFormat(Qt::PlainText);
    setText(text);
    setForegroundRole(QPalette::PlaceholderText);
    updateElision();
}

void FieldLabel::setElideMode(Qt::TextElideMode mode)
{
    m_elideMode = mode;
    setWordWrap(mode == Qt::ElideNone);
    updateGeometry();
    updateElision();
}

QString FieldLabel::displayText() const
{
    return m_unavailable ? m_unavailableText : m_value;
}

QSize FieldLabel::sizeHint() const
{
    if (m_elideMode == Qt::ElideNone)
        return QLabel::sizeHint();
    const QMargins m = contentsMargins();
    const QFontMetrics fm = fontMetrics();
    return QSize(fm.horizontalAdvance(displayText()) + m.left() + m.right() + 2 * margin() + 2,
                 fm.height() + m.top() + m.bottom() + 2 * margin());
}

QSize FieldLabel::minimumSizeHint() const
{
    if (m_elideMode == Qt::ElideNone)
        return QLabel::minimumSizeHint();
    const QSize full = sizeHint();
    return QSize(qMin(full.width(), fontMetrics().averageCharWidth() * 28), full.height());
}

void FieldLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElision();
}

void FieldLabel::updateElision()
{
    if (m_elideMode == Qt::ElideNone || textFormat() != Qt::PlainText)
        return;
    const QString full = displayText();
    const QString shown = fontMetrics().elidedText(full, m_elideMode, contentsRect().width() - 2 * margin() - 2);
    m_elided = shown != full;
    if (text() != shown)
        setText(shown);
    setToolTip(m_elided ? full : QString());
}

bool FieldLabel::copy()
{
    if (!isCopyable())
        return false;
    if (!hasSelectedText() || m_elided) // a part of an elided text is not what the user wants
        return copyAll();
    const QString text = selectedText();
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT copied(text);
    return true;
}

bool FieldLabel::copyAll()
{
    if (!isCopyable())
        return false;
    QGuiApplication::clipboard()->setText(m_value);
    Q_EMIT copied(m_value);
    return true;
}

bool FieldLabel::event(QEvent *event)
{
    // Take the Copy shortcut from window-wide actions (Edit > Copy) so the focused field copies itself.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        event->accept();
        return true;
    }
    return QLabel::event(event);
}

void FieldLabel::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        event->accept();
        return;
    }
    QLabel::keyPressEvent(event);
}

void FieldLabel::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")),
                                         hasSelectedText() ? tr("&Copy Selection") : tr("&Copy"), this,
                                         &FieldLabel::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(isCopyable());
    QAction *selectAll = menu.addAction(tr("Select &All"), this, [this] { setSelection(0, int(text().size())); });
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setEnabled(textFormat() == Qt::PlainText && !text().isEmpty());
    menu.exec(event->globalPos());
}

CaptionLabel::CaptionLabel(const QString &name, QWidget *buddy, QWidget *parent)
    : QLabel(captionText(name), parent)
{
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setBuddy(buddy);
}

QString CaptionLabel::captionText(const QString &name)
{
    //: A field's name before its value in a form ("Device:"); Chinese writes the full-width colon (%1：)
    return tr("%1:").arg(name);
}
