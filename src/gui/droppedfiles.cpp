// SPDX-License-Identifier: GPL-3.0-or-later
#include "droppedfiles.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace {

const QStringList &pageSuffixes()
{
    static const QStringList suffixes{QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("md")};
    return suffixes;
}

bool isPage(const QString &path)
{
    return pageSuffixes().contains(QFileInfo(path).suffix().toLower());
}

} // namespace

DroppedFiles DroppedFiles::of(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && !QFileInfo(url.toLocalFile()).isDir())
            paths.append(url.toLocalFile());
    }
    return of(paths);
}

DroppedFiles DroppedFiles::of(const QStringList &paths)
{
    DroppedFiles files;
    for (const QString &path : paths)
        (isPage(path) ? files.pages : files.others).append(path);
    return files;
}
