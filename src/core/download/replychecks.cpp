// SPDX-License-Identifier: GPL-3.0-or-later
#include "replychecks.h"

#include "download/httpchecks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ReplyChecks {

namespace {

// An error page is read up to this much; as large as the file is small, it is no error page.
constexpr qint64 ErrorPageCap = 64 * 1024;

Verdict make(Verdict::Kind kind, const QString &message = QString())
{
    Verdict v;
    v.kind = kind;
    v.message = message;
    return v;
}

Verdict failure(Verdict::Failure failure, const QString &message)
{
    Verdict v = make(Verdict::Fail, message);
    v.failure = failure;
    return v;
}

Verdict refusal(Verdict::Refusal refusal, const QString &message)
{
    Verdict v = make(Verdict::Refuse, message);
    v.refusal = refusal;
    return v;
}

Verdict forErrorStatus(const Head &head, const Asked &asked, const QDateTime &now)
{
    if (head.status == 416) {
        const auto range = HttpChecks::parseContentRange(head.contentRange);
        if (!asked.strict && range.valid && range.unsatisfied && range.total == asked.from && asked.from > 0) {
            const QString problem = sizeProblem(range.total, asked.exactSize, asked.sizeText);
            if (!problem.isEmpty())
                return failure(Verdict::RemoteChanged, problem);
            Verdict v = make(Verdict::AlreadyComplete);
            v.total = range.total;
            return v;
        }
        if (asked.strict)
            return refusal(Verdict::OtherFile, QCoreApplication::translate("ReplyChecks", "the server refused the range (HTTP 416)"));
        return make(Verdict::Restart, QCoreApplication::translate("ReplyChecks", "the server refused the range (HTTP 416)"));
    }
    const QString text = QCoreApplication::translate("ReplyChecks", "HTTP %1 %2").arg(head.status).arg(QString::fromLatin1(head.reason)).trimmed();
    Verdict v;
    if (HttpChecks::isTransientStatus(head.status)) {
        v = failure(Verdict::Transient, text);
        v.retryAfterMs = HttpChecks::retryAfterMs(head.retryAfter, now);
    } else {
        v = failure(Verdict::Permanent, text);
        v.gone = head.status == 404 || head.status == 410;
    }
    v.readBody = true;
    return v;
}

} // namespace

QString sizeProblem(qint64 total, qint64 exactSize, const QString &sizeText)
{
    if (total < 0)
        return QString();
    if (exactSize >= 0 && total != exactSize)
        return QCoreApplication::translate("ReplyChecks", "the server's file has %1 bytes, expected %2").arg(total).arg(exactSize);
    if (!SizeRange::fromText(sizeText).contains(total))
        return QCoreApplication::translate("ReplyChecks", "the server's file (%1) differs from the catalog (%2)")
            .arg(DownloadText::bytes(total), sizeText);
    return QString();
}

bool isDigestEtag(const QString &etag)
{
    static const QRegularExpression digest(QStringLiteral("^\"?(?:[0-9A-Fa-f]{32}|[0-9A-Fa-f]{40})\"?$"));
    return digest.match(etag).hasMatch();
}

bool isErrorPage(const Head &head, qint64 total, const Asked &asked)
{
    const SizeRange expected = asked.exactSize >= 0 ? SizeRange{asked.exactSize, asked.exactSize}
                                                    : SizeRange::fromText(asked.sizeText);
    if (total >= 0 && total <= ErrorPageCap && expected.isValid() && total < expected.min)
        return true; // far too small for the file, whatever its type says
    const QString name = asked.fileName.toLower();
    const bool pageWanted = name.endsWith(QLatin1String(".html")) || name.endsWith(QLatin1String(".htm"))
        || name.endsWith(QLatin1String(".xml"));
    // A mislabelled file of the right size is still the file: the MD5 decides.
    const bool sizeFits = total >= 0 && expected.isValid() && expected.contains(total);
    return !pageWanted && !sizeFits && HttpChecks::isPageContentType(head.contentType);
}

Verdict check(const Head &head, const Asked &asked, const QDateTime &now)
{
    if (head.status < 200 || (head.status >= 300 && head.status < 400))
        return make(Verdict::Wait);
    if (head.status >= 400)
        return forErrorStatus(head, asked, now);
    if (head.status != 200 && head.status != 206)
        return failure(Verdict::Transient, QCoreApplication::translate("ReplyChecks", "unexpected HTTP status %1").arg(head.status));

    // A Content-Encoding (gzip on a .tgz) is kept as is: the request sets Accept-Encoding itself,
    // so Qt does not decode, and the bytes on disk are the ones the MD5 describes.
    const QString etag = QString::fromLatin1(head.etag);
    qint64 total = -1;
    if (head.status == 206) {
        const auto range = HttpChecks::parseContentRange(head.contentRange);
        if (!range.valid || range.unsatisfied || range.first != asked.from || (asked.from == 0 && !asked.strict))
            return asked.strict ? refusal(Verdict::OtherFile, QCoreApplication::translate("ReplyChecks", "the server sent the wrong range"))
                                : make(Verdict::Restart, QCoreApplication::translate("ReplyChecks", "the server sent the wrong range"));
        total = range.total;
        if (asked.crossMirror || asked.strict) {
            if (total < 0 || total != asked.knownTotal)
                return asked.strict ? refusal(Verdict::OtherFile, QCoreApplication::translate("ReplyChecks", "this mirror's file has another size"))
                                    : make(Verdict::Restart, QCoreApplication::translate("ReplyChecks", "this mirror's file has another size; starting over"));
            if (asked.strict && !asked.knownEtag.isEmpty() && !etag.isEmpty() && etag != asked.knownEtag)
                return refusal(Verdict::OtherFile, QCoreApplication::translate("ReplyChecks", "the file on the server changed"));
            // Hosts may tag one file differently; two content digests that differ are two files.
            if (asked.strict && isDigestEtag(etag) && isDigestEtag(asked.referenceEtag)
                && etag.compare(asked.referenceEtag, Qt::CaseInsensitive) != 0)
                return refusal(Verdict::OtherFile, QCoreApplication::translate("ReplyChecks", "this mirror has another file (ETag %1)").arg(etag));
        } else {
            const bool validatorChanged = !asked.knownEtag.isEmpty() && !etag.isEmpty() && etag != asked.knownEtag;
            if ((asked.knownTotal >= 0 && total >= 0 && total != asked.knownTotal) || validatorChanged)
                return make(Verdict::Restart, QCoreApplication::translate("ReplyChecks", "the file on the server changed"));
        }
    } else {
        if (asked.strict)
            return refusal(Verdict::NoRanges, QCoreApplication::translate("ReplyChecks", "the server does not send parts of the file"));
        bool ok = false;
        total = head.contentLength.toLongLong(&ok);
        if (!ok || total < 0)
            total = -1;
        if (isErrorPage(head, total, asked)) {
            // Not the file: its body is read (capped) to see whether it says NoSuchKey, never written.
            const QString problem = sizeProblem(total, asked.exactSize, asked.sizeText);
            Verdict v = problem.isEmpty() ? failure(Verdict::Permanent, QCoreApplication::translate("ReplyChecks", "the mirror sent a web page instead of the file"))
                                          : failure(Verdict::RemoteChanged, problem);
            v.readBody = true;
            return v;
        }
    }
    const QString problem = sizeProblem(total, asked.exactSize, asked.sizeText);
    if (!problem.isEmpty())
        return failure(Verdict::RemoteChanged, problem);
    Verdict v = make(head.status == 200 && asked.from > 0 ? Verdict::AcceptFromZero : Verdict::Accept);
    v.total = total;
    return v;
}

} // namespace ReplyChecks
