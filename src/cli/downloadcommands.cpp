// SPDX-License-Identifier: GPL-3.0-or-later
// firmware-cli download / fetch / verify
#include "cliapp.h"

#include "interruptwatcher.h"
#include "terminal.h"
#include "catalog/cataloglookup.h"
#include "download/downloadmanager.h"
#include "download/md5hasher.h"
#include "catalog/md5text.h"
#include "download/mirrors.h"
#include "flash/digestcache.h"
#include "flash/localcopy.h"
#include "flash/romfolders.h"
#include "flash/taskprogress.h"
#include "util/safefilename.h"
#include "util/weburl.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryFile>

namespace {

const CliOption outputOption{{QStringLiteral("o"), QStringLiteral("output")},
                             QT_TRANSLATE_NOOP("CliApp", "Download folder (default: the current folder)."),
                             QStringLiteral("DIR"), CliValue::Folder};
const CliOption retriesOption{
    {QStringLiteral("retries")},
    QT_TRANSLATE_NOOP("CliApp", "Failed attempts in a row without new bytes before giving up (10)."),
    QStringLiteral("N"), CliValue::Text, QStringLiteral("10")};
const CliOption stallTimeoutOption{{QStringLiteral("timeout")},
                                   QT_TRANSLATE_NOOP("CliApp", "Seconds without a byte that count as a stall (30)."),
                                   QStringLiteral("SECONDS"), CliValue::Text, QStringLiteral("30")};
const CliOption connectionsOption{
    {QStringLiteral("connections")},
    QT_TRANSLATE_NOOP("CliApp", "At most M connections at once, over every mirror of the file (8; 1: one mirror at a time)."),
    QStringLiteral("M"), CliValue::Text, QString::number(DownloadSettings().connections)};
const CliOption perHostOption{{QStringLiteral("per-host")},
                              QT_TRANSLATE_NOOP("CliApp", "At most N connections to one host (4)."), QStringLiteral("N"),
                              CliValue::Text, QString::number(DownloadSettings().connectionsPerHost)};
const CliOption md5Option{{QStringLiteral("md5")}, QT_TRANSLATE_NOOP("CliApp", "Expected MD5 (32 hex digits)."),
                          QStringLiteral("HEX"), CliValue::Text};

// The options of download and fetch that say where and how to transfer.
void declareTransfer(CliSyntax &syntax)
{
    syntax.add(outputOption).add(retriesOption).add(stallTimeoutOption).add(connectionsOption).add(perHostOption);
}

// Why nothing can be written into the download folder; empty when it can. A missing folder is
// made by the download, as long as its nearest existing parent can be written.
QString folderProblem(const QString &directory, bool *usage)
{
    *usage = true;
    if (directory.trimmed().isEmpty())
        return QCoreApplication::translate("CliApp", "-o wants a folder, not an empty name");
    QFileInfo info(directory);
    if (info.exists() && !info.isDir())
        return QCoreApplication::translate("CliApp", "%1 is a file, not a folder; -o wants a folder")
            .arg(QDir::toNativeSeparators(directory));
    while (!info.exists() && !info.isRoot() && info.absolutePath() != info.absoluteFilePath())
        info.setFile(info.absolutePath());
    *usage = false;
    if (!info.isDir())
        return QCoreApplication::translate("CliApp", "cannot make the folder %1: %2 is not a folder")
            .arg(QDir::toNativeSeparators(directory), QDir::toNativeSeparators(info.filePath()));
    // Permissions do not tell (root ignores them; /proc and /sys refuse anyway): try.
    QTemporaryFile probe(QDir(info.absoluteFilePath()).filePath(QStringLiteral(".firmware-cli-XXXXXX")));
    if (!probe.open())
        return QCoreApplication::translate("CliApp", "cannot write into the folder %1: %2")
            .arg(QDir::toNativeSeparators(info.absoluteFilePath()), probe.errorString());
    return {};
}

// Empty when fine, else what is wrong; *usage: the command line is wrong (else the disk is).
QString readTransfer(const CliCommandLine &commandLine, DownloadSettings *settings, QString *directory, bool *usage)
{
    *usage = true;
    bool ok = false;
    const int n = commandLine.value(retriesOption).toInt(&ok);
    if (!ok || n < 0)
        return QCoreApplication::translate("CliApp", "--retries wants a number of attempts, not '%1'")
            .arg(commandLine.value(retriesOption));
    const double seconds = commandLine.value(stallTimeoutOption).toDouble(&ok);
    if (!ok || seconds <= 0)
        return QCoreApplication::translate("CliApp", "--timeout wants a number of seconds, not '%1'")
            .arg(commandLine.value(stallTimeoutOption));
    const int connections = commandLine.value(connectionsOption).toInt(&ok);
    if (!ok || connections < 1 || connections > DownloadSettings::MaxConnections)
        return QCoreApplication::translate("CliApp", "--connections wants a number from 1 to %1, not '%2'")
            .arg(DownloadSettings::MaxConnections)
            .arg(commandLine.value(connectionsOption));
    const int perHost = commandLine.value(perHostOption).toInt(&ok);
    if (!ok || perHost < 1 || perHost > DownloadSettings::MaxPerHost)
        return QCoreApplication::translate("CliApp", "--per-host wants a number from 1 to %1, not '%2'")
            .arg(DownloadSettings::MaxPerHost)
            .arg(commandLine.value(perHostOption));
    settings->connections = connections;
    settings->connectionsPerHost = perHost;
    settings->maxAttemptsWithoutProgress = n;
    settings->stallTimeoutMs = int(seconds * 1000);
    settings->lowSpeedWindowMs = std::max(settings->lowSpeedWindowMs, 2 * settings->stallTimeoutMs);
    settings->maxParallel = 1;
    *directory = commandLine.isSet(outputOption) ? commandLine.value(outputOption) : QDir::currentPath();
    return folderProblem(*directory, usage);
}

// Prints progress on stderr: a live line on a terminal; otherwise (a log, CI) one line per state
// change, and while bytes move a line at most every PlainLineIntervalMs.
class ProgressPrinter
{
public:
    static constexpr qint64 PlainLineIntervalMs = 5000;

    ProgressPrinter(QTextStream &err, bool live)
        : m_err(err)
        , m_live(live)
    {
        m_sinceLine.start();
    }

    void show(const DownloadStatus &s)
    {
        if (s.mirrorCount > 1 && s.mirrorNumber != m_lastMirror) {
            // Its own line, also on a terminal: which mirrors were tried stays on screen.
            m_lastMirror = s.mirrorNumber;
            m_lastState = s.state;
            m_lastMessage = s.message;
            QString text = QCoreApplication::translate("CliApp", "trying mirror %1/%2: %3")
                               .arg(s.mirrorNumber)
                               .arg(s.mirrorCount)
                               .arg(s.mirror);
            if (!s.message.isEmpty())
                text += QStringLiteral(" (%1)").arg(s.message);
            if (m_live)
                m_err << '\r' << text.leftJustified(m_width) << '\n';
            else
                m_err << text << '\n';
            m_err.flush();
            return;
        }
        const QString text = line(s);
        if (m_live) {
            m_err << '\r' << text.leftJustified(m_width) ;
            m_width = std::max(m_width, int(text.size()));
            m_err.flush();
            return;
        }
        const bool moving = s.state == DownloadState::Downloading || s.state == DownloadState::Verifying;
        if (s.state == m_lastState && s.message == m_lastMessage
            && (!moving || m_sinceLine.elapsed() < PlainLineIntervalMs))
            return;
        m_lastState = s.state;
        m_lastMessage = s.message;
        m_err << text << '\n';
        m_err.flush();
        m_sinceLine.restart();
    }

    void end()
    {
        if (m_live && m_width > 0) {
            m_err << '\n';
            m_err.flush();
        }
    }

private:
    static QString line(const DownloadStatus &s)
    {
        QString text = DownloadText::describe(s);
        if (s.state == DownloadState::Downloading) {
            text += QStringLiteral("  %1 / %2  %3/s  ETA %4")
                        .arg(DownloadText::bytes(s.received), DownloadText::bytes(s.total), DownloadText::bytes(s.speed),
                             DownloadText::duration(s.etaSeconds));
            const QString connections = DownloadText::connections(s); // "6 connections · 3 mirrors"
            if (!connections.isEmpty())
                text += QStringLiteral("  ") + connections;
        } else if (s.state == DownloadState::Verifying && !s.message.isEmpty()) {
            text += QStringLiteral(" (%1)").arg(s.message);
        } else if (s.state == DownloadState::Connecting && !s.message.isEmpty()) {
            text += QStringLiteral(" (after: %1)").arg(s.message);
        }
        return text;
    }

    QTextStream &m_err;
    bool m_live;
    int m_width = 0;
    DownloadState m_lastState = DownloadState::Queued;
    QString m_lastMessage;
    int m_lastMirror = 0;
    QElapsedTimer m_sinceLine;
};

// How a finished file was checked, as the last line of download, fetch and a reused copy say.
QString verificationText(Verification verification, const QString &md5Prefix)
{
    switch (verification) {
    case Verification::Verified:
        return QCoreApplication::translate("CliApp", "verified (MD5 matches)");
    case Verification::PrefixVerified:
        return QCoreApplication::translate("CliApp", "prefix verified (no MD5 known; the MD5 starts with the %1 "
                                                     "digits in the file name)").arg(md5Prefix);
    default:
        return QCoreApplication::translate("CliApp", "completed, not verified (no checksum known)");
    }
}

// Runs one download to its end and prints the outcome; returns the exit code.
int runDownload(const DownloadRequest &request, const DownloadSettings &settings, QTextStream &out, QTextStream &err)
{
    DownloadManager manager(QString{}); // the CLI keeps no queue of its own
    manager.setSettings(settings);
    InterruptWatcher interrupts;
    ProgressPrinter printer(err, stderrIsTerminal());
    QEventLoop loop;
    Download *download = nullptr;
    bool stopping = false;

    auto finished = [&](const DownloadStatus &s) {
        if (s.isFinal())
            return true;
        if (s.state == DownloadState::Paused)
            return stopping || s.error == DownloadError::Disk;
        return false;
    };
    QObject::connect(&interrupts, &InterruptWatcher::interrupt, &loop, [&] {
        stopping = true;
        if (download && !finished(download->status()))
            download->pause();
        else
            loop.quit();
    });
    QString error;
    download = manager.add(request, &error);
    if (!download) {
        err << "firmware-cli: " << error << '\n';
        return ExitUsage;
    }
    QObject::connect(download, &Download::statusChanged, &loop, [&](Download *d) {
        printer.show(d->status());
        if (finished(d->status()))
            loop.quit();
    });
    if (!finished(download->status()))
        loop.exec();
    printer.end();

    const DownloadStatus s = download->status();
    const QString path = QDir::toNativeSeparators(request.finalPath());
    const QString part = QDir::toNativeSeparators(request.partPath());
    if (interrupts.interrupted() && s.state != DownloadState::Completed) {
        out << QCoreApplication::translate("CliApp", "interrupted; run the same command again to resume %1").arg(part) << '\n';
        return ExitInterrupted;
    }
    switch (s.state) {
    case DownloadState::Completed: {
        QString how = verificationText(s.verification, request.md5Prefix);
        if (s.alreadyDownloaded)
            how = QCoreApplication::translate("CliApp", "already downloaded, %1").arg(how);
        out << how << ": " << path << '\n';
        return ExitOk;
    }
    case DownloadState::Paused:
        if (QFileInfo::exists(request.partPath()))
            out << QCoreApplication::translate("CliApp", "stopped: %1; the partial file stays for a resume: %2").arg(s.message, part) << '\n';
        else
            out << QCoreApplication::translate("CliApp", "stopped: %1").arg(s.message) << '\n';
        return ExitNetwork;
    default:
        break;
    }
    switch (s.error) {
    case DownloadError::Refused:
        out << QCoreApplication::translate("CliApp", "refused: %1").arg(s.message) << '\n';
        return ExitUsage;
    case DownloadError::Gone: // no mirror will complete a .part: nothing to resume
        out << QCoreApplication::translate("CliApp", "failed: %1").arg(s.message) << '\n';
        return ExitNetwork;
    case DownloadError::RemoteChanged:
        if (QFileInfo(request.partPath()).size() > 0) { // bytes of the catalog's file, from an earlier mirror
            out << QCoreApplication::translate("CliApp", "failed: %1; the partial file stays: %2").arg(s.message, part)
                << '\n';
            return ExitMismatch;
        }
        Q_FALLTHROUGH();
    case DownloadError::Mismatch:
        out << QCoreApplication::translate("CliApp", "failed: %1; nothing was kept").arg(s.message) << '\n';
        return ExitMismatch;
    default:
        if (QFileInfo::exists(request.partPath()))
            out << QCoreApplication::translate("CliApp", "failed: %1; the partial file stays for a resume: %2").arg(s.message, part) << '\n';
        else
            out << QCoreApplication::translate("CliApp", "failed: %1").arg(s.message) << '\n';
        return ExitNetwork;
    }
}

} // namespace

namespace {
const CliOption fileTypeOption{{QStringLiteral("type")}, QT_TRANSLATE_NOOP("CliApp", "Recovery or Fastboot."),
                               QStringLiteral("recovery|fastboot"), CliValue::Type};
const CliOption mirrorOption{{QStringLiteral("mirror")},
                             QT_TRANSLATE_NOOP("CliApp", "The mirror host to try first (bn.d.miui.com)."),
                             QStringLiteral("HOST"), CliValue::Text};
} // namespace

void CliApp::declareDownload(CliSyntax &syntax)
{
    syntax.add(CliArguments::codename).add(CliArguments::version).add(CliOptions::section).add(fileTypeOption)
        .add(mirrorOption);
    declareTransfer(syntax);
    syntax.add(CliOptions::catalog);
}

int CliApp::download(const CliCommandLine &commandLine)
{
    const QStringList args = commandLine.arguments();
    if (args.size() != 2)
        return usageError(tr("download wants CODENAME VERSION"));
    DownloadSettings settings;
    QString directory;
    bool usage = true;
    const QString problem = readTransfer(commandLine, &settings, &directory, &usage);
    if (!problem.isEmpty())
        return usage ? usageError(problem) : diskError(problem);

    const CatalogPtr catalog = loadCatalog(commandLine.value(CliOptions::catalog));
    if (!catalog)
        return ExitUsage;
    QString wantedType, wantedSection;
    if (!readChoice(commandLine, fileTypeOption, *catalog, &wantedType)
        || !readChoice(commandLine, CliOptions::section, *catalog, &wantedSection))
        return ExitUsage;
    const CatalogLookup::PageMatch match = CatalogLookup::page(*catalog, args[0], args[1]);
    if (!match.ambiguous.isEmpty())
        return usageError(ambiguousVersion(args[1], match.folder, match.ambiguous));
    if (match.page < 0) {
        m_err << "firmware-cli: " << tr("no version %1 for the device folder %2 in the catalog").arg(args[1], args[0]) << '\n';
        m_err.flush();
        return ExitNotFound;
    }
    // Without --section, the first section that has the version (a ROM before its firmware).
    int page = match.page;
    if (!wantedSection.isEmpty()) {
        const auto inSection = std::find_if(match.pages.cbegin(), match.pages.cend(), [&](int p) {
            return osSlug(catalog->pages().at(p).os) == wantedSection;
        });
        if (inSection == match.pages.cend()) {
            m_err << "firmware-cli: " << tr("%1 %2 has no %3 page").arg(match.folder, args[1], wantedSection) << '\n';
            m_err.flush();
            return ExitNotFound;
        }
        page = *inSection;
    }
    QList<RomFile> files;
    for (int index : catalog->pages().at(page).files) {
        const RomFile &file = catalog->files().at(index);
        if (wantedType.isEmpty() || file.type == wantedType)
            files.append(file);
    }
    if (files.isEmpty()) {
        m_err << "firmware-cli: " << tr("no %1 file on this page").arg(wantedType) << '\n';
        m_err.flush();
        return ExitNotFound;
    }
    if (files.size() > 1 && !isRomSection(catalog->pages().at(page).os)) {
        // Firmware of two regions sharing a weekly version, or vendor packages: no --type tells them apart.
        m_err << "firmware-cli: " << tr("this version has several files:") << '\n';
        for (const RomFile &file : std::as_const(files))
            m_err << "  " << file.fileName << " (" << file.deviceText() << ")\n";
        m_err.flush();
        return ExitUsage;
    }
    if (files.size() > 1) {
        m_err << "firmware-cli: " << tr("this version has several files; choose one with --type:") << '\n';
        for (const RomFile &file : std::as_const(files))
            m_err << "  --type " << file.type.toLower() << "  " << file.fileName << " (" << file.size << ")\n";
        m_err.flush();
        return ExitUsage;
    }
    const RomFile &file = files.first();
    if (file.urls.isEmpty()) {
        m_err << "firmware-cli: " << tr("no download link published for %1").arg(file.fileName) << '\n';
        m_err.flush();
        return ExitNotFound;
    }
    const QString unsafe = SafeFileName::check(file.fileName);
    if (!unsafe.isEmpty())
        return usageError(tr("refused the catalog's file name: %1").arg(unsafe));
    if (const int reused = reuseLocalCopy(file, directory); reused >= 0)
        return reused;
    DownloadRequest request = DownloadRequest::fromRomFile(file, directory);
    request.urls = Mirrors::ordered(request.urls, commandLine.value(mirrorOption).trimmed());
    const int code = runDownload(request, settings, m_out, m_err);
    m_out.flush();
    return code;
}

namespace {
const CliOption sizeOption{{QStringLiteral("size")}, QT_TRANSLATE_NOOP("CliApp", "Expected size in bytes."),
                           QStringLiteral("BYTES"), CliValue::Text};
const CliOption nameOption{{QStringLiteral("name")},
                           QT_TRANSLATE_NOOP("CliApp", "Local file name (default: the URL's last segment)."),
                           QStringLiteral("FILE"), CliValue::File};
} // namespace

void CliApp::declareFetch(CliSyntax &syntax)
{
    syntax.add(CliArgument{QStringLiteral("URL"), QT_TRANSLATE_NOOP("CliApp", "The http(s) URL of the file."), CliValue::Text})
        .add(CliArgument{QStringLiteral("MIRROR-URL"),
                         QT_TRANSLATE_NOOP("CliApp", "Other URLs of the same file, tried when the first fails."),
                         CliValue::Text, CliArgument::Count::AnyNumber})
        .add(md5Option)
        .add(sizeOption)
        .add(nameOption);
    declareTransfer(syntax);
}

int CliApp::reuseLocalCopy(const RomFile &file, const QString &directory)
{
    // The output folder is the engine's: it checks a file already there itself.
    QStringList folders = RomFolders::searchOrder({}, DownloadManager::defaultDownloadDirectory());
    folders.removeAll(QDir::cleanPath(QDir(directory).absolutePath()));
    DigestCache cache;
    for (const QString &path : LocalCopy::find(folders, file.fileName)) {
        const QString known = cache.md5Of(path);
        auto copy = std::make_shared<LocalCopy>();
        auto cancelled = std::make_shared<bool>(false);
        runFlashTask(
            [path, file, known, copy, cancelled](TaskProgress &progress) {
                *copy = LocalCopy::check(path, file, known, &progress);
                *cancelled = progress.isCancelled();
            },
            file.fileName);
        if (*cancelled)
            return ExitInterrupted;
        if (!copy->md5.isEmpty() && copy->state != LocalCopy::State::Unreadable) {
            cache.remember(copy->path, copy->size, copy->modified, copy->md5);
            cache.save();
        }
        if (!copy->isUsable()) {
            m_err << "firmware-cli: " << copy->describe() << '\n';
            m_err.flush();
            continue;
        }
        const Verification verification = copy->state == LocalCopy::State::Verified ? Verification::Verified
            : copy->state == LocalCopy::State::PrefixVerified                      ? Verification::PrefixVerified
                                                                                   : Verification::NotVerified;
        m_out << tr("already downloaded, %1").arg(verificationText(verification, copy->expected)) << ": "
              << QDir::toNativeSeparators(copy->path) << '\n';
        m_out.flush();
        return ExitOk;
    }
    return -1;
}

int CliApp::fetch(const CliCommandLine &commandLine)
{
    const QStringList args = commandLine.arguments();
    if (args.isEmpty())
        return usageError(tr("fetch wants a URL (and maybe other URLs of the same file, as mirrors)"));
    DownloadSettings settings;
    DownloadRequest request;
    bool usage = true;
    const QString problem = readTransfer(commandLine, &settings, &request.directory, &usage);
    if (!problem.isEmpty())
        return usage ? usageError(problem) : diskError(problem);
    for (const QString &arg : args) {
        const QUrl url = QUrl::fromUserInput(arg);
        if (!isWebUrl(url))
            return usageError(tr("'%1' is not an http or https URL").arg(arg));
        request.urls.append(url);
    }
    const QUrl url = request.urls.first();
    if (commandLine.isSet(md5Option)) {
        if (!isMd5Hex(commandLine.value(md5Option)))
            return usageError(tr("'%1' is not an MD5 (32 hex digits)").arg(commandLine.value(md5Option)));
        request.md5 = commandLine.value(md5Option).toLower();
    }
    if (commandLine.isSet(sizeOption)) {
        bool ok = false;
        request.exactSize = commandLine.value(sizeOption).toLongLong(&ok);
        if (!ok || request.exactSize < 0)
            return usageError(tr("--size wants a number of bytes, not '%1'").arg(commandLine.value(sizeOption)));
    }
    // Named after the URL given, never after a redirect target.
    request.fileName = commandLine.isSet(nameOption) ? commandLine.value(nameOption) : SafeFileName::lastUrlSegment(url);
    const QString unsafe = SafeFileName::check(request.fileName);
    if (!unsafe.isEmpty())
        return usageError(tr("refused the file name: %1 (choose one with --name)").arg(unsafe));
    if (request.md5.isEmpty()) {
        RomFile named;
        named.fileName = request.fileName;
        request.md5Prefix = named.md5PrefixFromFileName();
    }
    const int code = runDownload(request, settings, m_out, m_err);
    m_out.flush();
    return code;
}

void CliApp::declareVerify(CliSyntax &syntax)
{
    syntax.add(CliArgument{QStringLiteral("FILE"), QT_TRANSLATE_NOOP("CliApp", "The file to check."), CliValue::File})
        .add(md5Option)
        .add(CliOptions::catalog);
}

int CliApp::verify(const CliCommandLine &commandLine)
{
    const QStringList args = commandLine.arguments();
    if (args.size() != 1)
        return usageError(tr("verify wants one FILE"));
    const QFileInfo info(args[0]);
    if (!info.exists())
        return usageError(tr("no such file: %1").arg(args[0]));
    if (!info.isFile())
        return usageError(tr("%1 is not a file").arg(args[0]));
    QString expected;
    QString prefix;
    if (commandLine.isSet(md5Option)) {
        if (!isMd5Hex(commandLine.value(md5Option)))
            return usageError(tr("'%1' is not an MD5 (32 hex digits)").arg(commandLine.value(md5Option)));
        expected = commandLine.value(md5Option).toLower();
    } else {
        const CatalogPtr catalog = loadCatalog(commandLine.value(CliOptions::catalog));
        if (!catalog)
            return ExitUsage;
        for (int index : catalog->filesNamed(info.fileName())) {
            const RomFile &file = catalog->files().at(index);
            if (file.hasMd5()) {
                expected = file.md5;
                break;
            }
            prefix = file.md5PrefixFromFileName();
        }
    }
    if (expected.isEmpty() && prefix.isEmpty()) {
        m_out << tr("no checksum known for %1 (not in the catalog, or its MD5 is Unknown); use --md5")
                     .arg(info.fileName()) << '\n';
        m_out.flush();
        return ExitNotFound;
    }

    Md5Hasher hasher;
    ProgressPrinter printer(m_err, stderrIsTerminal());
    InterruptWatcher interrupts;
    QEventLoop loop;
    QString result;
    QString failure;
    DownloadStatus status;
    status.state = DownloadState::Verifying;
    status.total = info.size();
    QObject::connect(&hasher, &Md5Hasher::progress, &loop, [&](quint64, qint64 hashed) {
        status.received = hashed;
        printer.show(status);
    });
    QObject::connect(&hasher, &Md5Hasher::finished, &loop, [&](quint64, const QString &md5Hex) {
        result = md5Hex;
        loop.quit();
    });
    QObject::connect(&hasher, &Md5Hasher::failed, &loop, [&](quint64, const QString &error) {
        failure = error;
        loop.quit();
    });
    QObject::connect(&interrupts, &InterruptWatcher::interrupt, &loop, [&] {
        hasher.cancel();
        loop.quit();
    });
    printer.show(status);
    hasher.addFile(info.absoluteFilePath());
    hasher.finish();
    loop.exec();
    printer.end();
    if (interrupts.interrupted())
        return ExitInterrupted;
    if (!failure.isEmpty()) {
        m_out << tr("cannot read %1: %2").arg(info.filePath(), failure) << '\n';
        m_out.flush();
        return ExitNetwork;
    }
    const bool matches = expected.isEmpty() ? result.startsWith(prefix) : result == expected;
    if (matches && expected.isEmpty())
        m_out << tr("match (prefix): the MD5 %1 starts with the file name's %2; no full MD5 is known: %3")
                     .arg(result, prefix, info.filePath()) << '\n';
    else if (matches)
        m_out << tr("match: MD5 %1: %2").arg(result, info.filePath()) << '\n';
    else
        m_out << tr("mismatch: MD5 %1, expected %2: %3").arg(result, expected.isEmpty() ? prefix + QLatin1String("...") : expected,
                                                            info.filePath()) << '\n';
    m_out.flush();
    return matches ? ExitOk : ExitMismatch;
}
