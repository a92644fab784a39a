// SPDX-License-Identifier: GPL-3.0-or-later
#include "romfolders.h"

#include <QDir>
#include <QSettings>

namespace {
const QString Group = QStringLiteral("downloads");
const QString DirectoryKey = QStringLiteral("directory");
const QString ExtraFoldersKey = QStringLiteral("romFolders");
} // namespace

QString RomFolders::savedDownloadFolder()
{
    QSettings settings;
    settings.beginGroup(Group);
    return settings.value(DirectoryKey).toString();
}

QStringList RomFolders::extraFolders()
{
    QSettings settings;
    settings.beginGroup(Group);
    return settings.value(ExtraFoldersKey).toStringList();
}

void RomFolders::setExtraFolders(const QStringList &folders)
{
    QSettings settings;
    settings.beginGroup(Group);
    if (folders.isEmpty())
        settings.remove(ExtraFoldersKey);
    else
        settings.setValue(ExtraFoldersKey, folders);
}

QStringList RomFolders::searchOrder(const QStringList &first, const QString &defaultDownloadFolder)
{
    const QString saved = savedDownloadFolder();
    QStringList order;
    for (const QString &folder : first + QStringList{saved.isEmpty() ? defaultDownloadFolder : saved} + extraFolders()) {
        if (folder.isEmpty())
            continue;
        const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
        if (!order.contains(clean))
            order << clean;
    }
    return order;
}
