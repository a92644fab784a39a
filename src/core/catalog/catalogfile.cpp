// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogfile.h"

#include <QFile>
#include <QHash>
#include <QResource>
#include <QVarLengthArray>
#include <QtConcurrent>

namespace {

const char kMagic[] = "FWBCAT";
constexpr int kMagicSize = 6;
constexpr int kHeaderSize = kMagicSize + 3;

class Writer
{
public:
    void number(quint64 n)
    {
        do {
            const char byte = char(n & 0x7f);
            n >>= 7;
            m_bytes.append(n ? char(byte | 0x80) : byte);
        } while (n);
    }
    void text(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        number(quint64(utf8.size()));
        m_bytes.append(utf8);
    }
    void append(const QByteArray &bytes) { m_bytes.append(bytes); }
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// Interns strings so each distinct text is written once.
class StringTable
{
public:
    quint64 id(const QString &s)
    {
        auto it = m_ids.constFind(s);
        if (it == m_ids.cend()) {
            it = m_ids.insert(s, quint64(m_strings.size()));
            m_strings.append(s);
        }
        return *it;
    }
    const QStringList &strings() const { return m_strings; }

private:
    QHash<QString, quint64> m_ids;
    QStringList m_strings;
};

// Bounds-checked reader; any overrun or bad value sets failed() and returns zeros from then on.
class Reader
{
public:
    Reader(const char *begin, const char *end)
        : m_at(begin)
        , m_end(end)
    {
    }
    quint64 number()
    {
        quint64 n = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at >= m_end)
                return fail();
            const quint8 byte = quint8(*m_at++);
            n |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return n;
        }
        return fail();
    }
    quint64 numberBelow(quint64 limit)
    {
        const quint64 n = number();
        return n < limit ? n : fail();
    }
    QByteArrayView bytes()
    {
        const quint64 size = number();
        if (m_failed || size > quint64(m_end - m_at)) {
            fail();
            return {};
        }
        const QByteArrayView view(m_at, qsizetype(size));
        m_at += size;
        return view;
    }
    bool failed() const { return m_failed; }
    // Also for a value that is well-formed but wrong.
    quint64 fail()
    {
        m_failed = true;
        m_at = m_end;
        return 0;
    }

private:
    const char *m_at;
    const char *m_end;
    bool m_failed = false;
};

struct MirrorIds
{
    quint64 origin, folder, name; // string ids
};

struct UrlParts
{
    QString origin, folder, name; // "https://host/", "7.6.8/", "miui_….zip"
};

UrlParts splitUrl(const QString &url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    const qsizetype hostEnd = scheme < 0 ? -1 : url.indexOf(QLatin1Char('/'), scheme + 3);
    const qsizetype last = url.lastIndexOf(QLatin1Char('/'));
    if (hostEnd < 0 || last < hostEnd)
        return {QString(), QString(), url};
    return {url.left(hostEnd + 1), url.mid(hostEnd + 1, last - hostEnd), url.mid(last + 1)};
}

} // namespace

QByteArray CatalogFile::write(const Catalog &catalog, Compression compression)
{
    StringTable strings;
    Writer records;
    records.number(quint64(catalog.devices().size()));
    for (const CatalogDevice &d : catalog.devices()) {
        records.number(quint64(d.os));
        records.number(strings.id(d.folder));
        records.number(strings.id(d.marketingName));
    }
    records.number(quint64(catalog.files().size()));
    for (const RomFile &f : catalog.files()) {
        for (const QString *s : {&f.device, &f.codename, &f.version, &f.branch, &f.type, &f.size, &f.releaseDate,
                                 &f.fileName, &f.md5, &f.changelog, &f.androidVersion})
            records.number(strings.id(*s));
        records.number(quint64(f.urls.size()));
        for (const QString &url : f.urls.toStringList()) {
            const UrlParts parts = splitUrl(url);
            records.number(strings.id(parts.origin));
            records.number(strings.id(parts.folder));
            records.number(strings.id(parts.name));
        }
        records.number(strings.id(f.firstSeen.isValid() ? f.firstSeen.toString(Qt::ISODateWithMs) : QString()));
        records.number(quint64(f.otherDeviceNames.size()));
        for (const QString &name : f.otherDeviceNames)
            records.number(strings.id(name));
    }
    records.number(quint64(catalog.pages().size()));
    for (const CatalogPage &p : catalog.pages()) {
        records.number(quint64(p.os));
        for (const QString *s : {&p.folder, &p.branchSlug, &p.version, &p.name})
            records.number(strings.id(*s));
        records.number(quint64(p.files.size()));
        for (int f : p.files)
            records.number(quint64(f));
    }

    Writer payload;
    payload.text(catalog.info().source);
    payload.text(catalog.info().snapshot.toString(Qt::ISODate));
    payload.number(quint64(strings.strings().size()));
    for (const QString &s : strings.strings())
        payload.text(s);
    payload.append(records.bytes());

    QByteArray bytes(kMagic, kMagicSize);
    bytes.append(char(FormatVersion >> 8));
    bytes.append(char(FormatVersion & 0xff));
    bytes.append(char(compression));
    bytes.append(compression == Compression::Zlib ? qCompress(payload.bytes(), 9) : payload.bytes());
    return bytes;
}

namespace {

// The data of a catalog file, unpacked if needed: `payload` views either `bytes` (stored
// uncompressed) or `storage`. Returns false with *error set when the file is not usable.
bool unpack(const QByteArray &bytes, QByteArray &storage, QByteArrayView &payload, quint16 *formatVersion,
            QString *error)
{
    if (bytes.size() < kHeaderSize || !bytes.startsWith(QByteArrayView(kMagic, kMagicSize))) {
        *error = CatalogFile::tr("it is not a Firmware Browser catalog file");
        return false;
    }
    const quint16 version = quint16((quint8(bytes[kMagicSize]) << 8) | quint8(bytes[kMagicSize + 1]));
    if (version < CatalogFile::OldestReadableVersion || version > CatalogFile::FormatVersion) {
        *error = CatalogFile::tr("it has catalog format %1; this version of the app reads format %2")
                     .arg(version)
                     .arg(CatalogFile::FormatVersion);
        return false;
    }
    *formatVersion = version;
    const auto compression = CatalogFile::Compression(quint8(bytes[kMagicSize + 2]));
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData()) + kHeaderSize;
    const qsizetype size = bytes.size() - kHeaderSize;
    switch (compression) {
    case CatalogFile::Compression::None:
        payload = QByteArrayView(data, size);
        return true;
    case CatalogFile::Compression::Zlib: {
        // qUncompress trusts the size stored in front of the data and allocates it: refuse sizes
        // that zlib cannot reach (~1032:1) or that no catalog needs (found by fuzz_catalogfile).
        const quint64 claimed = size < 4 ? 0 : (quint64(data[0]) << 24) | (quint64(data[1]) << 16) | (quint64(data[2]) << 8) | data[3];
        if (claimed == 0 || claimed > quint64(CatalogFile::MaxFileBytes) || claimed > quint64(size) * 1100) {
            *error = CatalogFile::tr("its compressed data is damaged");
            return false;
        }
        storage = qUncompress(data, size);
        payload = storage;
        if (storage.isEmpty())
            *error = CatalogFile::tr("its compressed data is damaged");
        return !storage.isEmpty();
    }
    }
    *error = CatalogFile::tr("it uses an unknown compression (%1)").arg(int(compression));
    return false;
}

} // namespace

QByteArray CatalogFile::uncompressed(const QByteArray &bytes, QString *error)
{
    QByteArray storage;
    QByteArrayView payload;
    quint16 version = 0;
    if (!unpack(bytes, storage, payload, &version, error))
        return {};
    QByteArray raw = bytes.left(kHeaderSize);
    raw[kMagicSize + 2] = char(Compression::None);
    raw.append(payload);
    return raw;
}

CatalogFile::Result CatalogFile::read(const QByteArray &bytes)
{
    Result result;
    QByteArray storage;
    QByteArrayView payload;
    quint16 version = 0;
    if (!unpack(bytes, storage, payload, &version, &result.error))
        return result;

    auto catalog = std::make_shared<Catalog>();
    Reader in(payload.data(), payload.data() + payload.size());
    catalog->m_info.source = QString::fromUtf8(in.bytes());
    catalog->m_info.snapshot = QDateTime::fromString(QString::fromUtf8(in.bytes()), Qt::ISODate);

    // Strings are located first, then decoded in parallel: UTF-8 decoding is most of the load time.
    const quint64 stringCount = in.numberBelow(quint64(payload.size()) + 1);
    QList<QByteArrayView> utf8;
    utf8.reserve(qsizetype(stringCount));
    for (quint64 i = 0; i < stringCount && !in.failed(); ++i)
        utf8.append(in.bytes());
    if (in.failed()) {
        result.error = tr("its string table is damaged or truncated");
        return result;
    }
    QStringList strings(utf8.size());
    const qsizetype half = utf8.size() / 2;
    auto decode = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            strings[i] = QString::fromUtf8(utf8[i]);
    };
    QFuture<void> firstHalf = QtConcurrent::run(decode, 0, half);
    decode(half, utf8.size());
    firstHalf.waitForFinished();

    const quint64 stringLimit = quint64(strings.size());
    auto str = [&]() -> QString {
        const quint64 id = in.numberBelow(stringLimit);
        return in.failed() ? QString() : strings.at(qsizetype(id));
    };
    // A file's mirrors -> its UrlList. Mirrors normally share one path, and consecutive files
    // share their list of hosts: that list is made once and shared, not once per file.
    QVarLengthArray<quint64, 8> lastOrigins;
    QStringList lastOriginList;
    auto urlList = [&](const QVarLengthArray<MirrorIds, 8> &mirrors) {
        const bool samePath = std::all_of(mirrors.cbegin(), mirrors.cend(), [&](const MirrorIds &m) {
            return m.folder == mirrors.front().folder && m.name == mirrors.front().name;
        });
        if (mirrors.isEmpty() || !samePath) {
            QStringList urls;
            for (const MirrorIds &m : mirrors)
                urls.append(strings[m.origin] + strings[m.folder] + strings[m.name]);
            return UrlList(urls);
        }
        const bool sameOrigins = lastOrigins.size() == mirrors.size()
            && std::equal(mirrors.cbegin(), mirrors.cend(), lastOrigins.cbegin(),
                          [](const MirrorIds &m, quint64 origin) { return m.origin == origin; });
        if (!sameOrigins) {
            lastOrigins.clear();
            lastOriginList.clear();
            for (const MirrorIds &m : mirrors) {
                lastOrigins.append(m.origin);
                lastOriginList.append(strings[m.origin]);
            }
        }
        return UrlList(lastOriginList, strings[mirrors.front().folder], strings[mirrors.front().name]);
    };
    // The files of one refresh share their first-seen time: parse each distinct text once.
    QHash<quint64, QDateTime> seenTimes;
    auto firstSeen = [&](quint64 id) {
        if (in.failed() || strings.at(qsizetype(id)).isEmpty())
            return QDateTime();
        auto it = seenTimes.constFind(id);
        if (it == seenTimes.cend())
            it = seenTimes.insert(id, QDateTime::fromString(strings.at(qsizetype(id)), Qt::ISODateWithMs));
        if (!it->isValid())
            in.fail();
        return *it;
    };
    const RomOs lastSection = version >= 6 ? RomOs::Vendor : RomOs::HyperOs;
    auto os = [&]() { return RomOs(in.numberBelow(quint64(lastSection) + 1)); };
    const quint64 sane = quint64(payload.size()); // no count can exceed the bytes that describe it

    const quint64 deviceCount = in.numberBelow(sane);
    catalog->m_devices.reserve(qsizetype(deviceCount));
    for (quint64 i = 0; i < deviceCount && !in.failed(); ++i) {
        CatalogDevice d;
        d.os = os();
        d.folder = str();
        d.marketingName = str();
        catalog->m_devices.append(std::move(d));
    }
    const quint64 fileCount = in.numberBelow(sane);
    catalog->m_files.reserve(qsizetype(fileCount));
    for (quint64 i = 0; i < fileCount && !in.failed(); ++i) {
        RomFile f;
        for (QString *s : {&f.device, &f.codename, &f.version, &f.branch, &f.type, &f.size, &f.releaseDate,
                           &f.fileName, &f.md5, &f.changelog, &f.androidVersion})
            *s = str();
        const quint64 urls = in.numberBelow(256);
        QVarLengthArray<MirrorIds, 8> mirrors;
        for (quint64 u = 0; u < urls && !in.failed(); ++u) {
            const quint64 origin = in.numberBelow(stringLimit);
            const quint64 folder = in.numberBelow(stringLimit);
            mirrors.append(MirrorIds{origin, folder, in.numberBelow(stringLimit)});
        }
        if (version >= 4)
            f.firstSeen = firstSeen(in.numberBelow(stringLimit));
        if (version >= 5) {
            const quint64 names = in.numberBelow(256);
            for (quint64 n = 0; n < names && !in.failed(); ++n)
                f.otherDeviceNames.append(str());
        }
        if (in.failed())
            break;
        f.urls = urlList(mirrors);
        catalog->m_files.append(std::move(f));
    }
    const quint64 pageCount = in.numberBelow(sane);
    catalog->m_pages.reserve(qsizetype(pageCount));
    for (quint64 i = 0; i < pageCount && !in.failed(); ++i) {
        CatalogPage p;
        p.os = os();
        for (QString *s : {&p.folder, &p.branchSlug, &p.version, &p.name})
            *s = str();
        const quint64 files = in.numberBelow(10'000);
        p.files.reserve(qsizetype(files));
        for (quint64 k = 0; k < files; ++k)
            p.files.append(int(in.numberBelow(fileCount)));
        catalog->m_cardCount += int(files);
        catalog->m_pages.append(std::move(p));
    }
    if (in.failed()) {
        result.error = tr("its records are damaged or truncated");
        return result;
    }
    // Device page lists are rebuilt from the pages so the two can never disagree.
    QHash<QString, int> deviceIndex;
    for (int d = 0; d < catalog->m_devices.size(); ++d)
        deviceIndex.insert(osSlug(catalog->m_devices[d].os) + QLatin1Char('/') + catalog->m_devices[d].folder, d);
    for (int p = 0; p < catalog->m_pages.size(); ++p) {
        const CatalogPage &page = catalog->m_pages[p];
        const QString key = osSlug(page.os) + QLatin1Char('/') + page.folder;
        auto it = deviceIndex.constFind(key);
        if (it == deviceIndex.cend()) {
            it = deviceIndex.insert(key, int(catalog->m_devices.size()));
            catalog->m_devices.append(CatalogDevice{page.os, page.folder, QString(), {}});
        }
        catalog->m_devices[*it].pages.append(p);
    }
    catalog->buildIndexes();
    result.catalog = std::move(catalog);
    return result;
}

CatalogFile::Result CatalogFile::readFile(const QString &path)
{
    if (path.startsWith(QLatin1String(":/"))) {
        // Embedded: QResource unpacks straight into one buffer (QFile would copy it again).
        const QResource resource(path);
        if (!resource.isValid())
            return {nullptr, tr("the embedded catalog %1 is missing from this build").arg(path)};
        return read(resource.uncompressedData());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {nullptr, tr("cannot open it: %1").arg(file.errorString())};
    if (file.size() > MaxFileBytes)
        return {nullptr, tr("it is %1 bytes long, too large for a catalog").arg(file.size())};
    return read(file.readAll());
}
