// SPDX-License-Identifier: GPL-3.0-or-later
// firmware-cli inspect / extract, run as a user would, on ROM archives the test writes with
// Xiaomi's layouts (tests/support/testarchives), and the phone check against the fake fastboot.
#include "catalog/catalogfile.h"
#include "cliprocess.h"
#include "fakephoneskip.h"
#include "fixtures.h"
#include "testarchives.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCryptographicHash>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace TestArchives;

namespace {

const QString Folder = QStringLiteral("whyred_global_images_V11.0.3.0.PEIMIXM_20191108.0000.00_9.0_global");

QString fakeTool(const char *name)
{
    return QDir::cleanPath(QStringLiteral(FWB_TEST_DATA "/../support/") + QLatin1String(name));
}

FastbootRomSpec whyredSpec(AntiCheck check = AntiCheck::Literal, int index = 4)
{
    FastbootRomSpec spec;
    spec.folder = Folder;
    spec.product = QStringLiteral("whyred");
    spec.antiCheck = check;
    spec.antiIndex = index;
    return spec;
}

QStringList tree(const QString &dir)
{
    QStringList paths;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << QDir(dir).relativeFilePath(it.next());
    paths.sort();
    return paths;
}

} // namespace

class TestCliFlash : public QObject
{
    Q_OBJECT

private:
    using Run = CliProcess::Run;
    std::unique_ptr<CliProcess> m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString rom(const QString &name, const QList<Entry> &entries)
    {
        const QString path = m_dir->filePath(name);
        QString error;
        const bool written = name.endsWith(QLatin1String(".zip")) ? writeZip(path, entries, false, &error)
                                                                  : writeTgz(path, entries, &error);
        if (!written)
            qFatal("%s", qPrintable(error));
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliProcess>(QStringLiteral(FWB_CLI));
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void inspectFastbootText()
    {
        const Run run = m_cli->run({QStringLiteral("inspect"), rom(QStringLiteral("rom.tgz"), fastbootRom(whyredSpec()))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QLatin1String("Kind: Fastboot ROM\n")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("Folder: ") + Folder + QLatin1Char('\n')));
        QVERIFY(out.contains(QLatin1String("Product: whyred\n")));
        QVERIFY(out.contains(QLatin1String("Anti-rollback index: 4 (from flash_all.sh")));
        QVERIFY(out.contains(QLatin1String("flash_all_except_storage (flash_all_except_storage.sh, flash_all_except_storage.bat)  [recommended]")));
        QVERIFY(out.contains(QLatin1String("relocks the bootloader")));
        QVERIFY(out.contains(QLatin1String("  super.img")));
    }

    void inspectJson_data()
    {
        QTest::addColumn<int>("check");
        QTest::addColumn<QJsonValue>("anti");
        QTest::newRow("CURRENT_ANTI_VER=4") << int(AntiCheck::Literal) << QJsonValue(4);
        QTest::newRow("anti_version.txt") << int(AntiCheck::VersionFile) << QJsonValue(4);
        QTest::newRow("commented out") << int(AntiCheck::CommentedOut) << QJsonValue(QJsonValue::Null);
        QTest::newRow("rollback_ver") << int(AntiCheck::RollbackVer) << QJsonValue(4);
    }
    void inspectJson()
    {
        QFETCH(int, check);
        QFETCH(QJsonValue, anti);
        const Run run = m_cli->run({QStringLiteral("inspect"), QStringLiteral("--json"),
                                    rom(QStringLiteral("rom.tgz"), fastbootRom(whyredSpec(AntiCheck(check))))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key : {"kind", "product", "antiRollback", "scripts", "images", "metadata"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json[QStringLiteral("kind")].toString(), QStringLiteral("fastboot"));
        QCOMPARE(json[QStringLiteral("product")].toString(), QStringLiteral("whyred"));
        QCOMPARE(json[QStringLiteral("antiRollback")], anti);
        QCOMPARE(json[QStringLiteral("scripts")].toArray().size(), 3);
        QCOMPARE(json[QStringLiteral("images")].toArray().first().toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("xbl.elf"));
        QVERIFY(json[QStringLiteral("metadata")].isObject());
    }

    void inspectRecovery()
    {
        const QString zip = rom(QStringLiteral("ota.zip"),
                                recoveryRom("ota-type=AB\npost-timestamp=1563321600\npre-device=whyred\n", 64 * 1024));
        Run run = m_cli->run({QStringLiteral("inspect"), QStringLiteral("--json"), zip});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json[QStringLiteral("kind")].toString(), QStringLiteral("recovery"));
        QCOMPARE(json[QStringLiteral("product")].toString(), QStringLiteral("whyred"));
        QVERIFY(json[QStringLiteral("antiRollback")].isNull());
        QCOMPARE(json[QStringLiteral("metadata")].toObject()[QStringLiteral("ota-type")].toString(), QStringLiteral("AB"));
        QCOMPARE(json[QStringLiteral("hasPayload")].toBool(), true);
        run = m_cli->run({QStringLiteral("inspect"), zip});
        QVERIFY(run.out.contains("Kind: Recovery ROM (payload.bin"));
        QVERIFY(run.out.contains("post-timestamp: 1563321600  (2019-07-17T00:00:00Z)"));
    }

    // Bad input (hostile archive): `inspect` on a text file, a cut-off .tgz or a missing file: exit 1 with the reason
    void inspectRefuses()
    {
        QFile text(m_dir->filePath(QStringLiteral("notes.tgz")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("plain text\n");
        text.close();
        Run run = m_cli->run({QStringLiteral("inspect"), text.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("neither a Fastboot ROM"), run.err.constData());
        FastbootRomSpec big = whyredSpec();
        big.imageBytes = 128 * 1024;
        const QString cut = rom(QStringLiteral("cut.tgz"), fastbootRom(big));
        QFile file(cut);
        QVERIFY(file.resize(file.size() / 2));
        run = m_cli->run({QStringLiteral("inspect"), cut});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("damaged or incomplete"), run.err.constData());
        run = m_cli->run({QStringLiteral("inspect"), m_dir->filePath(QStringLiteral("missing.tgz"))});
        QCOMPARE(run.exitCode, 1);
        run = m_cli->run({QStringLiteral("inspect")});
        QCOMPARE(run.exitCode, 1);
    }

    // The fake fastboot's phone: a Redmi Note 5 Pro (whyred) in fastboot mode, anti = 4.
    Run inspectWithPhone(const QString &path, QStringList extra = {})
    {
        m_cli->setEnvironment(QStringLiteral("FWB_FAKE_PHONES"), QStringLiteral("fastboot"));
        return m_cli->run(QStringList{QStringLiteral("inspect"), path, QStringLiteral("--phone"), QStringLiteral("--adb"),
                                      fakeTool("fake-adb"), QStringLiteral("--fastboot"), fakeTool("fake-fastboot")}
                          + extra);
    }

    void phoneCheckFits()
    {
        FWB_SKIP_WHERE_FAKE_PHONES_CANNOT_RUN();
        const Run run = inspectWithPhone(rom(QStringLiteral("rom.tgz"), fastbootRom(whyredSpec(AntiCheck::Literal, 4))));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("anti-rollback index 4"), run.out.constData());
        QVERIFY(run.out.contains("Recommended: flash_all_except_storage keeps your data."));
        QVERIFY(run.out.contains("flash_all_lock relocks the bootloader"));
        QVERIFY(!run.out.contains("!!"));
    }

    // Bad input (wrong ROM): `inspect --phone` with a ROM for another product or an anti-rollback index below the phone's: exit 1, the warning names both indexes
    void phoneCheckRefuses()
    {
        FWB_SKIP_WHERE_FAKE_PHONES_CANNOT_RUN();
        Run run = inspectWithPhone(rom(QStringLiteral("low.tgz"), fastbootRom(whyredSpec(AntiCheck::VersionFile, 3))));
        QCOMPARE(run.exitCode, 1);
        const QByteArray warning = "Anti-rollback: this ROM's index is 3, the phone's is 4: flashing would be refused or "
                                   "brick the phone.";
        QVERIFY2(run.out.contains(QByteArray(QByteArray("!! ") + warning)), run.out.constData());
        QVERIFY(run.err.contains(warning));
        QVERIFY(!run.out.contains("Recommended:"));
        QVERIFY2(!run.out.contains("This ROM is for") && !run.err.contains("This ROM is for"), run.out.constData()); // the product is right
        run = inspectWithPhone(rom(QStringLiteral("low.tgz"), fastbootRom(whyredSpec(AntiCheck::VersionFile, 3))),
                               {QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QJsonObject phone = QJsonDocument::fromJson(run.out).object()[QStringLiteral("phone")].toObject();
        QCOMPARE(phone[QStringLiteral("otherProduct")].toBool(true), false);
        QCOMPARE(phone[QStringLiteral("antiRollbackTooLow")].toBool(), true);

        FastbootRomSpec other = whyredSpec();
        other.product = QStringLiteral("gemini");
        run = inspectWithPhone(rom(QStringLiteral("other.tgz"), fastbootRom(other)), {QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        phone = QJsonDocument::fromJson(run.out).object()[QStringLiteral("phone")].toObject();
        QCOMPARE(phone[QStringLiteral("refused")].toBool(), true);
        QCOMPARE(phone[QStringLiteral("otherProduct")].toBool(), true);
        QCOMPARE(phone[QStringLiteral("antiRollbackTooLow")].toBool(true), false);
        QCOMPARE(phone[QStringLiteral("product")].toString(), QStringLiteral("whyred"));
        QCOMPARE(phone[QStringLiteral("anti")].toInt(), 4);
        QVERIFY(phone[QStringLiteral("errors")].toArray().first().toString().startsWith(QLatin1String("This ROM is for gemini")));
    }

    void phoneCheckWithoutPhone()
    {
        FWB_SKIP_WHERE_FAKE_PHONES_CANNOT_RUN();
        m_cli->setEnvironment(QStringLiteral("FWB_FAKE_PHONES"), QStringLiteral("none"));
        const Run run = m_cli->run({QStringLiteral("inspect"), rom(QStringLiteral("rom.tgz"), fastbootRom(whyredSpec())),
                                    QStringLiteral("--phone"), QStringLiteral("--adb"), fakeTool("fake-adb"),
                                    QStringLiteral("--fastboot"), fakeTool("fake-fastboot")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("no phone found"), run.err.constData());
    }

    void extractNextToTheFile()
    {
        const QString path = rom(QStringLiteral("rom.tgz"), fastbootRom(whyredSpec()));
        Run run = m_cli->run({QStringLiteral("extract"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString folder = m_dir->filePath(Folder);
        QCOMPARE(QString::fromUtf8(run.out).trimmed(), QStringLiteral("extracted: ") + QDir::toNativeSeparators(folder));
        QVERIFY(QFileInfo(folder + QStringLiteral("/flash_all.sh")).isExecutable());
        QCOMPARE(QFileInfo(folder + QStringLiteral("/images/super.img")).size(), 4096);
        // Again: refused, nothing overwritten.
        run = m_cli->run({QStringLiteral("extract"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("already exists"), run.err.constData());
        // -o DIR.
        run = m_cli->run({QStringLiteral("extract"), path, QStringLiteral("-o"), m_dir->filePath(QStringLiteral("elsewhere"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("elsewhere/") + Folder + QStringLiteral("/images/boot.img"))));
    }

    // Bad input (hostile archive): `extract` of a traversal or a link out of the folder: exit 1, nothing written
    void extractRefusesHostileArchives()
    {
        QList<Entry> entries = fastbootRom(whyredSpec());
        entries << Entry::file(QStringLiteral("../escaped.sh"), "echo owned\n", 0755);
        Run run = m_cli->run({QStringLiteral("extract"), rom(QStringLiteral("evil.tgz"), entries), QStringLiteral("-o"),
                              m_dir->filePath(QStringLiteral("out"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("climbs out"), run.err.constData());
        entries = fastbootRom(whyredSpec());
        entries << Entry::symlink(Folder + QStringLiteral("/images/home"), QStringLiteral("../../../.."));
        run = m_cli->run({QStringLiteral("extract"), rom(QStringLiteral("link.tgz"), entries), QStringLiteral("-o"),
                          m_dir->filePath(QStringLiteral("out"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("points outside"), run.err.constData());
        QCOMPARE(tree(m_dir->path()), (QStringList{QStringLiteral("evil.tgz"), QStringLiteral("link.tgz")}));
        // A Recovery ROM is not unpacked.
        run = m_cli->run({QStringLiteral("extract"), rom(QStringLiteral("ota.zip"), recoveryRom("pre-device=whyred\n", 64))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Recovery ROM"), run.err.constData());
    }

    // download finds the ROM already in one of the user's ROM folders (Preferences) and verifies it
    // instead of downloading it; a different file under that name is named and not taken.
    // Bad input (wrong ROM): `download` with another file under the ROM's name in the download folder: named on stderr, never taken for the ROM
    void downloadReusesAVerifiedCopy()
    {
        const QByteArray bytes = imageBytes(QStringLiteral("a ROM already downloaded"), 256 * 1024);
        const QString md5 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
        const QString name = QStringLiteral("miui_TESTPHONEGlobal_1.0.0_%1_7.0.zip").arg(md5.left(10));
        // Its only mirror refuses connections: any download attempt fails.
        const CatalogPtr catalog = Fixtures::singleFileCatalog(name, md5, {QStringLiteral("https://127.0.0.1:1/") + name});
        const QString catalogPath = m_dir->filePath(QStringLiteral("test.fwbcat"));
        QFile catalogFile(catalogPath);
        QVERIFY(catalogFile.open(QIODevice::WriteOnly));
        catalogFile.write(CatalogFile::write(*catalog));
        catalogFile.close();
        const QString downloads = m_dir->filePath(QStringLiteral("Downloads"));
        const QString other = m_dir->filePath(QStringLiteral("Old ROMs"));
        QVERIFY(QDir().mkpath(downloads) && QDir().mkpath(other));
        {
            QSettings settings(m_cli->homePath(QStringLiteral("config/FirmwareBrowser/FirmwareBrowser.conf")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("downloads/directory"), downloads);
            settings.setValue(QStringLiteral("downloads/romFolders"), QStringList{other});
        }
        QFile copy(other + QLatin1Char('/') + name);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(bytes);
        copy.close();
        const QStringList download{QStringLiteral("download"), QStringLiteral("testphone"), QStringLiteral("1.0.0"),
                                   QStringLiteral("--catalog"), catalogPath, QStringLiteral("-o"), m_dir->filePath(QStringLiteral("out")),
                                   QStringLiteral("--retries"), QStringLiteral("1"), QStringLiteral("--timeout"), QStringLiteral("1")};
        Run run = m_cli->run(download);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out).trimmed(),
                 QStringLiteral("already downloaded, verified (MD5 matches): ") + QDir::toNativeSeparators(copy.fileName()));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out/")) + name));
        // Its MD5 is remembered for the app and the next run.
        QFile cache(m_cli->appDataPath(QStringLiteral("localcopies.json")));
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QVERIFY(cache.readAll().contains(md5.toLatin1()));

        // A different file under the ROM's name in the download folder is named, never taken for it.
        QFile impostor(downloads + QLatin1Char('/') + name);
        QVERIFY(impostor.open(QIODevice::WriteOnly));
        impostor.write("not the ROM");
        impostor.close();
        run = m_cli->run(download);
        QVERIFY2(run.err.contains("A different file with this name is in"), run.err.constData());
        QVERIFY2(run.exitCode == 0, run.err.constData()); // the verified copy in the other folder is used
        QVERIFY(run.out.contains(QDir::toNativeSeparators(copy.fileName()).toUtf8()));
        QVERIFY(copy.remove());
        run = m_cli->run(download);
        QVERIFY2(run.err.contains("A different file with this name is in"), run.err.constData());
        QCOMPARE(run.exitCode, 2); // so it is downloaded (from a mirror that refuses)
    }

#ifdef Q_OS_UNIX
    // Bad input (Ctrl+C): `extract` interrupted midway: exit 130, neither the folder nor its unfinished copy is left
    void interruptedExtractKeepsNothing()
    {
        FastbootRomSpec big = whyredSpec();
        big.imageBytes = 12 << 20;
        const QString path = rom(QStringLiteral("big.tgz"), fastbootRom(big));
        const QString out = m_dir->filePath(QStringLiteral("out"));
        QProcess process;
        process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(FWB_CLI), {QStringLiteral("extract"), path, QStringLiteral("-o"), out});
        QVERIFY(process.waitForStarted());
        // Ctrl+C as soon as the unpacking starts (after the check of the whole archive): ~100 MB are left.
        const QString staging = out + QLatin1Char('/') + Folder + QStringLiteral(".unfinished");
        QElapsedTimer timer;
        timer.start();
        while (!QFileInfo::exists(staging) && process.state() == QProcess::Running && timer.elapsed() < 60000)
            QThread::msleep(1);
        QVERIFY2(process.state() == QProcess::Running, "the extraction ended before it could be interrupted");
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(finished.wait(60000));
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(process.readAllStandardOutput().contains("interrupted; nothing was kept"));
        QCOMPARE(tree(out), QStringList());
    }
#endif
};

QTEST_GUILESS_MAIN(TestCliFlash)
#include "tst_cli_flash.moc"
