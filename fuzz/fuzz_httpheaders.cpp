// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the Content-Range and Retry-After parsers decide where a resume continues and
// how long a retry waits. They must take any header bytes without crashing or overflowing, and
// what they return must be consistent: a satisfied range has 0 <= first <= last < total (total -1
// when unknown), an unsatisfied one a total >= 0, and a delay is -1 (none) or >= 0.
#include "download/httpchecks.h"

#include <cstdint>
#include <cstdlib>

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
    return 0;
}
