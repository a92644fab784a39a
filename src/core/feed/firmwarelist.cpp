// SPDX-License-Identifier: GPL-3.0-or-later
#include "firmwarelist.h"

#include "feed/yamlrecords.h"
#include "util/safefilename.h"
#include "util/weburl.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

struct RecordError
{
    QString field;
};

QString scalar(const YamlRecords::Record &record, const char *key)
{
    const YamlRecords::Value *value = record.find(key);
    if (!value || value->kind != YamlRecords::Value::Scalar || value->text.trimmed().isEmpty())
        throw RecordError{QString::fromLatin1(key)};
    return value->text.trimmed();
}

// An https link to this very file: a GitHub release asset ends with the name, SourceForge's
// ".../<name>/download" has it as the segment before.
QString linkTo(const YamlRecords::Record &record, const char *key, const QString &fileName)
{
    const QString text = scalar(record, key);
    const QUrl url(text, QUrl::StrictMode);
    const QStringList segments = url.path().split(QLatin1Char('/'));
    const bool namesFile = url.fileName() == fileName
        || (segments.size() >= 2 && segments.last() == QLatin1String("download") && segments[segments.size() - 2] == fileName);
    if (!isWebUrl(url) || url.scheme() != QLatin1String("https") || !namesFile)
        throw RecordError{QString::fromLatin1(key)};
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

FirmwareList::Result FirmwareList::read(const QByteArray &yaml, Kind kind)
{
    Result result;
    const YamlRecords::Result yamlRecords = YamlRecords::read(yaml);
    if (!yamlRecords.ok()) {
        result.error = yamlRecords.errorText();
        return result;
    }
    if (yamlRecords.root == YamlRecords::Root::Other) {
        result.error = tr("it is not a list of package records");
        return result;
    }
    static const QRegularExpression datePattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    static const QRegularExpression versionPattern(QStringLiteral("^[A-Za-z0-9.]+$"));
    static const QRegularExpression listVersionPattern(QStringLiteral("^[A-Za-z0-9._]+$"));
    static const QRegularExpression sizePattern(QStringLiteral("^[0-9]+(\\.[0-9]+)? (Bytes|KB|MB|GB)$"));
    static const QRegularExpression regionPattern(QStringLiteral("^[A-Za-z]+( [A-Za-z]+)*$"));
    int number = 0;
    for (const YamlRecords::Record &yamlRecord : yamlRecords.records) {
        ++number;
        try {
            if (!yamlRecord.isMap)
                //: Fills %2 of "record %1: missing or malformed %2" when the whole entry is malformed
                throw RecordError{tr("record")};
            Record record;
            record.number = number;
            record.fileName = scalar(yamlRecord, "filename");
            if (!SafeFileName::check(record.fileName).isEmpty() || !record.fileName.endsWith(QLatin1String(".zip")))
                throw RecordError{QStringLiteral("filename")};
            const QString branch = scalar(yamlRecord, "branch");
            if (branch != QLatin1String("stable") && branch != QLatin1String("weekly"))
                throw RecordError{QStringLiteral("branch")};
            record.branch = branch.left(1).toUpper() + branch.mid(1);
            record.date = scalar(yamlRecord, "date");
            if (!datePattern.match(record.date).hasMatch())
                throw RecordError{QStringLiteral("date")};
            record.region = scalar(yamlRecord, "region");
            if (!regionPattern.match(record.region).hasMatch())
                throw RecordError{QStringLiteral("region")};
            // Two real records say "ota_full" (a piece of their file name) for their version; their
            // pages give the right one, and a list-only file's version comes from here.
            record.version = scalar(yamlRecord, "versions.miui");
            if (!listVersionPattern.match(record.version).hasMatch() || !record.fileName.contains(record.version))
                throw RecordError{QStringLiteral("versions.miui")};
            record.android = scalar(yamlRecord, "versions.android");
            if (!versionPattern.match(record.android).hasMatch())
                throw RecordError{QStringLiteral("versions.android")};
            record.links.append(linkTo(yamlRecord, "downloads.github", record.fileName));
            if (kind == Kind::Vendor) {
                record.size = scalar(yamlRecord, "size");
                if (!sizePattern.match(record.size).hasMatch())
                    throw RecordError{QStringLiteral("size")};
                record.links.append(linkTo(yamlRecord, "downloads.sf", record.fileName));
            }
            result.records.append(record);
        } catch (const RecordError &e) {
            //: %1: the entry's number in the list; %2: one of its fields (filename, downloads.github…: stay in English) or "record"
            result.errors.append(tr("record %1: missing or malformed %2").arg(number).arg(e.field));
        }
    }
    return result;
}
