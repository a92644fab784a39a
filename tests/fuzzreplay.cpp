// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the inputs that once broke fuzz_<FWB_FUZZ_TARGET> (tests/data/fuzz/<target>/), and its
// seeds when they live elsewhere in tests/data (FWB_FUZZ_SEEDS), through that fuzz target's own
// checks, in every build: a broken promise aborts, and the sanitizer build (scripts/dev.sh test
// --sanitize) also catches the overflow or bad access the fuzzer found.
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
        QStringList folders{QStringLiteral(FWB_TEST_DATA "/fuzz/" FWB_FUZZ_TARGET)};
#ifdef FWB_FUZZ_SEEDS
        // A target whose seeds are test data of their own (the ROM archives) replays them too.
        folders << QStringLiteral(FWB_FUZZ_SEEDS);
#endif
        int inputs = 0;
        for (const QString &folder : std::as_const(folders)) {
            const QDir dir(folder);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                if (name.endsWith(QLatin1String(".md")))
                    continue; // a folder's README
                QTest::newRow(qPrintable(name)) << dir.filePath(name);
                ++inputs;
            }
        }
        QVERIFY2(inputs > 0, qPrintable(folders.join(QLatin1String(", "))));
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
