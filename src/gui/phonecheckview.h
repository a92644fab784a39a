// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class PhoneRomCheck;
class QLabel;

// What a ROM file's check against the connected phone says, in three blocks: why it must not
// be flashed (red), what to check first (warning colours), and which script to run. Empty
// blocks hide; with nothing to say the widget hides itself.
class PhoneCheckView : public QWidget
{
    Q_OBJECT

public:
    explicit PhoneCheckView(QWidget *parent = nullptr);

    void setCheck(const PhoneRomCheck &check);
    void clear();

    QLabel *errorsLabel() const { return m_errors; }
    QLabel *warningsLabel() const { return m_warnings; }
    QLabel *adviceLabel() const { return m_advice; }

    // Red text on a pale red (dark: light red on a deep red) that keeps its contrast in the
    // light and the dark palette.
    static void paintAsError(QWidget *widget);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_errors;
    QLabel *m_warnings;
    QLabel *m_advice;
};
