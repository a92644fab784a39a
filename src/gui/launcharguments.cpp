// SPDX-License-Identifier: GPL-3.0-or-later
#include "launcharguments.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace {

bool hasFileSuffix(const QString &argument)
{
    static const QStringList suffixes{QStringLiteral(".zip"), QStringLiteral(".tgz"), QStringLiteral(".tar"),
                                      QStringLiteral(".tar.gz"), QStringLiteral(".html"), QStringLiteral(".htm"),
                                      QStringLiteral(".md")};
    for (const QString &suffix : suffixes) {
        if (argument.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The local path an argument names, or empty when it is not a file argument.
QString filePath(const QString &argument, const QDir &workingFolder)
{
    if (argument.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        const QUrl url(argument);
        return url.isLocalFile() ? url.toLocalFile() : QString();
    }
    if (argument.contains(QLatin1String("://")))
        return {}; // a link
    const QFileInfo info(workingFolder, argument);
    if (info.isFile() || (!info.exists() && hasFileSuffix(argument)))
        return info.absoluteFilePath();
    return {};
}

} // namespace

LaunchArguments LaunchArguments::parse(const QStringList &arguments, const QString &workingFolder)
{
    const QDir folder(workingFolder);
    LaunchArguments launch;
    for (const QString &argument : arguments) {
        const QString path = filePath(argument, folder);
        if (path.isEmpty())
            launch.request.append(argument);
        else
            launch.files.append(QDir::cleanPath(path));
    }
    return launch;
}
