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

} // namespace

DroppedFiles DroppedFiles::of(const QMimeData *mime)
{
    DroppedFiles files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (pageSuffixes().contains(info.suffix().toLower()))
            files.pages.append(url.toLocalFile());
        else if (!info.isDir())
            files.others.append(url.toLocalFile());
    }
    return files;
}
