// SPDX-License-Identifier: GPL-3.0-or-later
#include "resumestate.h"

#include "util/atomicfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString ResumeState::Validators::ifRange() const
{
    if (!etag.isEmpty() && !etag.startsWith(QLatin1String("W/")))
        return etag;
    return lastModified;
}

QString ResumeState::ifRangeValidator() const
{
    return Validators{etag, lastModified}.ifRange();
}

bool ResumeState::save(const QString &path, QString *error) const
{
    QJsonObject object{{QStringLiteral("format"), 1},
                       {QStringLiteral("url"), url.toString()},
                       {QStringLiteral("md5"), md5},
                       {QStringLiteral("totalSize"), QString::number(totalSize)},
                       {QStringLiteral("etag"), etag},
                       {QStringLiteral("lastModified"), lastModified},
                       {QStringLiteral("verified"), verified}};
    if (segmented)
        object.insert(QStringLiteral("ranges"), ranges.toJson());
    if (!mirrors.isEmpty()) {
        QJsonObject byUrl;
        for (auto it = mirrors.cbegin(); it != mirrors.cend(); ++it)
            byUrl.insert(it.key(), QJsonObject{{QStringLiteral("etag"), it->etag},
                                               {QStringLiteral("lastModified"), it->lastModified}});
        object.insert(QStringLiteral("mirrors"), byUrl);
    }
    return writeFileAtomically(path, QJsonDocument(object).toJson(QJsonDocument::Compact), error);
}

bool ResumeState::load(const QString &path, ResumeState *state)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject() || document.object().value(QStringLiteral("format")).toInt() != 1)
        return false;
    const QJsonObject o = document.object();
    *state = ResumeState();
    state->url = QUrl(o.value(QStringLiteral("url")).toString());
    state->md5 = o.value(QStringLiteral("md5")).toString();
    bool ok = false;
    state->totalSize = o.value(QStringLiteral("totalSize")).toString().toLongLong(&ok);
    if (!ok)
        state->totalSize = -1;
    state->etag = o.value(QStringLiteral("etag")).toString();
    state->lastModified = o.value(QStringLiteral("lastModified")).toString();
    state->verified = o.value(QStringLiteral("verified")).toBool();
    if (o.contains(QStringLiteral("ranges")) && state->totalSize > 0) {
        state->segmented = true;
        state->ranges = ByteRanges::fromJson(o.value(QStringLiteral("ranges")).toArray(), state->totalSize);
    }
    const QJsonObject byUrl = o.value(QStringLiteral("mirrors")).toObject();
    for (auto it = byUrl.constBegin(); it != byUrl.constEnd(); ++it) {
        const QJsonObject v = it.value().toObject();
        state->mirrors.insert(it.key(), Validators{v.value(QStringLiteral("etag")).toString(),
                                                   v.value(QStringLiteral("lastModified")).toString()});
    }
    return true;
}
