// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's files already on disk (src/core/flash/localcopies): found by name in the folders,
// verified in a worker, cached, a different file under the same name called so.
#include "flash/localcopies.h"
#include "fixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString RomName = QStringLiteral("miui_TESTPHONEGlobal_1.0.0_0123456789_7.0.zip");

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString md5(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
}

bool waitIdle(LocalCopies &copies)
{
    if (!copies.isBusy())
        return true;
    QSignalSpy idle(&copies, &LocalCopies::idle);
    return idle.wait(60000);
}

} // namespace

class TestLocalCopies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifiesAMatchOnce()
    {
        QTemporaryDir dir;
        const QByteArray rom(3 << 20, 'r');
        const QString downloads = dir.filePath(QStringLiteral("Downloads"));
        QVERIFY(QDir().mkpath(downloads));
        const QString path = writeFile(downloads + QLatin1Char('/') + RomName, rom);
        writeFile(downloads + QStringLiteral("/unrelated.zip"), "x");
        const QString cache = dir.filePath(QStringLiteral("localcopies.json"));

        LocalCopies copies(cache);
        QSignalSpy changed(&copies, &LocalCopies::changed);
        QSignalSpy checking(&copies, &LocalCopies::checking);
        copies.setFolders({downloads});
        copies.setCatalog(Fixtures::singleFileCatalog(RomName, md5(rom)));
        QVERIFY(waitIdle(copies));
        std::optional<LocalCopy> copy = copies.copyOf(RomName);
        QVERIFY(copy);
        QCOMPARE(copy->state, LocalCopy::State::Verified);
        QCOMPARE(copy->path, QFileInfo(path).absoluteFilePath());
        QVERIFY2(copy->describe().startsWith(QLatin1String("Downloaded (verified)")), qPrintable(copy->describe()));
        QVERIFY(changed.contains(QVariantList{RomName}));
        QVERIFY(!checking.isEmpty()); // hashed in a worker, with progress
        QVERIFY(!copies.copyOf(QStringLiteral("unrelated.zip")));

        // A second run (the next start) takes the MD5 from the cache: nothing hashed.
        LocalCopies again(cache);
        QSignalSpy checkingAgain(&again, &LocalCopies::checking);
        again.setFolders({downloads});
        again.setCatalog(Fixtures::singleFileCatalog(RomName, md5(rom)));
        QVERIFY(waitIdle(again));
        QCOMPARE(again.copyOf(RomName)->state, LocalCopy::State::Verified);
        QVERIFY(checkingAgain.isEmpty());

        // The file changes: no longer the verified copy.
        writeFile(path, QByteArray(3 << 20, 'x'));
        QFile touched(path);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        touched.close();
        QVERIFY(!again.copyOf(RomName)); // noticed at once, checked again
        QVERIFY(waitIdle(again));
        QCOMPARE(again.copyOf(RomName)->state, LocalCopy::State::Mismatch);
    }

    // Bad input (wrong ROM): a different file under the catalog's name on disk: called so with both MD5s, never taken for the ROM
    void mismatchSaysSo()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(RomName), "not the rom");
        LocalCopies copies(dir.filePath(QStringLiteral("cache.json")));
        copies.setFolders({dir.path()});
        copies.setCatalog(Fixtures::singleFileCatalog(RomName, md5("the rom")));
        QVERIFY(waitIdle(copies));
        const std::optional<LocalCopy> copy = copies.copyOf(RomName);
        QVERIFY(copy);
        QCOMPARE(copy->state, LocalCopy::State::Mismatch);
        QVERIFY(!copy->isUsable());
        QVERIFY2(copy->describe().contains(md5("not the rom")), qPrintable(copy->describe()));
        QVERIFY(copy->describe().contains(md5("the rom")));
    }

    void nameCarriesThePrefixWhenTheCardHasNoMd5()
    {
        QTemporaryDir dir;
        const QByteArray rom = "a rom whose card says Unknown";
        const QString name = QStringLiteral("miui_TESTPHONEGlobal_1.0.0_%1_7.0.zip").arg(md5(rom).left(10));
        writeFile(dir.filePath(name), rom);
        LocalCopies copies(dir.filePath(QStringLiteral("cache.json")));
        copies.setFolders({dir.path()});
        copies.setCatalog(Fixtures::singleFileCatalog(name, QString()));
        QVERIFY(waitIdle(copies));
        QCOMPARE(copies.copyOf(name)->state, LocalCopy::State::PrefixVerified);
    }

    void aVerifiedCopyInAnyFolderWins()
    {
        QTemporaryDir first, second;
        writeFile(first.filePath(RomName), "one");
        writeFile(second.filePath(RomName), "two");
        LocalCopies copies(first.filePath(QStringLiteral("cache.json")));
        copies.setCatalog(Fixtures::singleFileCatalog(RomName, md5("two")));
        copies.setFolders({first.path(), second.path()});
        QVERIFY(waitIdle(copies));
        std::optional<LocalCopy> copy = copies.copyOf(RomName);
        QVERIFY(copy);
        QCOMPARE(copy->state, LocalCopy::State::Verified);
        QCOMPARE(copy->path, QFileInfo(second.filePath(RomName)).absoluteFilePath());
        // Only the other file left: a mismatch.
        copies.setFolders({first.path()});
        QVERIFY(waitIdle(copies));
        copy = copies.copyOf(RomName);
        QVERIFY(copy);
        QCOMPARE(copy->state, LocalCopy::State::Mismatch);
        // Gone from disk: nothing.
        QVERIFY(QFile::remove(first.filePath(RomName)));
        QVERIFY(!copies.copyOf(RomName));
    }

    void aDownloadJustVerifiedIsKnown()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir.filePath(RomName), "fresh");
        LocalCopies copies(dir.filePath(QStringLiteral("cache.json")));
        QSignalSpy checking(&copies, &LocalCopies::checking);
        const CatalogPtr catalog = Fixtures::singleFileCatalog(RomName, md5("fresh"));
        copies.addVerified(path, catalog->files().first(), md5("fresh"));
        QCOMPARE(copies.copyOf(RomName)->state, LocalCopy::State::Verified);
        QVERIFY(checking.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocalCopies)
#include "tst_localcopies.moc"
