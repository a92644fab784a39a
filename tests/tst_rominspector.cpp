// SPDX-License-Identifier: GPL-3.0-or-later
// Inspecting ROM files (src/core/flash): archives the test writes with Xiaomi's layouts and every
// form of their flash scripts' checks, and hostile ones.
#include "flash/flashtask.h"
#include "flash/rominspector.h"
#include "testarchives.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestArchives;

namespace {

const QString Folder = QStringLiteral("gemini_global_images_V10.2.2.0.OAAMIXM_20190115.0000.00_8.0_global");

FastbootRomSpec spec(AntiCheck check, int index = 4)
{
    FastbootRomSpec s;
    s.folder = Folder;
    s.product = QStringLiteral("gemini");
    s.antiCheck = check;
    s.antiIndex = index;
    return s;
}

} // namespace

class TestRomInspector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QList<Entry> &entries)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!(name.endsWith(QLatin1String(".zip")) ? writeZip(path, entries, false, &error) : writeTgz(path, entries, &error)))
            qFatal("cannot write %s: %s", qPrintable(path), qPrintable(error));
        return path;
    }

    RomInspection inspectOk(const QString &path)
    {
        const RomInspector::Result result = RomInspector::inspect(path);
        if (!result.ok())
            qWarning("%s: %s", qPrintable(path), qPrintable(result.error));
        return result.inspection.value_or(RomInspection());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fastbootRomInOnePass()
    {
        FastbootRomSpec s = spec(AntiCheck::Literal, 4);
        s.imageBytes = 256 * 1024;
        const QString path = write(QStringLiteral("full.tgz"), fastbootRom(s));
        TaskProgress progress;
        const RomInspector::Result result = RomInspector::inspect(path, &progress);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const RomInspection &rom = *result.inspection;
        QCOMPARE(rom.kind, RomInspection::Kind::Fastboot);
        QCOMPARE(rom.product, QStringLiteral("gemini"));
        QCOMPARE(rom.folder, Folder);
        QCOMPARE(rom.antiRollback.index, std::optional<int>(4));
        QCOMPARE(rom.antiRollback.sourceFile, QStringLiteral("flash_all.sh"));
        QCOMPARE(rom.antiRollback.phoneVariable, QStringLiteral("anti"));
        QCOMPARE(rom.scripts.size(), 3);
        QCOMPARE(rom.scripts.at(0).name, QStringLiteral("flash_all"));
        QCOMPARE(rom.scripts.at(0).files, (QStringList{QStringLiteral("flash_all.sh"), QStringLiteral("flash_all.bat")}));
        QVERIFY(rom.scripts.at(0).wipesData);
        QCOMPARE(rom.scripts.at(1).name, QStringLiteral("flash_all_except_storage"));
        QVERIFY(!rom.scripts.at(1).wipesData);
        QCOMPARE(rom.scripts.at(2).name, QStringLiteral("flash_all_lock"));
        QVERIFY(rom.scripts.at(2).locksBootloader);
        QCOMPARE(rom.recommendedScript(), &rom.scripts.at(1));
        QCOMPARE(rom.images.size(), 8);
        QCOMPARE(rom.images.at(0).name, QStringLiteral("xbl.elf"));
        QCOMPARE(rom.images.at(0).size, 256 * 1024);
        QVERIFY(rom.unsafeEntry.isEmpty());
        QVERIFY(rom.unpackedSize > 7 * 256 * 1024);
        // One pass: every byte of the file read once; progress ends at the file's size.
        QCOMPARE(result.bytesRead, QFileInfo(path).size());
        QCOMPARE(progress.done(), QFileInfo(path).size());
        QVERIFY(rom.describesFileOnDisk());
    }

    // Every form the anti-rollback check takes in Xiaomi's scripts, in the .sh and the .bat.
    void antiRollbackVariants_data()
    {
        QTest::addColumn<int>("check");
        QTest::addColumn<bool>("withShell");
        QTest::addColumn<QVariant>("index");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("commentedOut");
        QTest::addColumn<QString>("variable");
        QTest::newRow("sh CURRENT_ANTI_VER=4") << int(AntiCheck::Literal) << true << QVariant(4) << "flash_all.sh" << false << "anti";
        QTest::newRow("bat set CURRENT_ANTI_VER=4") << int(AntiCheck::Literal) << false << QVariant(4) << "flash_all.bat" << false << "anti";
        QTest::newRow("sh anti_version.txt") << int(AntiCheck::VersionFile) << true << QVariant(4) << "images/anti_version.txt" << false << "anti";
        QTest::newRow("bat anti_version.txt") << int(AntiCheck::VersionFile) << false << QVariant(4) << "images/anti_version.txt" << false << "anti";
        QTest::newRow("sh commented out") << int(AntiCheck::CommentedOut) << true << QVariant() << "" << true << "";
        QTest::newRow("bat commented out") << int(AntiCheck::CommentedOut) << false << QVariant() << "" << true << "";
        QTest::newRow("sh rollback_ver") << int(AntiCheck::RollbackVer) << true << QVariant(4) << "flash_all.sh" << false << "rollback_ver";
        QTest::newRow("bat rollback_ver") << int(AntiCheck::RollbackVer) << false << QVariant(4) << "flash_all.bat" << false << "rollback_ver";
        QTest::newRow("sh no check") << int(AntiCheck::None) << true << QVariant() << "" << false << "";
    }
    void antiRollbackVariants()
    {
        QFETCH(int, check);
        QFETCH(bool, withShell);
        QFETCH(QVariant, index);
        QFETCH(QString, source);
        QFETCH(bool, commentedOut);
        QFETCH(QString, variable);
        QList<Entry> entries = fastbootRom(spec(AntiCheck(check)));
        // Only one script form: drop the other.
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [&](const Entry &e) {
                                         return e.path.endsWith(withShell ? QLatin1String(".bat") : QLatin1String(".sh"));
                                     }),
                      entries.end());
        const RomInspection rom = inspectOk(write(QStringLiteral("variant.tgz"), entries));
        QCOMPARE(rom.product, QStringLiteral("gemini"));
        QCOMPARE(rom.antiRollback.index.has_value(), index.isValid());
        if (index.isValid())
            QCOMPARE(*rom.antiRollback.index, index.toInt());
        QCOMPARE(rom.antiRollback.sourceFile, source);
        QCOMPARE(rom.antiRollback.commentedOut, commentedOut);
        QCOMPARE(rom.antiRollback.phoneVariable, variable);
        QCOMPARE(rom.scripts.size(), 3);
        const QJsonObject json = rom.toJson();
        QCOMPARE(json.value(QStringLiteral("antiRollback")).isNull(), !index.isValid());
    }

    void scriptTextForms()
    {
        // A product check accepting two products, as some ROMs for two variants do.
        FlashScriptText text = FlashScriptText::read(
            "fastboot $* getvar product 2>&1 | grep -E \"^product: *(raphael|raphaelin)$\"\n", false);
        QCOMPARE(text.products, (QStringList{QStringLiteral("raphael"), QStringLiteral("raphaelin")}));
        // The default after a missing anti_version.txt is not the ROM's index.
        text = FlashScriptText::read("if [ -z \"$CURRENT_ANTI_VER\" ]; then CURRENT_ANTI_VER=0; fi\n", false);
        QVERIFY(!text.antiIndex);
        text = FlashScriptText::read("if [%CURRENT_ANTI_VER%] EQU [] set CURRENT_ANTI_VER=0\r\n", true);
        QVERIFY(!text.antiIndex);
        // rem comments in a .bat; a quoted set.
        text = FlashScriptText::read("rem set CURRENT_ANTI_VER=2\r\n", true);
        QCOMPARE(text.commentedAntiIndex, std::optional<int>(2));
        QVERIFY(!text.antiIndex);
        text = FlashScriptText::read("set \"CURRENT_ANTI_VER=3\"\r\n", true);
        QCOMPARE(text.antiIndex, std::optional<int>(3));
        // fastboot -w wipes the data; "oem lock" relocks.
        text = FlashScriptText::read("fastboot $* -w\nfastboot $* oem lock\n", false);
        QVERIFY(text.touchesUserData);
        QVERIFY(text.locksBootloader);
        text = FlashScriptText::read("fastboot $* getvar product 2>&1 | grep -w product\n", false);
        QVERIFY(!text.touchesUserData);
    }

    void olderNamesAndLayouts()
    {
        // flash_all_except_data_storage (older and MediaTek ROMs), no lock script, .sh only.
        FastbootRomSpec s = spec(AntiCheck::RollbackVer, 2);
        s.keepDataName = QStringLiteral("flash_all_except_data_storage");
        s.withLockScript = false;
        s.withBatch = false;
        RomInspection rom = inspectOk(write(QStringLiteral("mtk.tgz"), fastbootRom(s)));
        QCOMPARE(rom.scripts.size(), 2);
        QCOMPARE(rom.scripts.at(1).name, QStringLiteral("flash_all_except_data_storage"));
        QCOMPARE(rom.recommendedScript()->name, QStringLiteral("flash_all_except_data_storage"));
        QCOMPARE(rom.antiRollback.index, std::optional<int>(2));

        // No single folder: the scripts at the archive's root.
        QList<Entry> flat;
        for (Entry e : fastbootRom(spec(AntiCheck::Literal))) {
            e.path = e.path.mid(Folder.size() + 1);
            if (!e.path.isEmpty())
                flat << e;
        }
        rom = inspectOk(write(QStringLiteral("flat.tgz"), flat));
        QVERIFY(rom.folder.isEmpty());
        QCOMPARE(rom.scripts.size(), 3);
        QCOMPARE(rom.images.size(), 8);
        QCOMPARE(rom.antiRollback.index, std::optional<int>(4));

        // An uncompressed .tar reads the same.
        const QString tar = m_dir.filePath(QStringLiteral("plain.tar"));
        QVERIFY(writeTgz(m_dir.filePath(QStringLiteral("tmp.tgz")), fastbootRom(spec(AntiCheck::Literal))));
        QProcess gunzip;
        gunzip.setStandardOutputFile(tar);
        gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), m_dir.filePath(QStringLiteral("tmp.tgz"))});
        QVERIFY(gunzip.waitForFinished());
        QCOMPARE(inspectOk(tar).antiRollback.index, std::optional<int>(4));
    }

    void recoveryRomFromCentralDirectory()
    {
        const QByteArray metadata = "ota-property-files=payload_metadata.bin:2283:79823\n"
                                    "ota-required-cache=0\n"
                                    "ota-type=AB\n"
                                    "post-build=Xiaomi/gemini/gemini:8.0.0/OPR1.170623.032/V10.2.2.0.OAAMIXM:user/release-keys\n"
                                    "post-timestamp=1547539200\n"
                                    "pre-device=gemini\n";
        const int payload = 4 << 20;
        const QString path = m_dir.filePath(QStringLiteral("recovery.zip"));
        QVERIFY(writeZip(path, recoveryRom(metadata, payload), true));
        const RomInspector::Result result = RomInspector::inspect(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const RomInspection &rom = *result.inspection;
        QCOMPARE(rom.kind, RomInspection::Kind::Recovery);
        QCOMPARE(rom.product, QStringLiteral("gemini"));
        QVERIFY(rom.hasPayload);
        QCOMPARE(rom.metadata.value(QStringLiteral("ota-type")), QStringLiteral("AB"));
        QCOMPARE(rom.metadata.value(QStringLiteral("post-timestamp")), QStringLiteral("1547539200"));
        QCOMPARE(rom.metadata.value(QStringLiteral("post-build")),
                 QStringLiteral("Xiaomi/gemini/gemini:8.0.0/OPR1.170623.032/V10.2.2.0.OAAMIXM:user/release-keys"));
        QVERIFY(!rom.antiRollback.index);
        QVERIFY(rom.scripts.isEmpty());
        QCOMPARE(rom.images.first().name, QStringLiteral("payload.bin"));
        QCOMPARE(rom.images.first().size, payload);
        // The central directory and the metadata entry, not the 4 MiB payload.
        QVERIFY2(result.bytesRead < 600 * 1024, qPrintable(QString::number(result.bytesRead)));

        const QJsonObject json = rom.toJson();
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("recovery"));
        QCOMPARE(json.value(QStringLiteral("product")).toString(), QStringLiteral("gemini"));
        QVERIFY(json.value(QStringLiteral("antiRollback")).isNull());
        QCOMPARE(json.value(QStringLiteral("scripts")).toArray().size(), 0);
        QCOMPARE(json.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("pre-device")).toString(),
                 QStringLiteral("gemini"));
        QCOMPARE(json.value(QStringLiteral("hasPayload")).toBool(), true);

        // An older block-based Recovery ROM: updater-script, no payload.
        const QString old = m_dir.filePath(QStringLiteral("old.zip"));
        QVERIFY(writeZip(old, recoveryRom("ota-type=BLOCK\npre-device=gemini\n", 4096, false)));
        const RomInspection oldRom = inspectOk(old);
        QVERIFY(!oldRom.hasPayload);
        QCOMPARE(oldRom.metadata.value(QStringLiteral("ota-type")), QStringLiteral("BLOCK"));
    }

    void jsonKeys()
    {
        const RomInspection rom = inspectOk(write(QStringLiteral("json.tgz"), fastbootRom(spec(AntiCheck::VersionFile, 3))));
        const QJsonObject json = rom.toJson();
        for (const char *key : {"kind", "product", "antiRollback", "scripts", "images", "metadata"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("fastboot"));
        QCOMPARE(json.value(QStringLiteral("antiRollback")).toInt(), 3);
        const QJsonArray images = json.value(QStringLiteral("images")).toArray();
        QCOMPARE(images.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("xbl.elf"));
        QCOMPARE(images.at(0).toObject().value(QStringLiteral("size")).toInteger(), 4096);
        const QJsonArray scripts = json.value(QStringLiteral("scripts")).toArray();
        QCOMPARE(scripts.size(), 3);
        QCOMPARE(scripts.at(1).toObject().value(QStringLiteral("recommended")).toBool(), true);
        QCOMPARE(scripts.at(2).toObject().value(QStringLiteral("locksBootloader")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("folder")).toString(), Folder);
    }

    // Bad input (hostile archive): a text file, a tar without flash scripts, a zip without OTA files, a missing file: refused with the reason
    void refusesWhatIsNotARom()
    {
        // A tar without flash scripts, a zip without OTA files, a text file, a missing file.
        QString path = write(QStringLiteral("notrom.tgz"), {Entry::file(QStringLiteral("readme.txt"), "hello\n")});
        RomInspector::Result result = RomInspector::inspect(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("not a Fastboot ROM")), qPrintable(result.error));
        path = write(QStringLiteral("notrom.zip"), {Entry::file(QStringLiteral("readme.txt"), "hello\n")});
        result = RomInspector::inspect(path);
        QVERIFY2(result.error.contains(QLatin1String("not a Recovery ROM")), qPrintable(result.error));
        QFile text(m_dir.filePath(QStringLiteral("text.tgz")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("this is not an archive\n");
        text.close();
        result = RomInspector::inspect(text.fileName());
        QVERIFY2(result.error.contains(QLatin1String("neither")), qPrintable(result.error));
        result = RomInspector::inspect(m_dir.filePath(QStringLiteral("missing.tgz")));
        QVERIFY2(result.error.contains(QLatin1String("not a file")), qPrintable(result.error));
    }

    // Bad input (hostile archive): a .tgz cut in half: "the archive is damaged or incomplete", never a partial inspection
    void truncatedGzipIsDamaged()
    {
        FastbootRomSpec s = spec(AntiCheck::Literal);
        s.imageBytes = 64 * 1024;
        const QString path = write(QStringLiteral("cut.tgz"), fastbootRom(s));
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
        const RomInspector::Result result = RomInspector::inspect(path);
        QVERIFY(!result.ok());
        QVERIFY(!result.cancelled);
        QVERIFY2(result.error.contains(QLatin1String("damaged or incomplete")), qPrintable(result.error));
    }

    // Bad input (hostile archive): zeros gzipped 1000:1, a zip whose entries claim 800 times its size: refused as a decompression or zip bomb before unpacking it all
    void decompressionBombIsRefused()
    {
        // 64 MiB of zeros gzip to ~64 KiB (1000:1); a ROM's images barely shrink.
        const QString path = m_dir.filePath(QStringLiteral("bomb.tgz"));
        QVERIFY(writeZeroBomb(path, QStringLiteral("rom/images/super.img"), 64 << 20));
        ArchiveLimits limits;
        limits.bombMinBytes = 8 << 20;
        const RomInspector::Result result = RomInspector::inspect(path, nullptr, limits);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("decompression bomb")), qPrintable(result.error));

        // A zip whose entries claim far more than the file holds.
        QList<Entry> zipBomb = recoveryRom("pre-device=gemini\n", 4096);
        zipBomb << Entry::file(QStringLiteral("zeros.img"), QByteArray(32 << 20, '\0'));
        const QString zip = m_dir.filePath(QStringLiteral("bomb.zip"));
        QVERIFY(writeZip(zip, zipBomb));
        const RomInspector::Result zipResult = RomInspector::inspect(zip, nullptr, limits);
        QVERIFY2(zipResult.error.contains(QLatin1String("zip bomb")), qPrintable(zipResult.error));
    }

    void hostileEntriesAreNamed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("linkTarget");
        QTest::addColumn<bool>("hardLink");
        QTest::addColumn<QString>("why");
        const QString root = Folder + QLatin1Char('/');
        QTest::newRow("traversal") << "../evil.sh" << "" << false << "climbs out";
        QTest::newRow("traversal inside") << root + "images/../../evil.sh" << "" << false << "climbs out";
        QTest::newRow("absolute") << "/etc/cron.d/evil" << "" << false << "absolute path";
        QTest::newRow("drive") << "C:/Windows/evil.dll" << "" << false << "absolute path";
        QTest::newRow("backslash") << root + "images\\..\\evil" << "" << false << "backslash";
        QTest::newRow("device name") << root + "images/aux.img" << "" << false << "reserved device name";
        QTest::newRow("colon") << root + "images/boot:stream" << "" << false << "not allowed";
        QTest::newRow("trailing dot") << root + "images/boot.img." << "" << false << "ends with a dot";
        QTest::newRow("symlink out") << root + "images/link" << "../../../etc/passwd" << false << "points outside";
        QTest::newRow("absolute symlink") << root + "images/link" << "/etc" << false << "points outside";
        QTest::newRow("hardlink out") << root + "images/hard" << "../outside" << true << "points outside";
        QTest::newRow("case twin") << root + "images/BOOT.IMG" << "" << false << "twice";
    }
    // Bad input (hostile archive): `../`, absolute and drive paths, backslashes, `aux.img`, colons, trailing dots, links out of the folder, case twins: the inspection names the entry extraction would refuse
    void hostileEntriesAreNamed()
    {
        QFETCH(QString, path);
        QFETCH(QString, linkTarget);
        QFETCH(bool, hardLink);
        QFETCH(QString, why);
        QList<Entry> entries = fastbootRom(spec(AntiCheck::Literal));
        if (linkTarget.isEmpty())
            entries << Entry::file(path, "#!/bin/sh\nrm -rf ~\n", 0755);
        else
            entries << (hardLink ? Entry::hardlink(path, linkTarget) : Entry::symlink(path, linkTarget));
        const RomInspection rom = inspectOk(write(QStringLiteral("hostile.tgz"), entries));
        QVERIFY2(rom.unsafeEntry.contains(why), qPrintable(rom.unsafeEntry));
        // The inspection itself still describes the ROM.
        QCOMPARE(rom.product, QStringLiteral("gemini"));
    }

    void workerReportsProgressAndCancels()
    {
        FastbootRomSpec s = spec(AntiCheck::Literal);
        s.imageBytes = 3 << 20;
        const QString path = write(QStringLiteral("big.tgz"), fastbootRom(s));
        auto result = std::make_shared<RomInspector::Result>();
        FlashTask task;
        QSignalSpy finished(&task, &FlashTask::finished);
        QSignalSpy progress(&task, &FlashTask::progress);
        task.start([path, result](TaskProgress &p) { *result = RomInspector::inspect(path, &p); });
        QVERIFY(finished.wait(60000));
        QVERIFY2(result->ok(), qPrintable(result->error));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toLongLong(), QFileInfo(path).size());

        // Cancelled before it starts reading: stops at the first block with "cancelled".
        auto cancelled = std::make_shared<RomInspector::Result>();
        task.start([path, cancelled](TaskProgress &p) {
            p.cancel();
            *cancelled = RomInspector::inspect(path, &p);
        });
        QVERIFY(finished.wait(60000));
        QVERIFY(cancelled->cancelled);
        QVERIFY(!cancelled->ok());
        QVERIFY(cancelled->bytesRead < QFileInfo(path).size());
    }
};

QTEST_GUILESS_MAIN(TestRomInspector)
#include "tst_rominspector.moc"
