// SPDX-License-Identifier: GPL-3.0-or-later
#include "localcopies.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <memory>

LocalCopies::LocalCopies(const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_cache(cachePath)
{
    connect(&m_check, &FlashTask::progress, this, [this](TaskProgress::Stage, qint64 done, qint64 total) {
        if (!m_checkingName.isEmpty())
            Q_EMIT checking(m_checkingName, done, total);
    });
    connect(&m_check, &FlashTask::finished, this, &LocalCopies::onChecked);
    connect(&m_find, &FlashTask::finished, this, [this] {
        if (m_rescanPending)
            return startFind();
        onFound(*m_found);
    });
}

LocalCopies::~LocalCopies()
{
    m_find.cancel();
    m_check.cancel();
}

void LocalCopies::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
    rescan();
}

void LocalCopies::setFolders(const QStringList &folders)
{
    QStringList clean;
    for (const QString &folder : folders) {
        const QString path = QDir::cleanPath(folder);
        if (!folder.isEmpty() && !clean.contains(path))
            clean << path;
    }
    if (clean == m_folders)
        return;
    m_folders = clean;
    rescan();
}

void LocalCopies::rescan()
{
    if (m_find.isRunning() || m_check.isRunning()) {
        m_rescanPending = true;
        m_queue.clear();
        m_find.cancel();
        m_check.cancel();
        return;
    }
    startFind();
}

void LocalCopies::startFind()
{
    m_rescanPending = false;
    if (!m_catalog || m_folders.isEmpty()) {
        onFound({});
        return;
    }
    m_found = std::make_shared<QList<Candidate>>();
    const std::shared_ptr<QList<Candidate>> found = m_found;
    const CatalogPtr catalog = m_catalog;
    const QStringList folders = m_folders;
    m_find.start([catalog, folders, found](TaskProgress &progress) {
        // Every file of a catalog name, folder by folder: the first that proves to be the ROM wins.
        for (const QString &folder : folders) {
            const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::NoSymLinks | QDir::Readable);
            for (const QFileInfo &entry : entries) {
                if (progress.isCancelled())
                    return;
                const QList<int> files = catalog->filesNamed(entry.fileName());
                if (files.isEmpty())
                    continue;
                int best = files.first();
                for (int index : files) {
                    if (catalog->files().at(index).hasMd5())
                        best = index;
                }
                found->append({entry.absoluteFilePath(), best});
            }
        }
    });
}

void LocalCopies::onFound(const QList<Candidate> &found)
{
    QSet<QString> foundNames;
    for (const Candidate &candidate : found)
        foundNames.insert(QFileInfo(candidate.path).fileName());
    for (auto it = m_copies.begin(); it != m_copies.end();) {
        const QString name = it.key();
        if (foundNames.contains(name)) {
            ++it;
            continue;
        }
        it = m_copies.erase(it);
        Q_EMIT changed(name);
    }
    m_queue = found;
    m_settled.clear();
    checkNext();
}

void LocalCopies::checkNext()
{
    if (m_rescanPending)
        return startFind();
    if (m_queue.isEmpty()) {
        m_checkingName.clear();
        m_cache.save();
        Q_EMIT idle();
        return;
    }
    const Candidate candidate = m_queue.takeFirst();
    const RomFile file = m_catalog->files().at(candidate.fileIndex);
    const QString name = file.fileName;
    if (m_settled.contains(name))
        return checkNext(); // a copy in an earlier folder is the ROM
    const QString known = m_cache.md5Of(candidate.path);
    if (const auto it = m_copies.constFind(name); it != m_copies.cend() && it->path == candidate.path && it->isUsable()
        && !known.isEmpty() && it->md5 == known) {
        m_settled.insert(name);
        return checkNext(); // unchanged since it was checked
    }
    if (!known.isEmpty() || (!file.hasMd5() && file.md5PrefixFromFileName().isEmpty())) {
        finishCheck(name, LocalCopy::check(candidate.path, file, known)); // nothing to hash
        return checkNext();
    }
    LocalCopy checking;
    checking.path = candidate.path;
    checking.state = LocalCopy::State::Checking;
    m_copies.insert(name, checking);
    Q_EMIT changed(name);
    m_checkingName = name;
    m_checked = std::make_shared<LocalCopy>();
    const std::shared_ptr<LocalCopy> result = m_checked;
    const QString path = candidate.path;
    m_check.start([path, file, result](TaskProgress &progress) { *result = LocalCopy::check(path, file, QString(), &progress); });
}

void LocalCopies::onChecked()
{
    const QString name = m_checkingName;
    m_checkingName.clear();
    if (m_check.wasCancelled()) {
        m_copies.remove(name);
        Q_EMIT changed(name);
    } else {
        finishCheck(name, *m_checked);
    }
    checkNext();
}

void LocalCopies::finishCheck(const QString &fileName, const LocalCopy &copy)
{
    if (copy.state != LocalCopy::State::Unreadable && !copy.md5.isEmpty())
        m_cache.remember(copy.path, copy.size, copy.modified, copy.md5);
    if (copy.isUsable())
        m_settled.insert(fileName);
    m_copies.insert(fileName, copy);
    Q_EMIT changed(fileName);
}

std::optional<LocalCopy> LocalCopies::copyOf(const QString &fileName)
{
    const auto it = m_copies.constFind(fileName);
    if (it == m_copies.cend())
        return std::nullopt;
    if (it->state != LocalCopy::State::Checking) {
        const QFileInfo info(it->path);
        if (!info.isFile() || info.size() != it->size || info.lastModified() != it->modified) {
            m_copies.remove(fileName);
            rescan();
            return std::nullopt;
        }
    }
    return *it;
}

void LocalCopies::addVerified(const QString &path, const RomFile &file, const QString &md5)
{
    const QFileInfo info(path);
    m_cache.remember(info.absoluteFilePath(), info.size(), info.lastModified(), md5);
    m_cache.save();
    finishCheck(file.fileName, LocalCopy::check(info.absoluteFilePath(), file, md5));
}
