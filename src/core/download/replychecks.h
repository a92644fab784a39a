// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "download/downloadtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// What a response's status line and headers mean for the bytes a connection asked for: pure
// functions beside HttpChecks, decided before a byte of the body reaches the .part.
namespace ReplyChecks {

// The parts of a response the decision rests on (raw header values).
struct Head
{
    int status = 0;
    QByteArray reason; // the status line's reason phrase
    QByteArray contentRange;
    QByteArray contentLength;
    QByteArray etag;
    QByteArray lastModified;
    QByteArray acceptRanges;
    QByteArray contentType;
    QByteArray retryAfter;
};

// What was asked, and what the download already knows.
struct Asked
{
    qint64 from = 0;          // the Range start; 0 when the request had no Range
    qint64 to = -1;           // one past the last byte of a closed Range; -1 when open-ended
    bool strict = false;      // an extra connection: only the exact range of the same file will do
    bool crossMirror = false; // resuming bytes another mirror sent (Range without If-Range)
    qint64 knownTotal = -1;   // the file size the bytes so far belong to; -1 when none is known
    QString knownEtag;        // this mirror's ETag for those bytes; empty when none
    QString referenceEtag;    // an extra connection: the ETag the download's bytes came with
    qint64 exactSize = -1;    // the size the user gave
    QString sizeText;         // the catalog's rough size ("1.6 GB")
    QString fileName;         // the local name (a .html may rightly be a page)
};

struct Verdict
{
    enum Kind {
        Wait,            // an interim or redirect status: Qt goes on by itself
        Accept,          // append the body at `from`
        AcceptFromZero,  // 200 to a Range: the body is the whole file, start over with it
        AlreadyComplete, // 416 for a .part that already holds every byte
        Restart,         // wrong range, another size, changed file: start over from byte 0
        Refuse,          // an extra connection gets nothing usable from this mirror
        Fail,            // an error status or page; its body may say more (NoSuchKey)
    } kind = Fail;
    enum Failure { Transient, Permanent, RemoteChanged } failure = Transient;
    enum Refusal { NoRanges, OtherFile } refusal = NoRanges;
    qint64 total = -1;        // the server's size of the file, -1 when unknown
    qint64 retryAfterMs = -1;
    bool gone = false;        // 404, 410: the mirror no longer has the file
    bool readBody = false;    // read the (small) body before acting: it may say NoSuchKey
    QString message;
};

Verdict check(const Head &head, const Asked &asked, const QDateTime &now);

// The size the server states, when it contradicts the user's or the catalog's; empty when fine.
QString sizeProblem(qint64 total, qint64 exactSize, const QString &sizeText);

// An ETag that is a digest of the content (32 or 40 hex digits, as S3 and OSS send): two of them
// that differ name two different files, whichever hosts sent them.
bool isDigestEtag(const QString &etag);

// A response that is not the file: an HTML or XML page that the catalog's size rules out.
bool isErrorPage(const Head &head, qint64 total, const Asked &asked);

} // namespace ReplyChecks
