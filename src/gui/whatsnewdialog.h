// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

// View → What's New: the ROM files the last catalog refresh that found any brought
// (Catalog::newFiles), pinned devices first.
// Activating a row asks the main window to show that version.
class WhatsNewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WhatsNewDialog(QWidget *parent = nullptr);

    void setContents(const Catalog &catalog, const QStringList &pinnedFolders);
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    // section: the site section's slug ("miui", "firmware")
    void pageRequested(const QString &folder, const QString &version, const QString &section);

private:
    QLabel *m_summary;
    QTreeWidget *m_list;
};
