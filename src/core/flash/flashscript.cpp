// SPDX-License-Identifier: GPL-3.0-or-later
#include "flashscript.h"

#include <QRegularExpression>

namespace {

bool isComment(const QString &line, bool batch)
{
    if (!batch)
        return line.startsWith(QLatin1Char('#'));
    if (line.startsWith(QLatin1String("::")))
        return true;
    const QString lower = line.toLower();
    return lower == QLatin1String("rem") || lower.startsWith(QLatin1String("rem "))
        || lower.startsWith(QLatin1String("@rem"));
}

std::optional<int> literalAntiIndex(const QString &code, bool batch)
{
    // Only an assignment at the start of a line is the ROM's index: "if [ -z ... ]; then
    // CURRENT_ANTI_VER=0; fi" is the scripts' default when images/anti_version.txt is missing.
    static const QRegularExpression shell(QStringLiteral("^CURRENT_ANTI_VER=\"?(\\d{1,6})\"?\\s*$"));
    static const QRegularExpression bat(QStringLiteral("^set\\s+\"?CURRENT_ANTI_VER=(\\d{1,6})\"?\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = (batch ? bat : shell).match(code);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

} // namespace

FlashScriptText FlashScriptText::read(const QByteArray &text, bool batch)
{
    static const QRegularExpression product(QStringLiteral("getvar product.*\\^product: ?\\*?\\s*\\(?([A-Za-z0-9_|]+)"));
    static const QRegularExpression variable(QStringLiteral("getvar\\s+(anti|rollback_ver)\\b"));
    static const QRegularExpression userData(QStringLiteral(
        "\\b(?:flash|erase|format)(?::\\w+)?\\s+userdata\\b|\\bfastboot\\s+(?:[$%]\\*\\s+)?-w\\b"));
    static const QRegularExpression lock(QStringLiteral("\\b(?:oem|flashing)\\s+lock\\b"));

    FlashScriptText result;
    for (QString line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (isComment(line, batch)) {
            QString code = line.mid(line.startsWith(QLatin1String("::")) ? 2 : 1).trimmed();
            if (batch && code.startsWith(QLatin1String("em "), Qt::CaseInsensitive)) // "rem ..."
                code = code.mid(3).trimmed();
            if (!result.commentedAntiIndex)
                result.commentedAntiIndex = literalAntiIndex(code, batch);
            continue;
        }
        if (const QRegularExpressionMatch m = product.match(line); m.hasMatch()) {
            for (const QString &name : m.captured(1).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                if (!result.products.contains(name))
                    result.products << name;
            }
        }
        if (const std::optional<int> index = literalAntiIndex(line, batch); index && !result.antiIndex)
            result.antiIndex = index;
        if (line.contains(QLatin1String("CURRENT_ANTI_VER")) && line.contains(QLatin1String("anti_version.txt")))
            result.readsAntiVersionFile = true;
        if (const QRegularExpressionMatch m = variable.match(line); m.hasMatch() && result.phoneVariable.isEmpty())
            result.phoneVariable = m.captured(1);
        if (line.contains(QLatin1String("fastboot")) && userData.match(line).hasMatch())
            result.touchesUserData = true;
        if (line.contains(QLatin1String("fastboot")) && lock.match(line).hasMatch())
            result.locksBootloader = true;
    }
    return result;
}

std::optional<FlashScript::Kind> FlashScript::kindOfName(const QString &name)
{
    if (name == QLatin1String("flash_all"))
        return Kind::FlashAll;
    if (name == QLatin1String("flash_all_except_storage") || name == QLatin1String("flash_all_except_data_storage"))
        return Kind::KeepData;
    if (name == QLatin1String("flash_all_lock"))
        return Kind::Lock;
    return std::nullopt;
}

QString FlashScript::explanation() const
{
    if (locksBootloader) {
        return tr("Flashes every partition, erases all data and relocks the bootloader. Only for the official "
                  "ROM of this exact phone and region: a wrong ROM on a relocked phone may never start again.");
    }
    if (!wipesData)
        return tr("Flashes every partition and keeps your apps, settings and files: the usual way to update.");
    return tr("Flashes every partition and erases all data: apps, settings and the files on the phone.");
}
