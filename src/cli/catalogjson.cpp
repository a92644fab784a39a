// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogjson.h"

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject cardToJson(const RomFile &file, const CatalogPage &page)
{
    return QJsonObject{
        {QStringLiteral("section"), osSlug(page.os)},
        {QStringLiteral("device"), file.device},
        {QStringLiteral("deviceNames"), QJsonArray::fromStringList(file.deviceNames())},
        {QStringLiteral("codename"), file.codename},
        {QStringLiteral("version"), file.version},
        {QStringLiteral("branch"), file.branch},
        {QStringLiteral("type"), textOrNull(file.type)},
        {QStringLiteral("size"), file.size},
        {QStringLiteral("releaseDate"), file.releaseDate},
        {QStringLiteral("fileName"), file.fileName},
        {QStringLiteral("md5"), textOrNull(file.md5)},
        {QStringLiteral("urls"), QJsonArray::fromStringList(file.urls)},
        {QStringLiteral("changelog"), file.changelog},
        {QStringLiteral("region"), file.region()},
        {QStringLiteral("androidVersion"), textOrNull(file.androidVersion)},
        {QStringLiteral("websiteUrl"), page.websiteUrl().toString(QUrl::FullyEncoded)},
    };
}

QJsonArray pageToJson(const Catalog &catalog, int page)
{
    QJsonArray cards;
    const CatalogPage &p = catalog.pages()[page];
    for (int f : p.files)
        cards.append(cardToJson(catalog.files()[f], p));
    return cards;
}
