// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the inputs that once broke fuzz_<FWB_FUZZ_TARGET> (tests/data/fuzz/<target>/) through
// that fuzz target's own checks, in every build: a broken promise aborts, and the sanitizer build
// (scripts/dev.sh test --sanitize) also catches the overflow or bad access the fuzzer found.
#include <QDir>
#include <QFile>
#include <QtTest>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findingStaysFixed_data()
    {
        QTest::addColumn<QString>("path");
        const QDir findings(QStringLiteral(FWB_TEST_DATA "/fuzz/" FWB_FUZZ_TARGET));
        const QStringList names = findings.entryList(QDir::Files, QDir::Name);
        QVERIFY2(!names.isEmpty(), qPrintable(findings.path()));
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << findings.filePath(name);
    }
    void findingStaysFixed()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size())), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "fuzzreplay.moc"
