// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivepath.h"

#include "util/safefilename.h"

#include <QStringList>

namespace {

bool startsWithDrive(const QString &path)
{
    return path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).isLetter();
}

} // namespace

QString ArchivePath::clean(const QString &path, QString *why)
{
    if (path.isEmpty()) {
        *why = tr("an entry has no name");
        return QString();
    }
    if (path.contains(QChar::ReplacementCharacter)) {
        *why = tr("the entry name '%1' is not valid UTF-8").arg(path);
        return QString();
    }
    if (path.startsWith(QLatin1Char('/')) || startsWithDrive(path)) {
        *why = tr("the entry '%1' has an absolute path").arg(path);
        return QString();
    }
    if (path.contains(QLatin1Char('\\'))) {
        *why = tr("the entry '%1' contains a backslash, a folder separator on Windows").arg(path);
        return QString();
    }
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            *why = tr("the entry '%1' climbs out of its folder with '..'").arg(path);
            return QString();
        }
        const QString problem = SafeFileName::check(part);
        if (!problem.isEmpty()) {
            *why = tr("the entry '%1' cannot be a file on every system: %2").arg(path, problem);
            return QString();
        }
        parts << part;
    }
    if (parts.isEmpty()) {
        *why = tr("the entry '%1' names no file").arg(path);
        return QString();
    }
    why->clear();
    return parts.join(QLatin1Char('/'));
}

QString ArchivePath::linkTarget(const QString &cleanLinkPath, const QString &target, bool hardLink, QString *why)
{
    if (target.isEmpty() || target.startsWith(QLatin1Char('/')) || startsWithDrive(target)
        || target.contains(QLatin1Char('\\'))) {
        *why = tr("the link '%1' points outside the folder (to '%2')").arg(cleanLinkPath, target);
        return QString();
    }
    QStringList parts;
    if (!hardLink)
        parts = cleanLinkPath.split(QLatin1Char('/')).mid(0, cleanLinkPath.count(QLatin1Char('/')));
    for (const QString &part : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (parts.isEmpty()) {
                *why = tr("the link '%1' points outside the folder (to '%2')").arg(cleanLinkPath, target);
                return QString();
            }
            parts.removeLast();
            continue;
        }
        parts << part;
    }
    if (parts.isEmpty()) {
        *why = tr("the link '%1' points at the folder itself").arg(cleanLinkPath);
        return QString();
    }
    return clean(parts.join(QLatin1Char('/')), why);
}
