// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestcheck.h"

#include "catalog/md5text.h"
#include "util/safefilename.h"
#include "util/weburl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

std::optional<RequestProblem> checkRequest(const DownloadRequest &request)
{
    const auto refused = [](const QString &message) { return RequestProblem{DownloadError::Refused, message}; };
    QString error;
    const QString finalPath = SafeFileName::pathIn(request.directory, request.fileName, &error);
    if (finalPath.isEmpty())
        return refused(QCoreApplication::translate("DownloadWorker", "refused the file name: %1").arg(error));
    if (request.urls.isEmpty())
        return refused(QCoreApplication::translate("DownloadWorker", "no download URL"));
    for (const QUrl &url : request.urls) {
        if (!isWebUrl(url))
            return refused(QCoreApplication::translate("DownloadWorker", "refused the URL '%1': only http and https are supported")
                               .arg(url.toString()));
    }
    if (!request.md5.isEmpty() && !isMd5Hex(request.md5.toLower()))
        return refused(QCoreApplication::translate("DownloadWorker", "'%1' is not an MD5 (32 hex digits)").arg(request.md5));
    if (!QDir().mkpath(request.directory))
        return RequestProblem{DownloadError::Disk,
                              QCoreApplication::translate("DownloadWorker", "cannot create the folder %1").arg(request.directory)};
    for (const QString &path : QStringList{finalPath, finalPath + QLatin1String(".part"), finalPath + QLatin1String(".part.json")}) {
        if (QFileInfo(path).isSymLink())
            return refused(QCoreApplication::translate("DownloadWorker", "refused to write through the symbolic link %1").arg(path));
    }
    return std::nullopt;
}
