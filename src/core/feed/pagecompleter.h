// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "catalog/catalogstore.h"

#include <QObject>
#include <QUrl>

class ConditionalFetch;
class QNetworkAccessManager;

// Completes a version page whose files came from a refresh feed (a ROM without changelog and with
// one link, a firmware zip without MD5 and size): it fetches the page's source from the website's repository (conditionally, when a copy is cached),
// checks that it is that page, caches it (CatalogStore::cachedPagePath) and hands back the
// catalog rebuilt with it. One page at a time; a new request replaces a running one.
class PageCompleter : public QObject
{
    Q_OBJECT

public:
    // https://raw.githubusercontent.com/XiaomiFirmwareUpdater/xmfirmwareupdater.github.io/master/pages
    static QUrl defaultBaseUrl();
    // <base>/<section>/updates/<folder>/<version>.md: miui, hyperos or firmware.
    static QUrl pageUrl(const QUrl &base, RomOs section, const QString &folder, const QString &version);

    struct Result
    {
        RomOs section = RomOs::Miui;
        QString folder;
        QString version;
        CatalogPtr catalog; // the rebuilt catalog; null when the page could not be completed
        QString error;      // why not, for people
        bool ok() const { return catalog != nullptr; }
    };

    explicit PageCompleter(const CatalogStore &store, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &base) { m_base = base; }
    void setStore(const CatalogStore &store) { m_store = store; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Whether a page of this catalog has files only the feed knows.
    static bool needsCompletion(const Catalog &catalog, int page);

    void complete(RomOs section, const QString &folder, const QString &version);
    // A ROM version page, its OS by the version ("OS…" is HyperOS).
    void complete(const QString &folder, const QString &version) { complete(osOfVersion(version), folder, version); }
    bool isBusy() const;
    // "<folder>/<version>" of the ROM or firmware page being completed.
    QString busyPage() const { return m_folder + QLatin1Char('/') + m_version; }
    RomOs busySection() const { return m_section; }

Q_SIGNALS:
    void finished(const PageCompleter::Result &result);

private:
    CatalogStore m_store;
    QUrl m_base;
    int m_timeoutMs = 30'000;
    QNetworkAccessManager *m_nam;
    ConditionalFetch *m_fetch;
    RomOs m_section = RomOs::Miui;
    QString m_folder;
    QString m_version;
    int m_generation = 0; // results of replaced requests are dropped
};

Q_DECLARE_METATYPE(PageCompleter::Result)
