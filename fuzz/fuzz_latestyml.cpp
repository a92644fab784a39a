// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the latest.yml feed reader (libyaml events, then the mapping of records to pages)
// must take any bytes without crashing or hanging, and what it accepts must be cards the catalog
// can hold: plain file names, http(s) links, a base codename as the page's folder, a 32-digit MD5
// or none. A refused feed has no pages.
#include "catalog/md5text.h"
#include "feed/latestfeed.h"
#include "util/weburl.h"

#include <QRegularExpression>
#include <QUrl>

#include <cstdint>
#include <cstdlib>

namespace {

bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
        && !name.contains(QLatin1String("..")) && (name.endsWith(QLatin1String(".zip")) || name.endsWith(QLatin1String(".tgz")));
}

bool isCardOfPage(const RomFile &card, const XfuPage &page)
{
    static const QRegularExpression folder(QStringLiteral("^[A-Za-z0-9]+$"));
    if (!isPlainFileName(card.fileName) || card.codename != page.folder || !folder.match(page.folder).hasMatch()
        || card.version != page.version || card.version.isEmpty() || card.urls.size() != 1
        || (!card.md5.isEmpty() && (!isMd5Hex(card.md5) || card.md5 != card.md5.toLower())))
        return false;
    return isWebUrl(QUrl(card.urls.toStringList().constFirst()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const LatestFeed::Result feed =
        LatestFeed::read(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!feed.ok()) {
        if (!feed.pages.isEmpty())
            std::abort();
        return 0;
    }
    if (feed.records <= 0 || feed.pages.isEmpty())
        std::abort();
    int cards = 0;
    for (const XfuPage &page : feed.pages) {
        if (page.cards.isEmpty())
            std::abort();
        for (const RomFile &card : page.cards) {
            if (!isCardOfPage(card, page))
                std::abort();
            ++cards;
        }
    }
    if (cards != feed.records)
        std::abort();
    return 0;
}
