// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the Content-Range and Retry-After parsers decide where a resume continues and
// how long a retry waits, and ReplyChecks::check decides from a response's headers whether a
// connection may write its body. They must take any header bytes without crashing or
// overflowing, and what they return must be consistent: a satisfied range has
// 0 <= first <= last < total (total -1 when unknown), an unsatisfied one a total >= 0, a delay
// is -1 (none) or >= 0; a body is taken only as the exact bytes asked for (the same start; for an
// extra connection, the same total), an extra connection never starts the file over.
#include "download/httpchecks.h"
#include "download/replychecks.h"

#include <cstdint>
#include <cstdlib>

namespace {

void checkReply(const QByteArray &value, const QDateTime &now)
{
    // The input's lines are the headers; its first bytes pick the status and what was asked.
    const QList<QByteArray> lines = value.split('\n');
    static const int statuses[] = {200, 206, 416, 404, 410, 503, 429, 500, 302, 103, 204, 299};
    ReplyChecks::Head head;
    const uchar pick = value.isEmpty() ? 0 : uchar(value[0]);
    head.status = statuses[pick % 12];
    head.contentRange = lines.value(1);
    head.contentLength = lines.value(2);
    head.etag = lines.value(3);
    head.contentType = lines.value(4);
    head.retryAfter = lines.value(5);
    ReplyChecks::Asked asked;
    asked.strict = pick & 0x80;
    asked.from = (pick & 0x40) ? 100 : 0;
    asked.to = asked.strict ? 200 : -1;
    asked.knownTotal = (pick & 0x20) ? 1000 : -1;
    asked.knownEtag = (pick & 0x10) ? QStringLiteral("\"e\"") : QString();
    asked.crossMirror = !asked.strict && (pick & 0x08);
    asked.sizeText = (pick & 0x04) ? QStringLiteral("1.0 KB") : QString();
    asked.fileName = QStringLiteral("rom.zip");

    const ReplyChecks::Verdict v = ReplyChecks::check(head, asked, now);
    if (v.total < -1 || v.retryAfterMs < -1)
        std::abort();
    if (v.kind == ReplyChecks::Verdict::Refuse && !asked.strict)
        std::abort();
    if (asked.strict && (v.kind == ReplyChecks::Verdict::Restart || v.kind == ReplyChecks::Verdict::AcceptFromZero
                         || v.kind == ReplyChecks::Verdict::AlreadyComplete))
        std::abort();
    if (v.kind == ReplyChecks::Verdict::AcceptFromZero && (head.status != 200 || asked.from == 0))
        std::abort();
    if (v.kind == ReplyChecks::Verdict::Accept) {
        if (head.status == 206) {
            const HttpChecks::ContentRange range = HttpChecks::parseContentRange(head.contentRange);
            if (!range.valid || range.first != asked.from || range.total != v.total)
                std::abort();
            if ((asked.strict || asked.crossMirror) && v.total != asked.knownTotal)
                std::abort();
        } else if (head.status != 200 || asked.strict || asked.from != 0) {
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const HttpChecks::ContentRange range = HttpChecks::parseContentRange(value);
    if (range.valid && range.unsatisfied && range.total < 0)
        std::abort();
    if (range.valid && !range.unsatisfied
        && (range.first < 0 || range.last < range.first || range.total < -1 || (range.total >= 0 && range.last >= range.total)))
        std::abort();

    static const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
    if (HttpChecks::retryAfterMs(value, now) < -1)
        std::abort();
    checkReply(value, now);
    return 0;
}
