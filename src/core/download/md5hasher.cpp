// SPDX-License-Identifier: GPL-3.0-or-later
#include "md5hasher.h"

#include "util/filedigest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent>

namespace {

QThreadPool *hashPool()
{
    // Own pool: long hashes must not starve QtConcurrent work elsewhere, and a few at a time
    // keep one disk from thrashing.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

constexpr qint64 FileChunk = 1 << 20;
constexpr unsigned long LingerMs = 50;

} // namespace

Md5Hasher::Md5Hasher(QObject *parent)
    : QObject(parent)
{
}

Md5Hasher::~Md5Hasher()
{
    reset();
    QFuture<void> future;
    {
        QMutexLocker lock(&m_mutex);
        future = m_future;
    }
    future.waitForFinished();
}

quint64 Md5Hasher::reset()
{
    QMutexLocker lock(&m_mutex);
    m_queue.clear();
    m_pending.store(0);
    m_drainThreshold.store(-1);
    m_workArrived.wakeAll(); // a lingering worker ends at once
    return ++m_generation;
}

void Md5Hasher::addData(const QByteArray &chunk)
{
    Job job;
    job.kind = Job::Data;
    job.data = chunk;
    enqueue(std::move(job), chunk.size());
}

void Md5Hasher::addFile(const QString &path, qint64 length)
{
    Job job;
    job.kind = Job::File;
    job.path = path;
    job.length = length;
    enqueue(std::move(job), length >= 0 ? length : QFileInfo(path).size());
}

void Md5Hasher::addFileRange(const QString &path, qint64 from, qint64 length)
{
    Job job;
    job.kind = Job::File;
    job.path = path;
    job.from = from;
    job.length = length;
    enqueue(std::move(job), length);
}

void Md5Hasher::finish()
{
    Job job;
    job.kind = Job::Finish;
    enqueue(std::move(job), 0);
}

bool Md5Hasher::notifyWhenDrained(qint64 threshold)
{
    QMutexLocker lock(&m_mutex);
    if (m_pending.load() <= threshold)
        return true;
    m_drainThreshold.store(threshold);
    return false;
}

void Md5Hasher::enqueue(Job job, qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    job.generation = m_generation.load();
    m_queue.push_back(std::move(job));
    m_pending += bytes;
    if (!m_running) {
        m_running = true;
        m_future = QtConcurrent::run(hashPool(), [this] { runQueue(); });
    } else {
        m_workArrived.wakeOne();
    }
}

void Md5Hasher::runQueue()
{
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            // While a download streams, the next chunk is usually a few ms away: waiting for it
            // costs less than ending this task and starting a new one for every chunk.
            if (m_queue.empty())
                m_workArrived.wait(&m_mutex, LingerMs);
            if (m_queue.empty()) {
                m_running = false;
                return;
            }
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        process(job);
    }
}

void Md5Hasher::process(const Job &job)
{
    if (stale(job.generation))
        return;
    if (job.generation != m_hashGeneration) {
        m_hash.reset();
        m_hashedBytes = 0;
        m_hashGeneration = job.generation;
    }
    switch (job.kind) {
    case Job::Data:
        m_hash.addData(job.data);
        hashed(job.data.size(), job.generation);
        break;
    case Job::File: {
        QFile file(job.path);
        if (!file.open(QIODevice::ReadOnly) || (job.from > 0 && !file.seek(job.from))) {
            if (!stale(job.generation))
                Q_EMIT failed(job.generation, file.errorString());
            return;
        }
        qint64 left = job.length >= 0 ? job.length : file.size();
        QByteArray buffer(FileChunk, Qt::Uninitialized);
        while (left > 0) {
            if (stale(job.generation))
                return;
            const qint64 n = file.read(buffer.data(), std::min(left, FileChunk));
            if (n <= 0) {
                if (!stale(job.generation))
                    Q_EMIT failed(job.generation, n < 0 ? file.errorString() : tr("the file is shorter than expected"));
                return;
            }
            m_hash.addData(QByteArrayView(buffer.constData(), n));
            left -= n;
            hashed(n, job.generation);
        }
        break;
    }
    case Job::Finish:
        if (!stale(job.generation))
            Q_EMIT finished(job.generation, QString::fromLatin1(m_hash.result().toHex()), m_hashedBytes);
        break;
    }
}

void Md5Hasher::hashed(qint64 bytes, quint64 generation)
{
    m_hashedBytes += bytes;
    bool emitDrained = false;
    {
        QMutexLocker lock(&m_mutex);
        if (stale(generation))
            return;
        m_pending -= bytes;
        const qint64 threshold = m_drainThreshold.load();
        if (threshold >= 0 && m_pending.load() <= threshold) {
            m_drainThreshold.store(-1);
            emitDrained = true;
        }
    }
    if (emitDrained)
        Q_EMIT drained();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastProgressMs >= 100) {
        m_lastProgressMs = now;
        Q_EMIT progress(generation, m_hashedBytes);
    }
}

QString Md5Hasher::hashFileNow(const QString &path, QString *error)
{
    return md5OfFile(path, {}, error);
}
