// SPDX-License-Identifier: GPL-3.0-or-later
// File > Verify File…: the outcome logic and the dialog on a temporary file.
#include "fixtures.h"
#include "verifyfiledialog.h"
#include "verifyoutcome.h"

#include <QCryptographicHash>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString SeedRecovery = QStringLiteral("miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip");
const QString SeedRecoveryMd5 = QStringLiteral("b3186f9d5fb716d6f2c182b3ac61ea61");
const QString OtherMd5 = QStringLiteral("0123456789abcdef0123456789abcdef");

QString fastbootName(const Catalog &catalog)
{
    for (int f : catalog.pages().at(catalog.findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8"))).files) {
        if (!catalog.files().at(f).hasMd5())
            return catalog.files().at(f).fileName;
    }
    return {};
}

// A catalog made in the test: one file whose MD5 is that of bytes the test wrote.
CatalogPtr catalogWithFile(const QString &fileName, const QString &md5)
{
    return Fixtures::singleFileCatalog(fileName, md5);
}

} // namespace

class TestVerifyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = Fixtures::pagesCatalog();
        QVERIFY(m_catalog);
    }

    void outcome_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("md5");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("headlineStart");

        const QString fastboot = fastbootName(*m_catalog);
        QVERIFY(fastboot.endsWith(QLatin1String("_dfba39696a.tgz")));
        QTest::newRow("match by name") << SeedRecovery << SeedRecoveryMd5 << int(VerifyOutcome::Match)
                                       << QStringLiteral("Match — this is %1 of MI 5 Global 7.6.8 Weekly (Recovery) (MD5 %2)")
                                              .arg(SeedRecovery, SeedRecoveryMd5);
        QTest::newRow("match renamed") << QStringLiteral("rom.zip") << SeedRecoveryMd5.toUpper() << int(VerifyOutcome::Match)
                                       << QStringLiteral("Match — this is %1").arg(SeedRecovery);
        QTest::newRow("mismatch") << SeedRecovery << OtherMd5 << int(VerifyOutcome::Mismatch)
                                  << QStringLiteral("Mismatch — expected %1, got %2: do not flash this file")
                                         .arg(SeedRecoveryMd5, OtherMd5);
        QTest::newRow("prefix match") << fastboot << QStringLiteral("dfba39696a0000000000000000000000")
                                      << int(VerifyOutcome::PrefixMatch) << QStringLiteral("Prefix match");
        QTest::newRow("prefix mismatch") << fastboot << OtherMd5 << int(VerifyOutcome::Mismatch)
                                         << QStringLiteral("Mismatch — expected an MD5 starting with dfba39696a");
        QTest::newRow("unknown") << QStringLiteral("notes.zip") << OtherMd5 << int(VerifyOutcome::NoChecksum)
                                 << QStringLiteral("No checksum known — the MD5 of this file is %1").arg(OtherMd5);
        QTest::newRow("unknown with digits") << QStringLiteral("miui_X_1.0_0123456789_7.0.zip") << OtherMd5
                                             << int(VerifyOutcome::PrefixMatch) << QStringLiteral("Prefix match");
    }

    void outcome()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, md5);
        QFETCH(int, kind);
        QFETCH(QString, headlineStart);
        const VerifyOutcome outcome = VerifyOutcome::decide(fileName, md5, m_catalog.get());
        QCOMPARE(int(outcome.kind), kind);
        QVERIFY2(outcome.headline().startsWith(headlineStart), qPrintable(outcome.headline()));
        QVERIFY(!outcome.details().isEmpty());
        QCOMPARE(outcome.md5, md5.toLower());
    }

    // 16.8: a mismatch of a file far smaller than the ROM says it is incomplete, and by how much.
    void mismatchSaysIncomplete()
    {
        const VerifyOutcome cut = VerifyOutcome::decide(SeedRecovery, OtherMd5, m_catalog.get(), 1000000);
        QCOMPARE(cut.kind, VerifyOutcome::Mismatch);
        QVERIFY(cut.isIncomplete());
        QVERIFY2(cut.details().startsWith(QStringLiteral("Incomplete: the file is 1.0 MB, ")), qPrintable(cut.details()));
        QVERIFY2(cut.details().contains(QStringLiteral(" is 1.6 GB")), qPrintable(cut.details()));

        const VerifyOutcome whole = VerifyOutcome::decide(SeedRecovery, OtherMd5, m_catalog.get(), 1600000000);
        QVERIFY(!whole.isIncomplete());
        QVERIFY(whole.details().contains(QLatin1String("damaged, incomplete or another build")));
    }

    void outcomeWithoutCatalog()
    {
        const VerifyOutcome outcome = VerifyOutcome::decide(QStringLiteral("a.zip"), OtherMd5, nullptr);
        QCOMPARE(outcome.kind, VerifyOutcome::NoChecksum);
        QCOMPARE(outcome.file, -1);
    }

    void dialogSaysMatch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("test_rom.zip"));
        const QByteArray bytes = QByteArray(3 * 1024 * 1024 + 17, 'x') + QByteArrayLiteral("end");
        writeFile(path, bytes);
        const QString md5 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());

        VerifyFileDialog dialog(catalogWithFile(QStringLiteral("test_rom.zip"), md5));
        QSignalSpy verified(&dialog, &VerifyFileDialog::verified);
        dialog.show();
        dialog.start(path);
        QTRY_VERIFY(dialog.isDone());
        QCOMPARE(verified.count(), 1);
        QCOMPARE(dialog.outcome().kind, VerifyOutcome::Match);
        QCOMPARE(dialog.resultText(),
                 QStringLiteral("Match — this is test_rom.zip of Test Phone Global 1.0.0 Weekly (Recovery) (MD5 %1)").arg(md5));
        QVERIFY(dialog.progressBar()->isHidden());
        QVERIFY(!dialog.grab().isNull());
    }

    void dialogSaysMismatch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("test_rom.zip"));
        writeFile(path, QByteArrayLiteral("damaged"));
        VerifyFileDialog dialog(catalogWithFile(QStringLiteral("test_rom.zip"), OtherMd5));
        dialog.start(path);
        QTRY_VERIFY(dialog.isDone());
        QCOMPARE(dialog.outcome().kind, VerifyOutcome::Mismatch);
        QVERIFY(dialog.resultText().endsWith(QLatin1String("do not flash this file")));
    }

    void dialogReportsUnreadableFile()
    {
        VerifyFileDialog dialog(m_catalog);
        QSignalSpy failed(&dialog, &VerifyFileDialog::failed);
        dialog.start(QStringLiteral("/nonexistent/rom.zip"));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(dialog.resultText(), QStringLiteral("Could not read the file"));
    }

    void cancelStopsTheHash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.zip"));
        writeFile(path, QByteArray(64 * 1024 * 1024, 'y'));
        VerifyFileDialog dialog(m_catalog);
        QSignalSpy verified(&dialog, &VerifyFileDialog::verified);
        dialog.show();
        dialog.start(path);
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QTest::qWait(300);
        QCOMPARE(verified.count(), 0);
        QVERIFY(!dialog.isDone());
    }

private:
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    CatalogPtr m_catalog;
};

QTEST_MAIN(TestVerifyFile)
#include "tst_verifyfile.moc"
