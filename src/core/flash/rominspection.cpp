// SPDX-License-Identifier: GPL-3.0-or-later
#include "rominspection.h"

#include <QFileInfo>
#include <QJsonArray>

const FlashScript *RomInspection::recommendedScript() const
{
    const FlashScript *fallback = nullptr;
    for (const FlashScript &script : scripts) {
        if (!script.wipesData && !script.locksBootloader)
            return &script;
        if (!fallback && !script.locksBootloader)
            fallback = &script;
    }
    return fallback;
}

bool RomInspection::describesFileOnDisk() const
{
    const QFileInfo info(path);
    return info.isFile() && info.size() == fileSize && info.lastModified() == modified;
}

QString RomInspection::kindName(Kind kind)
{
    return kind == Kind::Fastboot ? QStringLiteral("fastboot") : QStringLiteral("recovery");
}

QJsonObject RomInspection::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("kind"), kindName(kind));
    json.insert(QStringLiteral("product"), product.isEmpty() ? QJsonValue() : QJsonValue(product));
    if (products.size() > 1)
        json.insert(QStringLiteral("products"), QJsonArray::fromStringList(products));
    json.insert(QStringLiteral("antiRollback"), antiRollback.index ? QJsonValue(*antiRollback.index) : QJsonValue());
    if (isFastboot()) {
        QString source;
        if (antiRollback.source != AntiRollback::Source::None)
            source = antiRollback.sourceFile;
        else if (antiRollback.commentedOut)
            source = QStringLiteral("commented-out");
        json.insert(QStringLiteral("antiRollbackSource"), source.isEmpty() ? QJsonValue() : QJsonValue(source));
        json.insert(QStringLiteral("antiRollbackVariable"),
                    antiRollback.phoneVariable.isEmpty() ? QJsonValue() : QJsonValue(antiRollback.phoneVariable));
    }
    const FlashScript *recommended = recommendedScript();
    QJsonArray scriptArray;
    for (const FlashScript &script : scripts) {
        scriptArray.append(QJsonObject{
            {QStringLiteral("name"), script.name},
            {QStringLiteral("files"), QJsonArray::fromStringList(script.files)},
            {QStringLiteral("wipesData"), script.wipesData},
            {QStringLiteral("locksBootloader"), script.locksBootloader},
            {QStringLiteral("recommended"), &script == recommended},
            {QStringLiteral("explanation"), script.explanation()},
        });
    }
    json.insert(QStringLiteral("scripts"), scriptArray);
    QJsonArray imageArray;
    for (const RomImage &image : images)
        imageArray.append(QJsonObject{{QStringLiteral("name"), image.name}, {QStringLiteral("size"), image.size}});
    json.insert(QStringLiteral("images"), imageArray);
    QJsonObject metadataObject;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        metadataObject.insert(it.key(), it.value());
    json.insert(QStringLiteral("metadata"), metadataObject);
    if (!isFastboot())
        json.insert(QStringLiteral("hasPayload"), hasPayload);
    json.insert(QStringLiteral("unpackedSize"), unpackedSize);
    return json;
}
