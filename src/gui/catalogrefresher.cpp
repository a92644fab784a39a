// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogrefresher.h"


CatalogRefresher::CatalogRefresher(const CatalogStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_updater(new CatalogUpdater(store, this))
    , m_completer(new PageCompleter(store, this))
{
    setSettings(RefreshSettings::load());
    connect(m_updater, &CatalogUpdater::finished, this, &CatalogRefresher::refreshed);
    connect(m_completer, &PageCompleter::finished, this, &CatalogRefresher::pageCompleted);
}

void CatalogRefresher::setStore(const CatalogStore &store)
{
    m_store = store;
    m_updater->setStore(store);
    m_completer->setStore(store);
}

void CatalogRefresher::setSettings(const RefreshSettings &settings)
{
    m_settings = settings;
    CatalogUpdater::Options options = m_updater->options();
    options.sources.clear();
    for (const QUrl &url : {settings.primaryUrl, settings.fallbackUrl}) {
        if (url.isValid() && !url.isEmpty() && !options.sources.contains(url))
            options.sources.append(url);
    }
    m_updater->setOptions(options);
}

void CatalogRefresher::refresh(const CatalogPtr &current)
{
    if (m_updater->isBusy())
        return;
    Q_EMIT refreshStarted();
    m_updater->refresh(current);
}

bool CatalogRefresher::refreshIfDue(const CatalogPtr &current)
{
    if (!m_settings.isDue(CatalogUpdater::loadState(m_store).checked, QDateTime::currentDateTimeUtc()))
        return false;
    refresh(current);
    return true;
}

void CatalogRefresher::completePage(const QString &folder, const QString &version)
{
    if (!isCompleting(folder, version))
        m_completer->complete(folder, version);
}

bool CatalogRefresher::isCompleting(const QString &folder, const QString &version) const
{
    return m_completer->isBusy() && m_completer->busyPage() == folder + QLatin1Char('/') + version;
}

QString CatalogRefresher::statusText(const CatalogUpdater::Result &result, const Catalog *catalog)
{
    // The ISO date reads the same everywhere ("catalog from 2026-08-23").
    const QString date = catalog ? catalog->info().snapshot.toUTC().date().toString(Qt::ISODate) : QString();
    switch (result.outcome) {
    case CatalogUpdater::Outcome::Updated:
        if (result.addedFiles.isEmpty())
            return tr("Catalog refreshed: no new ROMs.");
        return tr("Catalog refreshed: %n new ROM file(s) (View → What's New).", nullptr, int(result.addedFiles.size()));
    case CatalogUpdater::Outcome::NotModified:
        return tr("The catalog is up to date.");
    case CatalogUpdater::Outcome::NetworkError:
        return tr("Offline — catalog from %1").arg(date);
    case CatalogUpdater::Outcome::BadData:
        return tr("The catalog refresh was refused, catalog from %1 kept: %2").arg(date, result.message);
    }
    return {};
}

QString CatalogRefresher::statusDetails(const CatalogUpdater::Result &result)
{
    return result.outcome == CatalogUpdater::Outcome::NetworkError ? result.message : QString();
}
