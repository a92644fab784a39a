// SPDX-License-Identifier: GPL-3.0-or-later
#include "xfupagereader.h"

#include "catalog/md5text.h"
#include "util/weburl.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

// The labels of a card, in page order. Each must appear exactly once per card.
const QLatin1StringView kDevice("Device"), kCodename("Codename"), kVersion("Version"), kBranch("Branch"),
    kType("Type"), kSize("Size"), kReleaseDate("Release Date"), kPackageName("Package Name"), kMd5("MD5"),
    kDownload("Download"), kChangelog("Changelog"), kFirmwarePackageName("Firmware Package Name");

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// The text a browser shows for `html`, before entities: a tag starts only where '<' is followed by a
// letter, '/', '!' or '?' (so "1 < 2" and "<3" are text), and a '>' outside a tag is text
// ("Settings > Additional settings").
QString stripTags(QStringView html)
{
    QString out;
    out.reserve(html.size());
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        const QChar next = i + 1 < html.size() ? html[i + 1] : QChar();
        if (c == QLatin1Char('<')
            && (isAsciiLetter(next) || next == QLatin1Char('/') || next == QLatin1Char('!') || next == QLatin1Char('?'))) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i + 1);
            if (end < 0)
                break; // an unclosed tag shows nothing
            i = end;
            continue;
        }
        out.append(c);
    }
    return out;
}

QString cleanText(QStringView html)
{
    return XfuPageReader::visibleText(html).simplified();
}

// The "<b>Label: </b>value" items of one card, value = the raw HTML up to the closing </h5>.
QHash<QString, QStringView> cardItems(QStringView card, QString *error)
{
    static const QRegularExpression label(QStringLiteral("<b>([A-Za-z0-9 ]+): </b>"));
    QHash<QString, QStringView> items;
    auto it = label.globalMatch(card);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedEnd(0);
        const qsizetype end = card.indexOf(QLatin1String("</h5>"), start);
        if (end < 0) {
            *error = XfuPageReader::tr("the \"%1\" item is not closed (truncated page?)").arg(m.captured(1));
            return {};
        }
        const QString name = m.captured(1);
        if (items.contains(name)) {
            *error = XfuPageReader::tr("the \"%1\" item appears twice").arg(name);
            return {};
        }
        // The changelog's text sits after the </h5> of its label, in <p id="changelog_text">.
        items.insert(name, card.mid(start, (name == kChangelog ? card.size() : end) - start));
    }
    return items;
}

bool isSafeFileName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+-]*$"));
    return allowed.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}

QStringList downloadUrls(QStringView html, QString *error)
{
    static const QRegularExpression button(
        QStringLiteral("<button([^>]*)>(.*?)</button>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression onclick(QStringLiteral("window\\.open\\('([^']*)'"));
    QStringList urls;
    auto it = button.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString label = cleanText(m.capturedView(2));
        if (!label.startsWith(QLatin1String("Full ROM")))
            continue; // "Incremental Update": matched on version only upstream, often another device's file
        const QRegularExpressionMatch link = onclick.match(m.capturedView(1));
        if (!link.hasMatch())
            continue;
        const QString url = XfuPageReader::decodeEntities(link.capturedView(1)).trimmed();
        const QUrl parsed(url, QUrl::StrictMode);
        if (!isWebUrl(parsed)) {
            *error = XfuPageReader::tr("the download link \"%1\" is not an http(s) URL").arg(url.left(120));
            return {};
        }
        // Keep the link as written, but with the scheme in lower case ("HTTPS://" is valid HTML).
        const QString normalized = parsed.scheme() + url.mid(url.indexOf(QLatin1Char(':')));
        if (!urls.contains(normalized))
            urls.append(normalized);
    }
    return urls;
}

// What a section's card must hold: a ROM card every label, a firmware card no Type and no
// Changelog, and its file name under "Firmware Package Name".
struct CardLayout
{
    QList<QLatin1StringView> labels;   // each required
    QList<QLatin1StringView> absent;   // each refused
    QList<QLatin1StringView> nonEmpty; // each must say something
    QLatin1StringView packageName;
};

const CardLayout kRomCard{{kDevice, kCodename, kVersion, kBranch, kType, kSize, kReleaseDate, kPackageName, kMd5,
                           kDownload, kChangelog},
                          {},
                          {kDevice, kCodename, kVersion, kBranch, kType, kSize, kPackageName},
                          kPackageName};
const CardLayout kFirmwareCard{{kDevice, kCodename, kVersion, kBranch, kSize, kReleaseDate, kFirmwarePackageName, kMd5,
                                kDownload},
                               {kType, kPackageName, kChangelog},
                               {kDevice, kCodename, kVersion, kBranch, kSize, kFirmwarePackageName},
                               kFirmwarePackageName};

// Checks the card against its layout and reads the fields every section shares.
QString readSharedFields(const QHash<QString, QStringView> &items, const CardLayout &layout, RomFile *file)
{
    for (QLatin1StringView required : layout.labels) {
        if (!items.contains(required))
            return XfuPageReader::tr("the \"%1\" field is missing").arg(required);
    }
    for (QLatin1StringView refused : layout.absent) {
        if (items.contains(refused))
            return XfuPageReader::tr("a firmware card has a \"%1\" field").arg(refused);
    }
    const auto field = [&](QLatin1StringView name) { return cleanText(items.value(name)); };
    for (QLatin1StringView required : layout.nonEmpty) {
        if (field(required).isEmpty())
            return XfuPageReader::tr("the \"%1\" field is empty").arg(required);
    }
    file->device = field(kDevice);
    file->codename = field(kCodename);
    file->version = field(kVersion);
    file->branch = field(kBranch);
    file->type = field(kType);
    file->size = field(kSize);
    file->releaseDate = field(kReleaseDate);
    file->fileName = field(layout.packageName);
    if (!isSafeFileName(file->fileName))
        return XfuPageReader::tr("the package name \"%1\" is not a plain file name").arg(file->fileName.left(120));
    file->androidVersion = RomFile::androidVersionFromFileName(file->fileName);
    return {};
}

// A firmware page's card: the MD5 is always given, and the one button asks the site's /download
// page for the file by name (its links are in data/devices/full/<codename>.yml, which
// FirmwarePages adds).
QString readFirmwareCard(const QHash<QString, QStringView> &items, RomFile *file)
{
    const QString md5 = cleanText(items.value(kMd5));
    if (!isMd5Hex(md5))
        return XfuPageReader::tr("the MD5 \"%1\" is not 32 hex digits").arg(md5.left(64));
    file->md5 = md5.toLower();

    static const QRegularExpression redirect(QStringLiteral("onclick=\"redirect\\('([^']*)'\\)"));
    const QRegularExpressionMatch button = redirect.match(items.value(kDownload));
    if (!button.hasMatch())
        return XfuPageReader::tr("there is no firmware download button");
    const QString requested = XfuPageReader::decodeEntities(button.capturedView(1));
    if (requested != file->fileName)
        return XfuPageReader::tr("the download button asks for \"%1\", not the package \"%2\"")
            .arg(requested.left(120), file->fileName.left(120));
    return {};
}

QString readCard(QStringView card, RomOs os, RomFile *file)
{
    QString error;
    const QHash<QString, QStringView> items = cardItems(card, &error);
    if (!error.isEmpty())
        return error;
    error = readSharedFields(items, os == RomOs::Firmware ? kFirmwareCard : kRomCard, file);
    if (!error.isEmpty())
        return error;
    if (os == RomOs::Firmware)
        return readFirmwareCard(items, file);

    const QString md5 = cleanText(items.value(kMd5));
    if (md5 == QLatin1String("Unknown"))
        file->md5.clear();
    else if (isMd5Hex(md5))
        file->md5 = md5.toLower();
    else
        return XfuPageReader::tr("the MD5 \"%1\" is neither 32 hex digits nor \"Unknown\"").arg(md5.left(64));

    file->urls = downloadUrls(items.value(kDownload), &error);
    if (!error.isEmpty())
        return error;
    if (file->urls.isEmpty())
        return XfuPageReader::tr("there is no Full ROM download link");

    const QStringView changelogHtml = items.value(kChangelog);
    const qsizetype open = changelogHtml.indexOf(QLatin1String("<p id=\"changelog_text\">"));
    const qsizetype close = open < 0 ? -1 : changelogHtml.indexOf(QLatin1String("</p>"), open);
    if (close < 0)
        return XfuPageReader::tr("the changelog is missing or not closed (truncated page?)");
    QString changelog = changelogHtml.mid(open + 23, close - open - 23).toString();
    changelog.replace(QRegularExpression(QStringLiteral("<br\\s*/?>")), QStringLiteral("\n"));
    file->changelog = XfuPageReader::visibleText(changelog).trimmed();
    return {};
}

} // namespace

QString XfuPageReader::decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    static const QHash<QString, QChar> named = {
        {QStringLiteral("amp"), QLatin1Char('&')},   {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')},    {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("apos"), QLatin1Char('\'')}, {QStringLiteral("nbsp"), QChar(0x00A0)},
        {QStringLiteral("times"), QChar(0x00D7)},
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype semi = c == QLatin1Char('&') ? text.indexOf(QLatin1Char(';'), i) : -1;
        if (semi > i + 1 && semi - i <= 10) {
            const QStringView entity = text.mid(i + 1, semi - i - 1);
            char32_t code = 0;
            bool ok = false;
            if (entity.startsWith(QLatin1String("#x")) || entity.startsWith(QLatin1String("#X")))
                code = entity.mid(2).toUInt(&ok, 16);
            else if (entity.startsWith(QLatin1Char('#')))
                code = entity.mid(1).toUInt(&ok, 10);
            else if (const auto it = named.constFind(entity.toString()); it != named.cend()) {
                out.append(*it);
                i = semi;
                continue;
            }
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                out.append(QString::fromUcs4(&code, 1));
                i = semi;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QString XfuPageReader::visibleText(QStringView html)
{
    return decodeEntities(stripTags(html));
}

XfuPageReader::Result XfuPageReader::read(const QByteArray &bytes)
{
    Result result;
    auto fail = [&result](const QString &message) {
        result.page = {};
        result.error = message;
        return result;
    };
    if (bytes.size() > MaxPageBytes)
        return fail(tr("it is %1 bytes long; a version page is under %2 bytes").arg(bytes.size()).arg(MaxPageBytes));
    if (bytes.contains('\0'))
        return fail(tr("it is binary data, not a version page"));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return fail(tr("it is not valid UTF-8 text"));

    // Front matter: "---" line, "key: value" lines, "---" line.
    static const QRegularExpression frontMatter(QStringLiteral("\\A\\s*---\\r?\\n(.*?)\\r?\\n---\\r?\\n"),
                                                QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch fm = frontMatter.match(text);
    if (!fm.hasMatch())
        return fail(tr("it has no front matter (the \"---\" block with title, codename and permalink)"));
    QHash<QString, QString> meta;
    for (QStringView line : fm.capturedView(1).split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            meta.insert(line.left(colon).trimmed().toString(), line.mid(colon + 1).trimmed().toString());
    }
    XfuPage &page = result.page;
    page.name = meta.value(QStringLiteral("name"));
    const QStringList permalink = meta.value(QStringLiteral("permalink")).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const std::optional<RomOs> section = permalink.size() == 4 ? osFromSlug(permalink[0]) : std::nullopt;
    if (!section || *section == RomOs::Vendor || permalink[0] != osSlug(*section))
        return fail(tr("its permalink \"%1\" is not /<miui|hyperos|firmware>/<codename>/<branch>/<version>/")
                        .arg(meta.value(QStringLiteral("permalink")).left(120)));
    page.os = *section;
    page.folder = permalink[1];
    page.branchSlug = permalink[2];
    page.version = permalink[3];
    for (const QString &part : {page.folder, page.version}) {
        if (!isSafeFileName(part))
            return fail(tr("its permalink names \"%1\", which is not a plain codename or version").arg(part.left(120)));
    }

    // Cards: each starts at <div class="card card-body"> and runs to the next one.
    const QLatin1StringView cardStart("<div class=\"card card-body\">");
    const QStringView body = QStringView(text).mid(fm.capturedEnd(0));
    qsizetype at = body.indexOf(cardStart);
    int number = 0;
    while (at >= 0) {
        ++number;
        const qsizetype next = body.indexOf(cardStart, at + cardStart.size());
        const QStringView card = body.mid(at, (next < 0 ? body.size() : next) - at);
        RomFile file;
        const QString error = readCard(card, page.os, &file);
        if (!error.isEmpty())
            return fail(tr("card %1: %2").arg(number).arg(error));
        // A card repeated on the same page (same file name and MD5) is one file; the page may list it
        // under several device names (HM2013023 6.6.16: five), and every name stays a fact of it.
        const auto repeated = std::find_if(page.cards.begin(), page.cards.end(), [&file](const RomFile &f) {
            return f.fileName == file.fileName && f.md5 == file.md5;
        });
        if (repeated == page.cards.end())
            page.cards.append(file);
        else
            repeated->addDeviceName(file.device);
        at = next;
    }
    if (page.cards.isEmpty())
        return fail(tr("it has no ROM cards"));
    return result;
}

XfuPageReader::Result XfuPageReader::readFile(const QString &path)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot open it: %1").arg(file.errorString());
        return result;
    }
    if (file.size() > MaxPageBytes) {
        result.error = tr("it is %1 bytes long; a version page is under %2 bytes").arg(file.size()).arg(MaxPageBytes);
        return result;
    }
    return read(file.read(MaxPageBytes + 1));
}
