// SPDX-License-Identifier: GPL-3.0-or-later
#include "resumestate.h"

#include "util/atomicfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

QString ResumeState::ifRangeValidator() const
{
    if (!etag.isEmpty() && !etag.startsWith(QLatin1String("W/")))
        return etag;
    return lastModified;
}

bool ResumeState::save(const QString &path, QString *error) const
{
    const QJsonObject object{{QStringLiteral("format"), 1},
                             {QStringLiteral("url"), url.toString()},
                             {QStringLiteral("md5"), md5},
                             {QStringLiteral("totalSize"), QString::number(totalSize)},
                             {QStringLiteral("etag"), etag},
                             {QStringLiteral("lastModified"), lastModified},
                             {QStringLiteral("verified"), verified}};
    return writeFileAtomically(path, QJsonDocument(object).toJson(), error);
}

bool ResumeState::load(const QString &path, ResumeState *state)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject() || document.object().value(QStringLiteral("format")).toInt() != 1)
        return false;
    const QJsonObject o = document.object();
    state->url = QUrl(o.value(QStringLiteral("url")).toString());
    state->md5 = o.value(QStringLiteral("md5")).toString();
    bool ok = false;
    state->totalSize = o.value(QStringLiteral("totalSize")).toString().toLongLong(&ok);
    if (!ok)
        state->totalSize = -1;
    state->etag = o.value(QStringLiteral("etag")).toString();
    state->lastModified = o.value(QStringLiteral("lastModified")).toString();
    state->verified = o.value(QStringLiteral("verified")).toBool();
    return true;
}
