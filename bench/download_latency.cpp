// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one download and one standalone verify through the engine while a 10 ms timer on the
// main thread (where the GUI would be) records how late it fires. Prints figures only.
//   bench_download_latency URL MD5 DIR
#include "download/downloadlistmodel.h"
#include "download/downloadmanager.h"
#include "download/md5hasher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace {

// Worst lateness of a 10 ms timer while something runs.
class LatencyProbe : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 late = m_clock.nsecsElapsed() / 1000000 - 10;
            m_worst = std::max(m_worst, late);
            m_clock.restart();
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: bench_download_latency URL MD5 DIR\n");
        return 1;
    }
    DownloadRequest request;
    request.urls = {QUrl(args[1])};
    request.md5 = args[2].toLower();
    request.directory = args[3];
    request.fileName = QStringLiteral("bench-latency.bin");
    QFile::remove(request.finalPath());

    DownloadManager manager(QString{});
    DownloadListModel model(&manager); // the GUI's model updates on this thread as it would
    LatencyProbe probe;
    QElapsedTimer clock;
    clock.start();
    probe.start();
    Download *download = manager.add(request);
    QObject::connect(download, &Download::stateChanged, &app, [&](Download *, DownloadState state) {
        if (state == DownloadState::Completed || state == DownloadState::Failed || state == DownloadState::Paused)
            app.quit();
    });
    app.exec();
    const qint64 downloadLate = probe.stop();
    const double downloadSeconds = clock.elapsed() / 1000.0;
    const DownloadStatus status = download->status();
    if (status.state != DownloadState::Completed) {
        std::fprintf(stderr, "download failed: %s\n", qPrintable(status.message));
        return 2;
    }
    const qint64 size = QFileInfo(request.finalPath()).size();

    Md5Hasher hasher;
    QString md5;
    QObject::connect(&hasher, &Md5Hasher::finished, &app, [&](quint64, const QString &hex) {
        md5 = hex;
        app.quit();
    });
    clock.restart();
    probe.start();
    hasher.addFile(request.finalPath());
    hasher.finish();
    app.exec();
    const qint64 verifyLate = probe.stop();
    const double verifySeconds = clock.elapsed() / 1000.0;

    std::printf("download+verify: %.0f MB in %.2f s (%.0f MB/s), worst timer lateness %lld ms (%s)\n", size / 1e6,
                downloadSeconds, size / 1e6 / downloadSeconds, qlonglong(downloadLate),
                qPrintable(DownloadText::verificationName(status.verification)));
    std::printf("standalone verify: %.2f s (%.0f MB/s), worst timer lateness %lld ms (%s)\n", verifySeconds,
                size / 1e6 / verifySeconds, qlonglong(verifyLate), md5 == request.md5 ? "match" : "MISMATCH");
    QFile::remove(request.finalPath());
    return downloadLate < 50 && verifyLate < 50 ? 0 : 3;
}
