// SPDX-License-Identifier: GPL-3.0-or-later
// Unpacking a Fastboot ROM (src/core/flash/romextractor): the real layout comes out whole and
// runnable; hostile archives, a cut stream, a cancel and a full disk leave nothing taken for a
// finished extraction.
#include "flash/flashtask.h"
#include "flash/romextractor.h"
#include "flash/rominspector.h"
#include "testarchives.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestArchives;

namespace {

const QString Folder = QStringLiteral("gemini_global_images_V10.2.2.0.OAAMIXM_20190115.0000.00_8.0_global");

FastbootRomSpec geminiSpec(int imageBytes = 4096)
{
    FastbootRomSpec s;
    s.folder = Folder;
    s.product = QStringLiteral("gemini");
    s.imageBytes = imageBytes;
    return s;
}

// Every file and folder under dir, relative, sorted.
QStringList tree(const QString &dir)
{
    QStringList paths;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << QDir(dir).relativeFilePath(it.next());
    paths.sort();
    return paths;
}

} // namespace

class TestRomExtractor : public QObject
{
    Q_OBJECT

private:
    QString writeRom(const QTemporaryDir &dir, const QList<Entry> &entries, const QString &name = QStringLiteral("rom.tgz"))
    {
        const QString path = dir.filePath(name);
        QString error;
        if (!writeTgz(path, entries, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

private Q_SLOTS:
    void unpacksTheRealLayout()
    {
        QTemporaryDir dir;
        const QList<Entry> entries = fastbootRom(geminiSpec(100 * 1024));
        const QString rom = writeRom(dir, entries);
        const QString out = dir.filePath(QStringLiteral("out"));
        TaskProgress progress;
        const RomExtractor::Result result = RomExtractor::extract(rom, out, &progress);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.folder, out + QLatin1Char('/') + Folder);
        QCOMPARE(progress.stage(), TaskProgress::Stage::Extracting);
        QCOMPARE(progress.done(), QFileInfo(rom).size());
        // Byte for byte what the archive holds, nothing else (no note, no staging folder).
        for (const Entry &e : entries) {
            if (e.type != Entry::Type::File)
                continue;
            QFile file(out + QLatin1Char('/') + e.path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QCOMPARE(file.readAll(), e.data);
        }
        QCOMPARE(tree(out).filter(QStringLiteral("unfinished"), Qt::CaseInsensitive), QStringList());
        QCOMPARE(tree(out).filter(QStringLiteral("UNFINISHED")), QStringList());
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{Folder});
#ifndef Q_OS_WIN
        QVERIFY(QFileInfo(result.folder + QStringLiteral("/flash_all.sh")).isExecutable());
        QVERIFY(!QFileInfo(result.folder + QStringLiteral("/images/boot.img")).isExecutable());
#endif
        // Again into the same folder: refused, the first one untouched.
        const RomExtractor::Result again = RomExtractor::extract(rom, out);
        QVERIFY(!again.ok());
        QVERIFY2(again.error.contains(QLatin1String("already exists")), qPrintable(again.error));
        QCOMPARE(again.failure, RomExtractor::Failure::Exists);
        QCOMPARE(again.existingFolder, result.folder);
        QVERIFY(QFileInfo::exists(result.folder + QStringLiteral("/images/super.img")));
    }

    void usesAnEarlierInspection()
    {
        QTemporaryDir dir;
        const QString rom = writeRom(dir, fastbootRom(geminiSpec()));
        const RomInspector::Result inspected = RomInspector::inspect(rom);
        QVERIFY(inspected.ok());
        TaskProgress progress;
        const RomExtractor::Result result = RomExtractor::extract(rom, dir.filePath(QStringLiteral("a")), &progress, inspected.inspection);
        QVERIFY2(result.ok(), qPrintable(result.error));
        // A stale inspection (the file changed since) is not trusted: the archive is checked again.
        RomInspection stale = *inspected.inspection;
        stale.unpackedSize = 1;
        stale.fileSize += 1;
        const RomExtractor::Result checked = RomExtractor::extract(rom, dir.filePath(QStringLiteral("b")), nullptr, stale);
        QVERIFY2(checked.ok(), qPrintable(checked.error));
    }

    void archiveWithoutFolderGetsOneNamedAfterIt()
    {
        QTemporaryDir dir;
        QList<Entry> flat;
        for (Entry e : fastbootRom(geminiSpec())) {
            e.path = e.path.mid(Folder.size() + 1);
            if (!e.path.isEmpty())
                flat << e;
        }
        const QString rom = writeRom(dir, flat, QStringLiteral("flat_rom.tgz"));
        const RomExtractor::Result result = RomExtractor::extract(rom, dir.path());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(QFileInfo(result.folder).fileName(), QStringLiteral("flat_rom"));
        QVERIFY(QFileInfo::exists(result.folder + QStringLiteral("/flash_all.sh")));
    }

    void linksInsideBecomeCopies()
    {
        QTemporaryDir dir;
        QList<Entry> entries = fastbootRom(geminiSpec());
        entries << Entry::hardlink(Folder + QStringLiteral("/images/boot_copy.img"), Folder + QStringLiteral("/images/boot.img"));
        entries << Entry::symlink(Folder + QStringLiteral("/images/vbmeta_link.img"), QStringLiteral("vbmeta.img"));
        const RomExtractor::Result result = RomExtractor::extract(writeRom(dir, entries), dir.filePath(QStringLiteral("out")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QFileInfo link(result.folder + QStringLiteral("/images/vbmeta_link.img"));
        QVERIFY(!link.isSymLink());
        QCOMPARE(link.size(), 4096);
        QVERIFY(!QFileInfo(result.folder + QStringLiteral("/images/boot_copy.img")).isSymLink());
        QCOMPARE(QFileInfo(result.folder + QStringLiteral("/images/boot_copy.img")).size(), 4096);
    }

    // Bad input (hostile archive): traversal, an absolute path, a link leaving the folder, a name Windows cannot hold: extraction refuses and writes nothing
    void hostileArchiveWritesNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("linkTarget");
        QTest::addColumn<bool>("hardLink");
        const QString root = Folder + QLatin1Char('/');
        QTest::newRow("traversal") << "../evil.sh" << "" << false;
        QTest::newRow("deep traversal") << root + "images/../../../evil.sh" << "" << false;
        QTest::newRow("absolute") << "/tmp/fwb-evil.sh" << "" << false;
        QTest::newRow("windows device") << root + "images/CON" << "" << false;
        QTest::newRow("windows reserved char") << root + "images/a?b.img" << "" << false;
        QTest::newRow("symlink out") << root + "images/etc" << "../../../../../../etc" << false;
        QTest::newRow("hardlink out") << root + "images/passwd" << "/etc/passwd" << true;
    }
    void hostileArchiveWritesNothing()
    {
        QFETCH(QString, path);
        QFETCH(QString, linkTarget);
        QFETCH(bool, hardLink);
        QTemporaryDir dir;
        QList<Entry> entries = fastbootRom(geminiSpec());
        if (linkTarget.isEmpty())
            entries << Entry::file(path, "#!/bin/sh\necho owned\n", 0755);
        else
            entries << (hardLink ? Entry::hardlink(path, linkTarget) : Entry::symlink(path, linkTarget));
        // A file written through the link would land here.
        entries << Entry::file(Folder + QStringLiteral("/images/etc/fwb-evil"), "owned\n");
        const QString rom = writeRom(dir, entries);
        const QString out = dir.filePath(QStringLiteral("out/deeper"));
        const RomExtractor::Result result = RomExtractor::extract(rom, out);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure, RomExtractor::Failure::Refused);
        QVERIFY2(result.error.contains(QLatin1String("nothing was written")), qPrintable(result.error));
        QCOMPARE(tree(dir.path()), (QStringList{QStringLiteral("rom.tgz")}));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/fwb-evil.sh")));
    }

    // Bad input (hostile archive): a .tgz cut short while it is unpacked: fails as damaged; the half-written folder is removed
    void truncatedArchiveLeavesNothing()
    {
        QTemporaryDir dir;
        const QString rom = writeRom(dir, fastbootRom(geminiSpec(256 * 1024)));
        // Inspected while whole, cut afterwards: the unpacking itself meets the cut.
        const RomInspector::Result inspected = RomInspector::inspect(rom);
        QVERIFY(inspected.ok());
        QFile file(rom);
        const qint64 size = file.size();
        QVERIFY(file.resize(size * 2 / 3));
        RomInspection known = *inspected.inspection;
        known.fileSize = file.size(); // pretend the inspection describes the cut file
        known.modified = QFileInfo(rom).lastModified();
        const RomExtractor::Result result = RomExtractor::extract(rom, dir.filePath(QStringLiteral("out")), nullptr, known);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure, RomExtractor::Failure::Damaged);
        QVERIFY2(result.error.contains(QLatin1String("damaged or incomplete")), qPrintable(result.error));
        QCOMPARE(tree(dir.filePath(QStringLiteral("out"))), QStringList());
    }

    // Bad input (Ctrl+C): an extraction cancelled midway (files in `<folder>.unfinished`, marked so): the folder is removed
    void cancelRemovesTheUnfinishedFolder()
    {
        QTemporaryDir dir;
        const QString rom = writeRom(dir, fastbootRom(geminiSpec(1 << 20)));
        const qint64 size = QFileInfo(rom).size();
        const QString out = dir.filePath(QStringLiteral("out"));
        const QString note = out + QLatin1Char('/') + Folder + RomExtractor::unfinishedSuffix() + QLatin1Char('/')
            + RomExtractor::unfinishedNote();
        bool sawNote = false;
        TaskProgress progress;
        progress.setObserver([&](TaskProgress &p) {
            if (p.stage() == TaskProgress::Stage::Extracting && p.done() > size / 2 && !p.isCancelled()) {
                sawNote = QFileInfo::exists(note); // midway the files sit in "<folder>.unfinished", marked so
                p.cancel();
            }
        });
        const RomExtractor::Result result = RomExtractor::extract(rom, out, &progress);
        QVERIFY(!result.ok());
        QVERIFY(result.cancelled());
        QVERIFY(sawNote);
        QCOMPARE(tree(out), QStringList());
    }

    void workerRunsItAndCancels()
    {
        QTemporaryDir dir;
        const QString rom = writeRom(dir, fastbootRom(geminiSpec(1 << 20)));
        auto result = std::make_shared<RomExtractor::Result>();
        const QString out = dir.filePath(QStringLiteral("out"));
        FlashTask task;
        QSignalSpy finished(&task, &FlashTask::finished);
        task.start([rom, out, result](TaskProgress &p) { *result = RomExtractor::extract(rom, out, &p); });
        QVERIFY(finished.wait(120000));
        QVERIFY2(result->ok(), qPrintable(result->error));
        // Cancelled while queued: stops before writing anything.
        task.start([rom, out, result](TaskProgress &p) {
            p.cancel();
            *result = RomExtractor::extract(rom, out + QStringLiteral("2"), &p);
        });
        QVERIFY(finished.wait(120000));
        QVERIFY(result->cancelled());
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("2")));
    }

    // Bad input (kill -9): the `<folder>.unfinished` a killed extraction left is removed by the next one; a folder of that name without its note is left alone
    void staleUnfinishedFolderIsReplaced()
    {
        // What a killed process leaves: the .unfinished folder with its note.
        QTemporaryDir dir;
        const QString rom = writeRom(dir, fastbootRom(geminiSpec()));
        const QString staging = dir.filePath(QStringLiteral("out/") + Folder + RomExtractor::unfinishedSuffix());
        QVERIFY(QDir().mkpath(staging + QStringLiteral("/") + Folder + QStringLiteral("/images")));
        QFile note(staging + QLatin1Char('/') + RomExtractor::unfinishedNote());
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.close();
        QFile half(staging + QLatin1Char('/') + Folder + QStringLiteral("/images/super.img"));
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write("half");
        half.close();
        const RomExtractor::Result result = RomExtractor::extract(rom, dir.filePath(QStringLiteral("out")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(QFileInfo(result.folder + QStringLiteral("/images/super.img")).size(), 4096);
        QVERIFY(!QFileInfo::exists(staging));

        // A folder of that name without the note is not ours: left alone.
        QTemporaryDir other;
        const QString foreign = other.filePath(Folder + RomExtractor::unfinishedSuffix());
        QVERIFY(QDir().mkpath(foreign));
        const RomExtractor::Result refused = RomExtractor::extract(rom, other.path());
        QVERIFY(!refused.ok());
        QVERIFY(QFileInfo::exists(foreign));
    }

    // Bad input (disk full): a ROM larger than the free space is refused before a byte is written
    void freeSpaceIsCheckedFirst()
    {
        QTemporaryDir dir;
        const QString rom = writeRom(dir, fastbootRom(geminiSpec()));
        RomInspector::Result inspected = RomInspector::inspect(rom);
        QVERIFY(inspected.ok());
        // The test cannot fill a disk: an inspection claiming a ROM larger than any disk.
        inspected.inspection->unpackedSize = qint64(1) << 60;
        const RomExtractor::Result result = RomExtractor::extract(rom, dir.filePath(QStringLiteral("out")), nullptr, inspected.inspection);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure, RomExtractor::Failure::Disk);
        QVERIFY2(result.error.contains(QLatin1String("not enough free space")), qPrintable(result.error));
        QCOMPARE(tree(dir.filePath(QStringLiteral("out"))), QStringList());
    }

    void recoveryRomIsNotUnpacked()
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("ota.zip"));
        QVERIFY(writeZip(zip, recoveryRom("pre-device=gemini\n", 4096)));
        const RomExtractor::Result result = RomExtractor::extract(zip, dir.filePath(QStringLiteral("out")));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("Recovery ROM")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestRomExtractor)
#include "tst_romextractor.moc"
