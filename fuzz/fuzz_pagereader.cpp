// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the XFU version-page reader must never crash or hang on any bytes, and a page
// it accepts must hold only plain file names and http(s) links.
#include "catalog/xfupagereader.h"
#include "util/weburl.h"

#include <QUrl>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const XfuPageReader::Result result =
        XfuPageReader::read(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!result.ok())
        return 0;
    for (const RomFile &card : result.page.cards) {
        if (card.fileName.contains(QLatin1Char('/')) || card.fileName.contains(QLatin1Char('\\'))
            || card.fileName.contains(QLatin1String("..")) || card.urls.isEmpty())
            std::abort();
        for (const QString &url : card.urls) {
            if (!isWebUrl(QUrl(url)))
                std::abort();
        }
    }
    return 0;
}
