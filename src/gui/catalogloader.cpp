// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogloader.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <type_traits>

namespace {

// Runs job in the thread pool and hands its result to done on the GUI thread, always from the
// event loop: QFuture::then(context, …) would call done at once, inside the caller, when the job
// finished before then() was attached.
template<typename Job, typename Done>
void runInWorker(QObject *context, Job job, Done done)
{
    using Result = std::invoke_result_t<Job>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

// Builds the catalog's search texts and look-ups in the pool while the user looks at the tree,
// so the first keystroke or verification does not wait for them.
void warmUp(const CatalogPtr &catalog)
{
    if (catalog)
        QThreadPool::globalInstance()->start([catalog] { catalog->warmUp(); });
}

} // namespace

CatalogLoader::CatalogLoader(QObject *parent)
    : QObject(parent)
{
}

void CatalogLoader::load()
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    runInWorker(this, [store = m_store] { return store.load(); },
                [this](const CatalogStore::Loaded &result) {
                    m_busy = false;
                    warmUp(result.catalog);
                    Q_EMIT loaded(result);
                    startNextImport();
                });
}

void CatalogLoader::importPage(const QString &path)
{
    m_importQueue.append(path);
    startNextImport();
}

void CatalogLoader::startNextImport()
{
    if (m_busy || m_importQueue.isEmpty())
        return;
    const QString path = m_importQueue.takeFirst();
    m_busy = true;
    Q_EMIT importStarted(path);
    using Outcome = std::pair<CatalogStore::ImportResult, CatalogStore::Loaded>;
    runInWorker(this,
                [store = m_store, path] {
                    Outcome outcome;
                    outcome.first = store.importPage(path);
                    if (outcome.first.ok())
                        outcome.second = store.load();
                    return outcome;
                },
                [this](const Outcome &outcome) {
                    m_busy = false;
                    warmUp(outcome.second.catalog);
                    Q_EMIT imported(outcome.first, outcome.second);
                    startNextImport();
                });
}
