// SPDX-License-Identifier: GPL-3.0-or-later
#include "digestcache.h"

#include "util/atomicfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {
constexpr int MaxEntries = 500;
constexpr qint64 MaxFileBytes = 1 << 20;
} // namespace

QString DigestCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/localcopies.json");
}

DigestCache::DigestCache(const QString &path)
    : m_path(path)
{
    QFile file(m_path);
    if (file.size() > MaxFileBytes || !file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray files = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("files")).toArray();
    for (const QJsonValue &value : files) {
        const QJsonObject o = value.toObject();
        const QString md5 = o.value(QStringLiteral("md5")).toString();
        if (md5.size() != 32)
            continue; // a damaged entry: hashed again
        m_digests.insert(o.value(QStringLiteral("path")).toString(),
                         {o.value(QStringLiteral("size")).toInteger(), o.value(QStringLiteral("modified")).toInteger(), md5});
    }
}

QString DigestCache::md5Of(const QString &path) const
{
    const auto it = m_digests.constFind(path);
    if (it == m_digests.cend())
        return QString();
    const QFileInfo info(path);
    if (!info.isFile() || info.size() != it->size || info.lastModified().toMSecsSinceEpoch() != it->modifiedMs)
        return QString();
    return it->md5;
}

void DigestCache::remember(const QString &path, qint64 size, const QDateTime &modified, const QString &md5)
{
    if (md5.size() != 32)
        return;
    m_digests.insert(path, {size, modified.toMSecsSinceEpoch(), md5});
    m_dirty = true;
}

void DigestCache::save()
{
    if (!m_dirty)
        return;
    QJsonArray files;
    for (auto it = m_digests.cbegin(); it != m_digests.cend() && files.size() < MaxEntries; ++it) {
        if (!QFileInfo::exists(it.key()))
            continue;
        files.append(QJsonObject{{QStringLiteral("path"), it.key()},
                                 {QStringLiteral("size"), it->size},
                                 {QStringLiteral("modified"), it->modifiedMs},
                                 {QStringLiteral("md5"), it->md5}});
    }
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("files"), files}};
    if (writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Compact)))
        m_dirty = false;
}
