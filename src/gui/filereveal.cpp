// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereveal.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

namespace FileReveal {

bool showInFolder(const QString &path)
{
    const QFileInfo file(path);
    if (!file.absoluteDir().exists())
        return false;
#if defined(Q_OS_WIN)
    if (file.exists()
        && QProcess::startDetached(QStringLiteral("explorer.exe"),
                                   {QStringLiteral("/select,") + QDir::toNativeSeparators(file.absoluteFilePath())}))
        return true;
#elif defined(Q_OS_MACOS)
    if (file.exists() && QProcess::startDetached(QStringLiteral("open"), {QStringLiteral("-R"), file.absoluteFilePath()}))
        return true;
#endif
    return QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath()));
}

} // namespace FileReveal
