// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QList>
#include <QWidget>

class QToolButton;

// The links of a version page to the same version across the ROM / firmware divide
// (CatalogLookup::counterpartPages): on a ROM page "Firmware only: fw_gemini_miui_….zip", one per
// firmware file; on a firmware page "ROM: MIUI V10.2.2.0.OAAMIXM", one per ROM page. Empty (and
// hidden) when the version has no counterpart.
class CounterpartLinks : public QWidget
{
    Q_OBJECT

public:
    CounterpartLinks(const Catalog &catalog, int page, QWidget *parent = nullptr);

    bool isEmpty() const { return m_buttons.isEmpty(); }
    QList<QToolButton *> buttons() const { return m_buttons; }

Q_SIGNALS:
    // A link was followed: show this page (an index into Catalog::pages()).
    void pageRequested(int page);

private:
    void addLink(const QString &caption, const QString &text, const QString &toolTip, int page);

    QList<QToolButton *> m_buttons;
};
