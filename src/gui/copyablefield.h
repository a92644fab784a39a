// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class FieldLabel;
class QToolButton;

// A FieldLabel with a copy button beside it. The button is disabled, with a tooltip saying why,
// when the field has no value to copy.
class CopyableField : public QWidget
{
    Q_OBJECT

public:
    // what names the value in tooltips and messages ("MD5", "file name").
    explicit CopyableField(const QString &what, QWidget *parent = nullptr);

    void setValue(const QString &value);
    // Shows text (e.g. "Unknown") greyed; the copy button is disabled with whyNotCopyable as tooltip.
    void setUnavailable(const QString &text, const QString &whyNotCopyable);

    FieldLabel *label() const { return m_label; }
    QToolButton *copyButton() const { return m_button; }

Q_SIGNALS:
    void copied(const QString &what, const QString &text);

private:
    QString m_what;
    FieldLabel *m_label;
    QToolButton *m_button;
};
