// SPDX-License-Identifier: GPL-3.0-or-later
#include "urllist.h"

namespace {

// "https://host/7.6.8/file.zip" -> position of "7.6.8/file.zip"; -1 when there is no host part.
qsizetype pathStart(const QString &url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    const qsizetype slash = scheme < 0 ? -1 : url.indexOf(QLatin1Char('/'), scheme + 3);
    return slash < 0 ? -1 : slash + 1;
}

} // namespace

UrlList::UrlList(const QStringList &urls)
{
    if (urls.isEmpty())
        return;
    const qsizetype start = pathStart(urls.first());
    const QString path = start < 0 ? QString() : urls.first().mid(start);
    const bool shared = !path.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [&path](const QString &url) {
        return pathStart(url) == url.size() - path.size() && url.endsWith(path);
    });
    if (!shared) {
        m_prefixes = urls; // paths differ between mirrors: keep whole URLs
        return;
    }
    m_name = path;
    m_prefixes.reserve(urls.size());
    for (const QString &url : urls)
        m_prefixes.append(url.left(url.size() - path.size()));
}

bool UrlList::contains(const QString &url) const
{
    for (const QString &prefix : m_prefixes) {
        if (url.size() == prefix.size() + m_folder.size() + m_name.size() && url.startsWith(prefix)
            && QStringView(url).mid(prefix.size()).startsWith(m_folder) && url.endsWith(m_name))
            return true;
    }
    return false;
}

void UrlList::append(const QString &url)
{
    QStringList urls = toStringList();
    urls.append(url);
    *this = UrlList(urls);
}

QStringList UrlList::toStringList() const
{
    QStringList urls;
    urls.reserve(m_prefixes.size());
    for (const QString &prefix : m_prefixes)
        urls.append(prefix + m_folder + m_name);
    return urls;
}
