// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlabel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QResizeEvent>

namespace {

constexpr QChar BreakOpportunity(0x200B); // zero-width space

// A wrapped label breaks only between words: a word longer than an MD5 (a vendor package's version
// can be a 40-digit commit hash) may break after every 16 characters instead of widening the pane.
QString breakLongWords(const QString &text)
{
    constexpr qsizetype Longest = 32, Piece = 16;
    QString out;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        for (qsizetype i = start; i < end; ++i) {
            if (end - start > Longest && i > start && (i - start) % Piece == 0)
                out += BreakOpportunity;
            out += text.at(i);
        }
        for (; end < text.size() && text.at(end).isSpace(); ++end)
            out += text.at(end);
        start = end;
    }
    return out;
}

} // namespace

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
    setText(richText.isEmpty() ? breakLongWords(value) : richText);
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
    // Room for about 28 of its characters: below that the value goes under its name in a form.
    // (A font's average character width is no measure: a CJK font's is twice a Latin file name's.)
    const QSize full = sizeHint();
    const QString text = displayText();
    constexpr int Shown = 28;
    if (text.size() <= Shown)
        return full;
    const int shown = fontMetrics().horizontalAdvance(text.left(Shown / 2) + QChar(0x2026) + text.right(Shown / 2));
    return QSize(qMin(full.width(), full.width() - fontMetrics().horizontalAdvance(text) + shown), full.height());
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
    const QString text = selectedText().remove(BreakOpportunity);
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
