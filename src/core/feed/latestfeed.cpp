// SPDX-License-Identifier: GPL-3.0-or-later
#include "latestfeed.h"

#include "catalog/cataloglookup.h"
#include "catalog/md5text.h"
#include "feed/yamlrecords.h"
#include "util/safefilename.h"
#include "util/weburl.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace {

constexpr int MaxWarnings = 5;

// A scalar as text; null, absent and nested values are empty.
QString text(const YamlRecords::Record &record, const char *key)
{
    const YamlRecords::Value *value = record.find(key);
    return value && value->kind == YamlRecords::Value::Scalar ? value->text.trimmed() : QString();
}

bool isNull(const YamlRecords::Record &record, const char *key)
{
    const YamlRecords::Value *value = record.find(key);
    return !value || value->kind == YamlRecords::Value::Null;
}

// The link's host serves the same path over TLS (all of Xiaomi's mirrors do); the feed mixes
// http and https for the same host, and a plain-http ROM link is an invitation to tampering.
QString secureLink(const QString &link)
{
    QUrl url(link, QUrl::StrictMode);
    if (url.scheme() == QLatin1String("http") && url.host().endsWith(QLatin1String(".miui.com")))
        url.setScheme(QStringLiteral("https"));
    return url.toString(QUrl::FullyEncoded);
}

// "miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip" holds "V10.2.2.0.OAAMIXM" but not "V10.2".
bool containsWholeVersion(const QString &fileName, const QString &version)
{
    const auto partOfVersion = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('.'); };
    for (qsizetype at = fileName.indexOf(version); at >= 0; at = fileName.indexOf(version, at + 1)) {
        const qsizetype end = at + version.size();
        if ((at == 0 || !partOfVersion(fileName[at - 1])) && (end == fileName.size() || !partOfVersion(fileName[end])))
            return true;
    }
    return false;
}

struct RecordError
{
    QString field;
};

} // namespace

QString LatestFeed::regionOfVariant(const QString &variant)
{
    static const QHash<QString, QString> regions{
        {QStringLiteral("eea"), QStringLiteral("EEA")},       {QStringLiteral("ru"), QStringLiteral("Russia")},
        {QStringLiteral("in"), QStringLiteral("India")},      {QStringLiteral("india"), QStringLiteral("India")},
        {QStringLiteral("id"), QStringLiteral("Indonesia")},  {QStringLiteral("tw"), QStringLiteral("Taiwan")},
        {QStringLiteral("tr"), QStringLiteral("Turkey")},     {QStringLiteral("jp"), QStringLiteral("Japan")},
        {QStringLiteral("kr"), QStringLiteral("Korea")},      {QStringLiteral("sg"), QStringLiteral("Singapore")},
    };
    // Only global builds carry a region suffix; "_lte_ct", "_pro" are China models.
    const QStringList parts = variant.toLower().split(QLatin1Char('_'));
    if (parts.last() != QLatin1String("global"))
        return QStringLiteral("China");
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        const auto region = regions.constFind(parts[i]);
        if (region != regions.cend())
            return *region;
    }
    return QStringLiteral("Global");
}

LatestFeed::Result LatestFeed::read(const QByteArray &yaml)
{
    Result result;
    const YamlRecords::Result yamlRecords = YamlRecords::read(yaml);
    if (!yamlRecords.ok()) {
        result.error = yamlRecords.errorText();
        return result;
    }
    if (yamlRecords.root == YamlRecords::Root::Empty) {
        result.error = tr("the feed is empty");
        return result;
    }
    if (yamlRecords.root != YamlRecords::Root::List) {
        result.error = tr("the feed is not a list of ROM records");
        return result;
    }

    static const QRegularExpression codenamePattern(QStringLiteral("^[A-Za-z0-9]+(_[A-Za-z0-9]+)*$"));
    static const QRegularExpression sizePattern(QStringLiteral("^[0-9]+(\\.[0-9]+)? (Bytes|KB|MB|GB)$"));
    static const QRegularExpression datePattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    static const QRegularExpression versionPattern(QStringLiteral("^[A-Za-z0-9.]+$"));

    QHash<QString, qsizetype> pageOfKey;
    QHash<QString, std::pair<qsizetype, qsizetype>> cardOfFile; // file name -> (page, card) of its first record
    int number = 0;
    for (const YamlRecords::Record &record : yamlRecords.records) {
        ++number;
        try {
            if (!record.isMap)
                //: Fills %2 of "record %1: missing or malformed %2" when the whole entry is malformed
                throw RecordError{tr("record")};
            RomFile card;
            const QString variant = text(record, "codename");
            if (!codenamePattern.match(variant).hasMatch())
                throw RecordError{QStringLiteral("codename")};
            card.codename = CatalogLookup::baseCodename(variant);
            card.version = text(record, "version");
            if (!versionPattern.match(card.version).hasMatch())
                throw RecordError{QStringLiteral("version")};
            card.device = text(record, "name");
            if (card.device.isEmpty())
                throw RecordError{QStringLiteral("name")};
            card.branch = text(record, "branch");
            if (card.branch.isEmpty())
                throw RecordError{QStringLiteral("branch")};
            card.type = text(record, "method");
            if (card.type != QLatin1String("Recovery") && card.type != QLatin1String("Fastboot"))
                throw RecordError{QStringLiteral("method")};
            card.size = text(record, "size");
            if (!sizePattern.match(card.size).hasMatch())
                throw RecordError{QStringLiteral("size")};
            if (!isNull(record, "date")) {
                card.releaseDate = text(record, "date");
                if (!datePattern.match(card.releaseDate).hasMatch())
                    throw RecordError{QStringLiteral("date")};
            }
            if (!isNull(record, "md5")) {
                card.md5 = text(record, "md5").toLower();
                if (!isMd5Hex(card.md5))
                    throw RecordError{QStringLiteral("md5")};
            }
            const QUrl link(text(record, "link"), QUrl::StrictMode);
            card.fileName = link.fileName();
            // A name the download would refuse ("g...ni.zip", found by fuzz_latestyml) is no card.
            if (!isWebUrl(link) || !SafeFileName::check(card.fileName).isEmpty()
                || !(card.fileName.endsWith(QLatin1String(".zip")) || card.fileName.endsWith(QLatin1String(".tgz"))))
                throw RecordError{QStringLiteral("link")};
            // Xiaomi's file names carry the whole version: this also catches a feed cut inside
            // the version, its last field.
            if (!containsWholeVersion(card.fileName, card.version))
                throw RecordError{QStringLiteral("version")};
            card.urls.append(secureLink(link.toString()));
            card.androidVersion = text(record, "android");
            if (card.androidVersion.isEmpty())
                card.androidVersion = RomFile::androidVersionFromFileName(card.fileName);

            // The same file under a second device name ("Redmi 1 TD China" / "Redmi 1 China") is one
            // card with both names.
            const auto known = cardOfFile.constFind(card.fileName);
            if (known != cardOfFile.cend()) {
                RomFile &first = result.pages[known->first].cards[known->second];
                if (first.md5 == card.md5) {
                    first.addDeviceName(card.device);
                    continue;
                }
            }

            const RomOs os = osOfVersion(card.version);
            const QString key = osSlug(os) + QLatin1Char('/') + card.codename + QLatin1Char('/') + card.version;
            auto page = pageOfKey.constFind(key);
            if (page == pageOfKey.cend()) {
                XfuPage newPage;
                newPage.os = os;
                newPage.folder = card.codename;
                newPage.branchSlug = card.branch.toLower();
                newPage.version = card.version;
                newPage.name = card.device;
                page = pageOfKey.insert(key, result.pages.size());
                result.pages.append(newPage);
            }
            result.pages[*page].cards.append(card);
            cardOfFile.insert(card.fileName, {*page, result.pages[*page].cards.size() - 1});
            ++result.records;
        } catch (const RecordError &e) {
            ++result.skippedRecords;
            if (result.warnings.size() < MaxWarnings)
                //: %1: the entry's number in the feed; %2: one of its fields (md5, size…: stay in English) or "record"
                result.warnings << tr("record %1: missing or malformed %2").arg(number).arg(e.field);
        }
    }
    if (result.records == 0) {
        result.pages.clear();
        result.error = number == 0 ? tr("the feed is empty") : tr("none of its %Ln record(s) could be read", nullptr, number);
    }
    return result;
}
