// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderlistedit.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

FolderListEdit::FolderListEdit(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumHeight(fontMetrics().height() * 5);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with Downloaded ROMs"), QDir::homePath());
        if (!folder.isEmpty())
            addFolder(folder);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        updateButtons();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &FolderListEdit::updateButtons);
    updateButtons();
}

void FolderListEdit::setFolders(const QStringList &folders)
{
    m_list->clear();
    for (const QString &folder : folders)
        addFolder(folder);
    updateButtons();
}

QStringList FolderListEdit::folders() const
{
    QStringList folders;
    for (int row = 0; row < m_list->count(); ++row)
        folders << QDir::fromNativeSeparators(m_list->item(row)->text());
    return folders;
}

void FolderListEdit::addFolder(const QString &folder)
{
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(folder));
    if (clean.isEmpty() || folders().contains(clean))
        return;
    m_list->addItem(QDir::toNativeSeparators(clean));
    m_list->setCurrentRow(m_list->count() - 1);
    updateButtons();
}

void FolderListEdit::updateButtons()
{
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}
