// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadmanager.h"

#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

QString stateKey(DownloadState state)
{
    switch (state) {
    case DownloadState::Paused: return QStringLiteral("paused");
    case DownloadState::Completed: return QStringLiteral("completed");
    case DownloadState::Failed: return QStringLiteral("failed");
    case DownloadState::Cancelled: return QStringLiteral("cancelled");
    default: return QStringLiteral("queued"); // whatever ran is queued again
    }
}

DownloadState stateFromKey(const QString &key)
{
    if (key == QLatin1String("paused")) return DownloadState::Paused;
    if (key == QLatin1String("completed")) return DownloadState::Completed;
    if (key == QLatin1String("failed")) return DownloadState::Failed;
    if (key == QLatin1String("cancelled")) return DownloadState::Cancelled;
    return DownloadState::Queued;
}

QString verificationKey(Verification v)
{
    switch (v) {
    case Verification::Verified: return QStringLiteral("verified");
    case Verification::PrefixVerified: return QStringLiteral("prefix-verified");
    case Verification::NotVerified: return QStringLiteral("not-verified");
    case Verification::None: break;
    }
    return QString();
}

Verification verificationFromKey(const QString &key)
{
    if (key == QLatin1String("verified")) return Verification::Verified;
    if (key == QLatin1String("prefix-verified")) return Verification::PrefixVerified;
    if (key == QLatin1String("not-verified")) return Verification::NotVerified;
    return Verification::None;
}

} // namespace

DownloadManager::DownloadManager(const QString &queueFile, QObject *parent)
    : QObject(parent)
    , m_queueFile(queueFile)
{
    m_networkThread.setObjectName(QStringLiteral("downloads"));
    m_networkThread.start();
}

DownloadManager::~DownloadManager()
{
    save();
    qDeleteAll(m_downloads); // each stops its worker on the network thread
    m_downloads.clear();
    m_networkThread.quit();
    m_networkThread.wait();
}

QString DownloadManager::defaultQueueFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/downloads.json");
}

QString DownloadManager::defaultDownloadDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return dir.isEmpty() ? QDir::homePath() : dir;
}

void DownloadManager::setSettings(const DownloadSettings &settings)
{
    m_settings = settings;
    schedule();
}

void DownloadManager::setMaxParallel(int count)
{
    m_settings.maxParallel = std::max(1, count);
    schedule();
}

void DownloadManager::setConnections(int total, int perHost)
{
    m_settings.connections = total;
    m_settings.connectionsPerHost = perHost;
}

Download *DownloadManager::find(const QString &finalPath) const
{
    const QString clean = QDir::cleanPath(QDir(finalPath).absolutePath());
    for (Download *d : m_downloads) {
        if (QDir::cleanPath(QDir(d->finalPath()).absolutePath()) == clean)
            return d;
    }
    return nullptr;
}

Download *DownloadManager::add(const DownloadRequest &request, QString *error)
{
    if (Download *existing = find(request.finalPath())) {
        if (!existing->status().isFinal()) {
            if (error)
                *error = tr("%1 is already in the download queue").arg(request.fileName);
            return nullptr;
        }
        remove(existing); // a finished entry makes room for the new one
    }
    Download *download = create(request);
    schedule();
    save();
    return download;
}

Download *DownloadManager::addRomFile(const RomFile &file, const QString &directory, QString *error)
{
    return add(DownloadRequest::fromRomFile(file, directory), error);
}

Download *DownloadManager::create(const DownloadRequest &request)
{
    auto *download = new Download(request, m_settings, &m_networkThread, this, m_partOpener);
    connect(download, &Download::statusChanged, this, [this](Download *d) {
        const int row = m_downloads.indexOf(d);
        if (row >= 0)
            Q_EMIT downloadChanged(row);
    });
    connect(download, &Download::stateChanged, this, &DownloadManager::onStateChanged);
    const int row = int(m_downloads.size());
    Q_EMIT aboutToAdd(row);
    m_downloads.append(download);
    Q_EMIT added(row);
    return download;
}

void DownloadManager::remove(Download *download)
{
    const int row = int(m_downloads.indexOf(download));
    if (row < 0)
        return;
    Q_EMIT aboutToRemove(row);
    m_downloads.removeAt(row);
    Q_EMIT removed(row);
    delete download; // stops the transfer, keeps the .part
    schedule();
    save();
}

void DownloadManager::pauseAll()
{
    for (Download *d : std::as_const(m_downloads))
        d->pause();
}

void DownloadManager::resumeAll()
{
    for (Download *d : std::as_const(m_downloads))
        d->resume();
}

void DownloadManager::onStateChanged(Download *download, DownloadState state)
{
    Q_EMIT downloadStateChanged(download, state);
    if (state != DownloadState::Downloading && state != DownloadState::Verifying && state != DownloadState::Connecting) {
        schedule();
        save();
    }
}

void DownloadManager::schedule()
{
    if (m_restoring)
        return;
    int active = 0;
    for (const Download *d : std::as_const(m_downloads))
        active += d->status().isActive() ? 1 : 0;
    for (Download *d : std::as_const(m_downloads)) {
        if (active >= m_settings.maxParallel)
            break;
        if (d->state() == DownloadState::Queued) {
            d->start();
            ++active;
        }
    }
}

bool DownloadManager::save(QString *error) const
{
    if (m_queueFile.isEmpty())
        return true;
    QJsonArray list;
    for (const Download *d : m_downloads) {
        const DownloadStatus &s = d->status();
        if (s.state == DownloadState::Cancelled)
            continue;
        QJsonObject entry = d->request().toJson();
        entry.insert(QStringLiteral("state"), stateKey(s.state));
        if (s.state == DownloadState::Completed)
            entry.insert(QStringLiteral("verification"), verificationKey(s.verification));
        if (s.state == DownloadState::Failed || s.state == DownloadState::Paused)
            entry.insert(QStringLiteral("message"), s.message);
        list.append(entry);
    }
    const QJsonObject root{{QStringLiteral("format"), 1}, {QStringLiteral("downloads"), list}};
    return writeFileAtomically(m_queueFile, QJsonDocument(root).toJson(), error);
}

bool DownloadManager::restore(QString *error)
{
    QFile file(m_queueFile);
    if (m_queueFile.isEmpty() || !file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = tr("%1: %2").arg(m_queueFile, parseError.errorString());
        return false;
    }
    m_restoring = true;
    for (const QJsonValue &value : document.object().value(QStringLiteral("downloads")).toArray()) {
        const QJsonObject entry = value.toObject();
        const DownloadRequest request = DownloadRequest::fromJson(entry);
        if (request.fileName.isEmpty() || find(request.finalPath()))
            continue;
        Download *download = create(request);
        DownloadStatus status;
        status.state = stateFromKey(entry.value(QStringLiteral("state")).toString());
        status.verification = verificationFromKey(entry.value(QStringLiteral("verification")).toString());
        status.message = entry.value(QStringLiteral("message")).toString();
        if (status.state == DownloadState::Paused)
            status.received = QFileInfo(request.partPath()).size();
        download->restoreStatus(status);
    }
    m_restoring = false;
    schedule();
    return true;
}
