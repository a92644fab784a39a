// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogrefresher.h"

#include "catalogsummary.h"

#include "catalogterms.h"
#include "statusmessage.h"
#include "whatsnewdialog.h"
#include "catalog/catalogtreemodel.h"

#include <QAction>
#include <QWidget>

CatalogRefresher::CatalogRefresher(const CatalogStore &store, CatalogTreeModel *tree, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_tree(tree)
    , m_window(window)
    , m_updater(new CatalogUpdater(store, this))
    , m_completer(new PageCompleter(store, this))
{
    setSettings(RefreshSettings::load());
    connect(m_updater, &CatalogUpdater::finished, this, &CatalogRefresher::onRefreshed);
    connect(m_completer, &PageCompleter::finished, this, &CatalogRefresher::onPageCompleted);
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
    const auto sourcesOf = [](std::initializer_list<QUrl> urls) {
        QList<QUrl> sources;
        for (const QUrl &url : urls) {
            if (url.isValid() && !url.isEmpty() && !sources.contains(url))
                sources.append(url);
        }
        return sources;
    };
    options.sources = sourcesOf({settings.primaryUrl, settings.fallbackUrl});
    options.firmwareSources = sourcesOf({settings.firmwareUrl, settings.firmwareFallbackUrl});
    m_updater->setOptions(options);
}

void CatalogRefresher::setActions(QAction *refresh, QAction *whatsNew)
{
    m_refreshAction = refresh;
    connect(refresh, &QAction::triggered, this, &CatalogRefresher::refresh);
    connect(whatsNew, &QAction::triggered, this, [this] { showWhatsNew(); });
    applyNewMarks();
}

void CatalogRefresher::refresh()
{
    if (!m_tree->catalog()) {
        Q_EMIT statusMessage(tr("The catalog is still loading."), QString(), BriefStatusMessageMs);
        return;
    }
    if (m_updater->isBusy())
        return;
    if (m_refreshAction)
        m_refreshAction->setEnabled(false);
    Q_EMIT statusMessage(tr("Refreshing the catalog…"), QString(), 0);
    Q_EMIT refreshStarted();
    m_updater->refresh(m_tree->catalog());
}

bool CatalogRefresher::refreshIfDue()
{
    if (!m_settings.isDue(CatalogUpdater::loadState(m_store).checked, QDateTime::currentDateTimeUtc()))
        return false;
    refresh();
    return true;
}

void CatalogRefresher::catalogChanged()
{
    applyNewMarks();
    if (!m_firstCatalogSeen && m_tree->catalog()) {
        m_firstCatalogSeen = true;
        if (m_automatic)
            refreshIfDue();
    }
}

void CatalogRefresher::onRefreshed(const CatalogUpdater::Result &result)
{
    if (m_refreshAction)
        m_refreshAction->setEnabled(true);
    if (result.catalogChanged()) {
        Q_EMIT catalogRefreshed(result.catalog);
        notifyNewForPinned(result.addedFiles);
    }
    const bool failed = result.outcome != CatalogUpdater::Outcome::Updated
                        && result.outcome != CatalogUpdater::Outcome::NotModified;
    // A failure stays in the status bar until something else is said: the user should see it.
    Q_EMIT statusMessage(statusText(result, result.catalog ? result.catalog.get() : m_tree->catalog().get()),
                         statusDetails(result), failed ? 0 : StatusMessageMs);
    Q_EMIT refreshed(result);
}

void CatalogRefresher::completeIfNeeded(int page)
{
    const CatalogPtr &current = m_tree->catalog();
    if (!current || !PageCompleter::needsCompletion(*current, page))
        return;
    const CatalogPage &p = current->pages()[page];
    Q_EMIT pageNotice(p.folder, p.version,
                      p.os == RomOs::Firmware
                          ? tr("This firmware came from the catalog refresh; fetching its page for its MD5 and size…")
                          : tr("This version came from the catalog refresh; fetching its page for the changelog and the other "
                               "mirrors…"));
    if (!(m_completer->isBusy() && m_completer->busySection() == p.os && m_completer->busyPage() == p.folder + QLatin1Char('/') + p.version))
        m_completer->complete(p.os, p.folder, p.version);
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

void CatalogRefresher::onPageCompleted(const PageCompleter::Result &result)
{
    if (result.ok())
        Q_EMIT catalogRefreshed(result.catalog); // the window keeps the selection: the page is shown again, complete
    else
        Q_EMIT pageNotice(result.folder, result.version,
                          (result.section == RomOs::Firmware
                               ? tr("This firmware came from the catalog refresh: its MD5 and size are not known yet, and "
                                    "its page could not be fetched (%1). A download cannot be verified until it is.")
                               : tr("This version came from the catalog refresh: its changelog and other mirrors are not "
                                    "known yet, and its page could not be fetched (%1). Downloads use the one known link."))
                              .arg(result.error));
    Q_EMIT pageCompleted(result);
}

void CatalogRefresher::applyNewMarks()
{
    const CatalogPtr &current = m_tree->catalog();
    QSet<QString> pages;
    if (current) {
        for (int f : current->newFiles()) {
            for (int p : current->pagesOfFile(f))
                pages.insert(CatalogTreeModel::pageKey(current->pages()[p].folder, current->pages()[p].version));
        }
    }
    m_tree->setPageMarks(CatalogTreeModel::NewMark, pages);
}

void CatalogRefresher::notifyNewForPinned(const QStringList &addedFiles)
{
    const CatalogPtr &current = m_tree->catalog();
    if (!current)
        return;
    QStringList names;
    for (const QString &name : addedFiles) {
        for (int f : current->filesNamed(name)) {
            const RomFile &file = current->files()[f];
            const QList<int> pages = current->pagesOfFile(f);
            if (!pages.isEmpty() && m_tree->isPinned(current->pages()[pages.first()].folder))
                names << tr("%1 %2 (%3)").arg(CatalogTerms::device(file), file.version, CatalogTerms::type(file.type));
        }
    }
    if (names.isEmpty())
        return;
    names.removeDuplicates();
    const int shown = 4;
    QString text = QStringList(names.mid(0, shown)).join(QLatin1Char('\n'));
    if (names.size() > shown)
        text += QLatin1Char('\n') + tr("and %Ln more", nullptr, int(names.size() - shown));
    Q_EMIT newForPinned(tr("New ROMs for your devices"), text);
}

WhatsNewDialog *CatalogRefresher::showWhatsNew()
{
    auto *dialog = m_window->findChild<WhatsNewDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new WhatsNewDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &WhatsNewDialog::pageRequested, this, &CatalogRefresher::versionRequested);
    }
    if (const CatalogPtr &current = m_tree->catalog())
        dialog->setContents(*current, m_tree->pinnedFolders());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString CatalogRefresher::statusText(const CatalogUpdater::Result &result, const Catalog *catalog)
{
    // The ISO date reads the same everywhere ("catalog from 2026-08-23").
    const QString date = catalog ? catalog->info().snapshot.toUTC().date().toString(Qt::ISODate) : QString();
    switch (result.outcome) {
    case CatalogUpdater::Outcome::Updated:
        if (result.addedFiles.isEmpty())
            return tr("Catalog refreshed: no new files.");
        //: %1: the new files by kind, "2 new ROM files, 1 new firmware file"
        return tr("Catalog refreshed: %1 (View → What's New).")
            .arg(CatalogSummary::newFiles(catalog ? CatalogSummary::sectionsOf(*catalog, result.addedFiles)
                                                  : QList<RomOs>(result.addedFiles.size(), RomOs::Miui)));
    case CatalogUpdater::Outcome::NotModified:
        return tr("The catalog is up to date.");
    case CatalogUpdater::Outcome::NetworkError:
        return tr("Offline — catalog from %1").arg(date);
    case CatalogUpdater::Outcome::BadData:
        return tr("The catalog refresh was refused, catalog from %1 kept: %2").arg(date, result.message);
    case CatalogUpdater::Outcome::Suspect:
        return tr("The catalog refresh looks cut short and was refused, catalog from %1 kept: %2").arg(date, result.message);
    }
    return {};
}

QString CatalogRefresher::statusDetails(const CatalogUpdater::Result &result)
{
    return result.outcome == CatalogUpdater::Outcome::NetworkError ? result.message : QString();
}
