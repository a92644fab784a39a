// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QDialog>

class QLabel;

// Help > About Firmware Browser: version, licence, where the ROM data comes from (XFU) and, when
// one is shown, which catalog. Links open in the browser.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const CatalogPtr &catalog, QWidget *parent = nullptr);

    QString text() const; // the rich text shown, for tests

private:
    QLabel *m_text;
};
