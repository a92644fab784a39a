// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "download/byteranges.h"

#include <QMap>
#include <QString>
#include <QUrl>

// The side file <file>.part.json next to a .part: what the bytes in the .part are, so a download
// killed at any moment resumes on the next start. Written atomically (QSaveFile) before the first
// byte of a response reaches the .part. A download on one connection appends: the .part's own
// size is the resume offset. A segmented one writes wherever its connections are: `ranges` lists
// the bytes known to be there (saved after they were written, every few seconds and at a stop).
struct ResumeState
{
    struct Validators
    {
        QString etag;
        QString lastModified;
        QString ifRange() const; // a strong ETag, else Last-Modified, else empty
    };

    QUrl url;            // the URL asked for (not a redirect target)
    QString md5;         // expected MD5, empty when unknown
    qint64 totalSize = -1; // the server's full size of this entity, -1 when unknown
    QString etag;        // strong ETag of the entity, empty when none
    QString lastModified;
    bool verified = false; // the .part is complete and its MD5 matched (only the rename is left)
    bool segmented = false; // bytes are where `ranges` says, not a prefix of the .part
    ByteRanges ranges;
    QMap<QString, Validators> mirrors; // each mirror's validators (by URL), for If-Range anywhere

    // The If-Range validator: a strong ETag, else Last-Modified, else empty.
    QString ifRangeValidator() const;

    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, ResumeState *state); // false when missing or unreadable
};
