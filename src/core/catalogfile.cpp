// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogfile.h"

#include <QDataStream>
#include <QFile>
#include <QHash>

namespace {

const char kMagic[] = "FWBCAT";
constexpr int kMagicSize = 6;

// Interns strings so each distinct text is written once.
class StringTable
{
public:
    quint32 id(const QString &s)
    {
        auto it = m_ids.constFind(s);
        if (it == m_ids.cend()) {
            it = m_ids.insert(s, quint32(m_offsets.size()));
            m_offsets.append(quint32(m_blob.size()));
            m_blob.append(s.toUtf8());
        }
        return *it;
    }
    void write(QDataStream &out) const
    {
        out << m_blob << m_offsets;
    }

private:
    QHash<QString, quint32> m_ids;
    QByteArray m_blob;
    QList<quint32> m_offsets;
};

// Splits "https://host/dir/name" into "https://host/dir/" and "name": the name is shared by every
// mirror and the prefix by every file of a version.
std::pair<QString, QString> splitUrl(const QString &url)
{
    const qsizetype slash = url.lastIndexOf(QLatin1Char('/'));
    return {url.left(slash + 1), url.mid(slash + 1)};
}

} // namespace

QByteArray CatalogFile::write(const Catalog &catalog)
{
    StringTable strings;
    QByteArray records;
    {
        QDataStream out(&records, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(catalog.devices().size());
        for (const CatalogDevice &d : catalog.devices())
            out << quint8(d.os) << strings.id(d.folder) << strings.id(d.marketingName);
        out << quint32(catalog.files().size());
        for (const RomFile &f : catalog.files()) {
            for (const QString *s : {&f.device, &f.codename, &f.version, &f.branch, &f.type, &f.size,
                                     &f.releaseDate, &f.fileName, &f.md5, &f.changelog, &f.androidVersion})
                out << strings.id(*s);
            out << quint8(f.urls.size());
            for (const QString &url : f.urls) {
                const auto [prefix, name] = splitUrl(url);
                out << strings.id(prefix) << strings.id(name);
            }
        }
        out << quint32(catalog.pages().size());
        for (const CatalogPage &p : catalog.pages()) {
            out << quint8(p.os) << strings.id(p.folder) << strings.id(p.branchSlug) << strings.id(p.version)
                << strings.id(p.name) << quint32(p.files.size());
            for (int f : p.files)
                out << quint32(f);
        }
    }
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << catalog.info().source << catalog.info().snapshot;
        strings.write(out);
        out << records;
    }
    QByteArray bytes(kMagic, kMagicSize);
    QDataStream header(&bytes, QIODevice::Append);
    header.setVersion(QDataStream::Qt_6_4);
    header << FormatVersion;
    bytes.append(qCompress(payload, 9));
    return bytes;
}

CatalogFile::Result CatalogFile::read(const QByteArray &bytes)
{
    Result result;
    if (!bytes.startsWith(QByteArrayView(kMagic, kMagicSize)) || bytes.size() < kMagicSize + 2) {
        result.error = tr("it is not a Firmware Browser catalog file");
        return result;
    }
    quint16 version = 0;
    {
        QDataStream header(bytes.mid(kMagicSize, 2));
        header >> version;
    }
    if (version != FormatVersion) {
        result.error = tr("it has catalog format %1; this version of the app reads format %2")
                           .arg(version)
                           .arg(FormatVersion);
        return result;
    }
    const QByteArray payload = qUncompress(reinterpret_cast<const uchar *>(bytes.constData()) + kMagicSize + 2,
                                           bytes.size() - kMagicSize - 2);
    if (payload.isEmpty()) {
        result.error = tr("its compressed data is damaged");
        return result;
    }

    auto catalog = std::make_shared<Catalog>();
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    QByteArray blob;
    QList<quint32> offsets;
    QByteArray records;
    in >> catalog->m_info.source >> catalog->m_info.snapshot >> blob >> offsets >> records;
    if (in.status() != QDataStream::Ok) {
        result.error = tr("its header is truncated");
        return result;
    }
    QStringList strings;
    strings.reserve(offsets.size());
    for (qsizetype i = 0; i < offsets.size(); ++i) {
        const quint32 begin = offsets[i];
        const quint32 end = i + 1 < offsets.size() ? offsets[i + 1] : quint32(blob.size());
        if (begin > end || end > quint32(blob.size())) {
            result.error = tr("its string table is damaged");
            return result;
        }
        strings.append(QString::fromUtf8(blob.constData() + begin, end - begin));
    }

    bool bad = false;
    QDataStream rec(records);
    rec.setVersion(QDataStream::Qt_6_4);
    auto str = [&]() -> QString {
        quint32 id = 0;
        rec >> id;
        if (id >= quint32(strings.size())) {
            bad = true;
            return {};
        }
        return strings.at(id);
    };
    auto count = [&](quint32 limit) {
        quint32 n = 0;
        rec >> n;
        if (n > limit)
            bad = true;
        return bad ? 0u : n;
    };
    auto os = [&]() {
        quint8 value = 0;
        rec >> value;
        if (value > quint8(RomOs::HyperOs))
            bad = true;
        return RomOs(value);
    };

    const quint32 deviceCount = count(1'000'000);
    catalog->m_devices.reserve(deviceCount);
    for (quint32 i = 0; i < deviceCount && !bad; ++i) {
        CatalogDevice d;
        d.os = os();
        d.folder = str();
        d.marketingName = str();
        catalog->m_devices.append(std::move(d));
    }
    const quint32 fileCount = count(100'000'000);
    catalog->m_files.reserve(fileCount);
    for (quint32 i = 0; i < fileCount && !bad; ++i) {
        RomFile f;
        for (QString *s : {&f.device, &f.codename, &f.version, &f.branch, &f.type, &f.size, &f.releaseDate,
                           &f.fileName, &f.md5, &f.changelog, &f.androidVersion})
            *s = str();
        quint8 urls = 0;
        rec >> urls;
        f.urls.reserve(urls);
        for (quint8 u = 0; u < urls; ++u)
            f.urls.append(str() + str());
        catalog->m_files.append(std::move(f));
    }
    const quint32 pageCount = count(100'000'000);
    catalog->m_pages.reserve(pageCount);
    for (quint32 i = 0; i < pageCount && !bad; ++i) {
        CatalogPage p;
        p.os = os();
        p.folder = str();
        p.branchSlug = str();
        p.version = str();
        p.name = str();
        const quint32 files = count(10'000);
        p.files.reserve(files);
        for (quint32 k = 0; k < files; ++k) {
            quint32 f = 0;
            rec >> f;
            if (f >= fileCount)
                bad = true;
            p.files.append(int(f));
        }
        catalog->m_cardCount += int(files);
        catalog->m_pages.append(std::move(p));
    }
    if (bad || rec.status() != QDataStream::Ok) {
        result.error = tr("its records are damaged or truncated");
        return result;
    }
    // Device page lists are rebuilt from the pages so they can never disagree.
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {nullptr, tr("cannot open it: %1").arg(file.errorString())};
    if (file.size() > MaxFileBytes)
        return {nullptr, tr("it is %1 bytes long, too large for a catalog").arg(file.size())};
    return read(file.readAll());
}
