// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStatusBar>

class QLabel;

// The main window's status bar: passing messages on the left, the catalog's summary ("34,377
// versions · …") as a permanent label on the right. A message too long for the room left is cut
// with "…" short of the summary (all of it in the tooltip), never running into it. A message may
// carry details for its tooltip, which go away with it.
class StatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit StatusBar(QWidget *parent = nullptr);

    void setCatalogText(const QString &text);
    QString catalogText() const;
    // A message whose tooltip says more (every source's error when offline).
    void showMessageWithDetails(const QString &text, const QString &details, int timeoutMs = 0);
    // Where the message is drawn: from the left edge to a gap before the catalog's summary.
    QRect messageRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QLabel *m_catalog;
    QString m_detailedMessage;
    QString m_details;
};
