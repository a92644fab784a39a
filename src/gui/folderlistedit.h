// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

// A short list of folders with Add… and Remove (Preferences: the folders where downloaded ROMs
// are also looked for).
class FolderListEdit : public QWidget
{
    Q_OBJECT

public:
    explicit FolderListEdit(QWidget *parent = nullptr);

    void setFolders(const QStringList &folders);
    QStringList folders() const;
    // Adds a folder (as the Add… button does after its dialog); a repeat is ignored.
    void addFolder(const QString &folder);

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};
