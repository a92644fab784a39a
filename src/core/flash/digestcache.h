// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

// The MD5s of ROM files already hashed, by path, kept while the file keeps its size and
// modification time: a ROM sitting in Downloads is hashed once, not at every start. Stored as
// JSON (localcopies.json in AppDataLocation, shared by the app and firmware-cli).
class DigestCache
{
public:
    static QString defaultPath();

    explicit DigestCache(const QString &path = defaultPath());
    // The MD5 of the file at path if it is unchanged since it was hashed, else empty.
    QString md5Of(const QString &path) const;
    void remember(const QString &path, qint64 size, const QDateTime &modified, const QString &md5);
    // Writes the file when something changed, dropping files that are gone (best effort).
    void save();

private:
    struct Digest
    {
        qint64 size = 0;
        qint64 modifiedMs = 0;
        QString md5;
    };
    QString m_path;
    QHash<QString, Digest> m_digests;
    bool m_dirty = false;
};
