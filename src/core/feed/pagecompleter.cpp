// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagecompleter.h"

#include "catalog/xfupagereader.h"
#include "feed/conditionalfetch.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtConcurrent>

namespace {

QString validatorsPath(const QString &pagePath)
{
    return pagePath + QLatin1String(".json");
}

ConditionalFetch::Validators cachedValidators(const QString &pagePath)
{
    QFile file(validatorsPath(pagePath));
    if (!QFileInfo::exists(pagePath) || !file.open(QIODevice::ReadOnly))
        return {};
    return ConditionalFetch::Validators::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

// In a worker: check the fetched page is the one asked for, cache it, rebuild the catalog.
PageCompleter::Result applyPage(const CatalogStore &store, RomOs section, const QString &folder, const QString &version,
                                const QByteArray &body, const ConditionalFetch::Validators &validators)
{
    PageCompleter::Result result{section, folder, version, {}, {}};
    const QString path = store.cachedPagePath(section, folder, version);
    if (!body.isNull()) {
        const XfuPageReader::Result read = XfuPageReader::read(body);
        if (!read.ok()) {
            result.error = PageCompleter::tr("the page could not be read: %1").arg(read.error);
            return result;
        }
        if (read.page.os != section || read.page.folder != folder || read.page.version != version) {
            result.error = PageCompleter::tr("the server sent the page of %1 %2 instead")
                               .arg(read.page.folder, read.page.version);
            return result;
        }
        if (!writeFileAtomically(path, body)
            || !writeFileAtomically(validatorsPath(path), QJsonDocument(validators.toJson()).toJson())) {
            result.error = PageCompleter::tr("could not write the page cache in %1")
                               .arg(QDir::toNativeSeparators(store.pageCachePath()));
            return result;
        }
    }
    const CatalogStore::Loaded loaded = store.load();
    if (!loaded.catalog)
        result.error = loaded.error;
    result.catalog = loaded.catalog;
    return result;
}

} // namespace

QUrl PageCompleter::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://raw.githubusercontent.com/XiaomiFirmwareUpdater/xmfirmwareupdater.github.io/master/pages"));
}

QUrl PageCompleter::pageUrl(const QUrl &base, RomOs section, const QString &folder, const QString &version)
{
    QUrl url = base;
    url.setPath(base.path() + QLatin1Char('/') + osSlug(section) + QLatin1String("/updates/") + folder
                + QLatin1Char('/') + version + QLatin1String(".md"));
    return url;
}

PageCompleter::PageCompleter(const CatalogStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_base(defaultBaseUrl())
    , m_nam(new QNetworkAccessManager(this))
    , m_fetch(new ConditionalFetch(m_nam, this))
{
    qRegisterMetaType<PageCompleter::Result>();
    connect(m_fetch, &ConditionalFetch::finished, this, [this](const ConditionalFetch::Reply &reply) {
        const int generation = m_generation;
        const RomOs section = m_section;
        const QString folder = m_folder, version = m_version;
        if (reply.kind != ConditionalFetch::Reply::Fetched && reply.kind != ConditionalFetch::Reply::NotModified) {
            m_folder.clear();
            Q_EMIT finished({section, folder, version, {}, reply.error});
            return;
        }
        const QByteArray body = reply.kind == ConditionalFetch::Reply::Fetched ? reply.body : QByteArray();
        auto *watcher = new QFutureWatcher<Result>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return; // replaced by a newer request
            m_folder.clear();
            Q_EMIT finished(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(applyPage, m_store, section, folder, version, body, reply.validators));
    });
}

bool PageCompleter::needsCompletion(const Catalog &catalog, int page)
{
    if (catalog.feedOnlyFiles().isEmpty() || page < 0 || page >= catalog.pages().size())
        return false;
    for (int f : catalog.pages()[page].files) {
        if (catalog.feedOnlyFiles().contains(catalog.files()[f].fileName))
            return true;
    }
    return false;
}

bool PageCompleter::isBusy() const
{
    return !m_folder.isEmpty();
}

void PageCompleter::complete(RomOs section, const QString &folder, const QString &version)
{
    if (m_fetch->isRunning()) {
        m_fetch->blockSignals(true);
        m_fetch->abort();
        m_fetch->blockSignals(false);
    }
    ++m_generation;
    m_section = section;
    m_folder = folder;
    m_version = version;
    const QString path = m_store.cachedPagePath(section, folder, version);
    m_fetch->start(pageUrl(m_base, section, folder, version), cachedValidators(path), XfuPageReader::MaxPageBytes,
                   m_timeoutMs);
}
