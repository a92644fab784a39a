// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// A selectable value of a ROM card. The platform Copy shortcut and the context menu copy the
// selection, or the whole value when nothing is selected; an unavailable value ("Unknown") is
// greyed with the palette and never copied.
class FieldLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldLabel(QWidget *parent = nullptr);

    // Plain text shown as is; richText (optional) is shown instead while value stays what is copied.
    void setValue(const QString &value, const QString &richText = {});
    QString value() const { return m_value; }

    // Shows text in the palette's placeholder colour; the field then has nothing to copy.
    void setUnavailable(const QString &text);
    bool isCopyable() const { return !m_unavailable && !m_value.isEmpty(); }

    // For long values without spaces (file names, links): one line, elided when narrower than
    // the text, the whole value in the tooltip. Copying still copies the whole value.
    void setElideMode(Qt::TextElideMode mode);
    bool isElided() const { return m_elided; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    // Copies the selection if there is one, else the whole value. Returns false when nothing was copied.
    bool copy();
    // Copies the whole value, whatever is selected.
    bool copyAll();

Q_SIGNALS:
    void copied(const QString &text);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void updateElision();
    QString displayText() const;

    QString m_value;
    QString m_unavailableText;
    bool m_unavailable = false;
    Qt::TextElideMode m_elideMode = Qt::ElideNone;
    bool m_elided = false;
};

// The bold "Name:" before a value in a form, the value its buddy (so a screen reader reads the two
// as a pair and a mnemonic in the name focuses the value). The one place that writes the colon, as
// the interface language does: Chinese uses a full-width one.
class CaptionLabel : public QLabel
{
    Q_OBJECT

public:
    CaptionLabel(const QString &name, QWidget *buddy, QWidget *parent = nullptr);

    static QString captionText(const QString &name); // "Device:", "设备："
};
