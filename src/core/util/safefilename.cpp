// SPDX-License-Identifier: GPL-3.0-or-later
#include "safefilename.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

QString SafeFileName::check(const QString &name)
{
    if (name.isEmpty())
        return tr("the file name is empty");
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return tr("'%1' is not a file name").arg(name);
    if (name.contains(QLatin1String(".."))) // as the page reader; no real ROM name has one (fuzz_safefilename)
        return tr("the file name '%1' contains '..'").arg(name);
    if (name.toUtf8().size() > 255)
        return tr("the file name is longer than 255 bytes");
    static const QString reserved = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control) // C0, DEL and C1 (U+0080-U+009F, found by fuzz_safefilename)
            return tr("the file name contains a control character");
        if (reserved.contains(c))
            return tr("the file name '%1' contains '%2', which is not allowed in file names").arg(name, c);
    }
    if (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')) || name.startsWith(QLatin1Char(' ')))
        return tr("the file name '%1' starts with a space or ends with a dot or space").arg(name);
    // Windows device names, also followed by an extension ("nul.txt", "COM1.zip").
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList devices = {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                        QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    bool device = devices.contains(stem);
    if (!device && stem.size() == 4 && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"))))
        device = stem.at(3) >= QLatin1Char('0') && stem.at(3) <= QLatin1Char('9');
    if (!device && stem.size() == 4 && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"))))
        device = stem.at(3) == QChar(0xb9) || stem.at(3) == QChar(0xb2) || stem.at(3) == QChar(0xb3);
    if (device)
        return tr("'%1' is a reserved device name on Windows").arg(name);
    return QString();
}

QString SafeFileName::pathIn(const QString &directory, const QString &name, QString *error)
{
    const QString why = check(name);
    if (!why.isEmpty()) {
        *error = why;
        return QString();
    }
    const QString dir = QDir::cleanPath(QDir(directory).absolutePath());
    const QString path = QDir::cleanPath(dir + QLatin1Char('/') + name);
    if (QFileInfo(path).fileName() != name || QFileInfo(path).absolutePath() != dir) {
        *error = tr("the file name '%1' leaves the download folder").arg(name);
        return QString();
    }
    error->clear();
    return path;
}

QString SafeFileName::lastUrlSegment(const QUrl &url)
{
    return url.path(QUrl::FullyDecoded).section(QLatin1Char('/'), -1);
}
