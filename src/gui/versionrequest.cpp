// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionrequest.h"

#include "util/weburl.h"

namespace {

bool looksLikeUrl(const QString &argument)
{
    return argument.contains(QLatin1String("://")) || argument.startsWith(QLatin1String("www."))
        || argument.contains(QLatin1String("firmwareupdater.com"));
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool osMatches(const QString &osSlugWanted, RomOs os)
{
    return osSlugWanted.isEmpty() || osSlugWanted == osSlug(os);
}

} // namespace

QString VersionRequest::displayText() const
{
    return version.isEmpty() ? folder : folder + QLatin1Char(' ') + version;
}

int VersionRequest::findPage(const Catalog &catalog) const
{
    if (os.isEmpty()) {
        const int exact = catalog.findPage(folder, version);
        if (exact >= 0)
            return exact;
    }
    int loose = -1;
    for (const CatalogDevice &device : catalog.devices()) {
        if (!sameText(device.folder, folder) || !osMatches(os, device.os))
            continue;
        for (int p : device.pages) {
            const QString &v = catalog.pages().at(p).version;
            if (v == version)
                return p;
            if (loose < 0 && sameText(v, version))
                loose = p;
        }
    }
    return loose;
}

int VersionRequest::findDevice(const Catalog &catalog) const
{
    for (int d = 0; d < catalog.devices().size(); ++d) {
        const CatalogDevice &device = catalog.devices().at(d);
        if (sameText(device.folder, folder) && osMatches(os, device.os))
            return d;
    }
    return -1;
}

bool VersionRequest::isSiteHost(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(QLatin1String("www.")))
        h = h.mid(4);
    return h == QLatin1String("xmfirmwareupdater.com") || h == QLatin1String("xiaomifirmwareupdater.com");
}

VersionRequest VersionRequest::fromUrl(const QUrl &url)
{
    VersionRequest request;
    if (!isWebUrl(url) || !isSiteHost(url.host())) {
        request.error = tr("“%1” is not a link to xmfirmwareupdater.com.").arg(url.toDisplayString());
        return request;
    }
    QStringList parts = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // A device's archive, /archive/<section>/<folder>/, names the device as /<section>/<folder>/ does.
    if (parts.size() == 3 && parts.first().compare(QLatin1String("archive"), Qt::CaseInsensitive) == 0)
        parts.removeFirst();
    const std::optional<RomOs> section = osFromSlug(parts.value(0));
    // /<section>/<folder>/, or /<section>/<folder>/<branch>/<version>/ (vendor packages have no
    // version pages)
    if (!section || (parts.size() != 2 && (parts.size() != 4 || *section == RomOs::Vendor))) {
        request.error = tr("“%1” is not a link to a device or version page of the website.").arg(url.toDisplayString());
        return request;
    }
    request.os = osSlug(*section);
    request.folder = parts.at(1);
    if (parts.size() == 4)
        request.version = parts.at(3);
    return request;
}

VersionRequest VersionRequest::fromArguments(const QStringList &arguments)
{
    VersionRequest request;
    if (arguments.isEmpty())
        return request;
    if (arguments.size() == 1 && looksLikeUrl(arguments.first())) {
        QString text = arguments.first().trimmed();
        if (!text.contains(QLatin1String("://")))
            text.prepend(QLatin1String("https://"));
        return fromUrl(QUrl(text, QUrl::StrictMode));
    }
    if (arguments.size() > 2) {
        request.error = tr("Expected a codename and a version, or a link to a version page.");
        return request;
    }
    request.folder = arguments.at(0).trimmed();
    request.version = arguments.value(1).trimmed();
    if (request.folder.isEmpty() || request.folder.contains(QLatin1Char('/'))
        || request.version.contains(QLatin1Char('/'))) {
        request.folder.clear();
        request.version.clear();
        request.error = tr("Expected a codename and a version, or a link to a version page.");
    }
    return request;
}
