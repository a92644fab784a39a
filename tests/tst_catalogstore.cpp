// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "catalog/catalogfile.h"
#include "catalog/catalogstore.h"

#include <QtTest>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCatalogStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultPathsAreInAppData();
    void loadWithoutImports();
    void importSeedMergesIntoCatalog();
    void reimportReplacesEarlierImport();
    void badImportChangesNothing_data();
    void badImportChangesNothing();
    void damagedBaseIsAnError();
    void damagedImportsFallBackToBase();

private:
    QString writeBase();
    QScopedPointer<QTemporaryDir> m_dir;
};

void TestCatalogStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCatalogStore::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
}

QString TestCatalogStore::writeBase()
{
    const QString path = m_dir->filePath(QStringLiteral("base.fwbcat"));
    if (!writeFile(path, CatalogFile::write(*Fixtures::pagesCatalog())))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCatalogStore::defaultPathsAreInAppData()
{
    QVERIFY(CatalogStore::defaultImportsPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(CatalogStore::embeddedCatalogPath().startsWith(QLatin1String(":/")));
}

void TestCatalogStore::loadWithoutImports()
{
    const CatalogStore store(writeBase(), m_dir->filePath(QStringLiteral("imports.fwbcat")));
    const CatalogStore::Loaded loaded = store.load();
    QVERIFY2(loaded.catalog, qPrintable(loaded.error));
    QVERIFY(loaded.warning.isEmpty());
    QCOMPARE(loaded.importedPages, 0);
    QCOMPARE(loaded.catalog->pages().size(), Fixtures::pagesCatalog()->pages().size());
}

void TestCatalogStore::importSeedMergesIntoCatalog()
{
    const QString imports = m_dir->filePath(QStringLiteral("sub/dir/imports.fwbcat"));
    const CatalogStore store(writeBase(), imports);
    const CatalogStore::ImportResult result = store.importPage(Fixtures::seedPagePath());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.page.cards.size(), 2);
    QVERIFY(QFile::exists(imports));

    const CatalogStore::Loaded loaded = store.load();
    QVERIFY(loaded.catalog);
    QCOMPARE(loaded.importedPages, 1);
    // The page already existed: same pages, same files, mirrors merged (the seed's only mirror is
    // bigota, which the current page lists already).
    QCOMPARE(loaded.catalog->pages().size(), Fixtures::pagesCatalog()->pages().size());
    const int page = loaded.catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8"));
    QCOMPARE(loaded.catalog->pages()[page].files.size(), 2);
    QCOMPARE(loaded.catalog->files()[loaded.catalog->pages()[page].files[0]].urls.size(), 5);
}

void TestCatalogStore::reimportReplacesEarlierImport()
{
    const CatalogStore store(writeBase(), m_dir->filePath(QStringLiteral("imports.fwbcat")));
    QVERIFY(store.importPage(Fixtures::seedPagePath()).ok());
    QVERIFY(store.importPage(Fixtures::seedPagePath()).ok());
    QCOMPARE(store.importedPages().size(), 1);
    QVERIFY(store.importPage(Fixtures::dataPath(QStringLiteral("pages/hyperos-houji-OS1.0.1.0.UNCIDXM.md"))).ok());
    QCOMPARE(store.importedPages().size(), 2);
}

void TestCatalogStore::badImportChangesNothing_data()
{
    const QByteArray seed = Fixtures::readData(QStringLiteral("xfu-page-gemini-7.6.8.html"));
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << seed.left(seed.size() / 2) << "card 1";
    QTest::newRow("no cards") << seed.left(seed.indexOf("<div class=\"card card-body\">")) << "no ROM cards";
    QTest::newRow("binary junk") << QByteArray(4096, '\0') << "binary";
    QByteArray traversal = seed;
    traversal.replace(">miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip<", ">../../evil.zip<");
    QTest::newRow("path in file name") << traversal << "not a plain file name";
    QByteArray missing = seed;
    missing.replace("<b>Size: </b>", "<b>Weight: </b>");
    QTest::newRow("missing field") << missing << "\"Size\" field is missing";
}

// Bad input (malformed page): importing a bad page fails with its file name; the user's catalog stays byte-identical, no temporary files
void TestCatalogStore::badImportChangesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString imports = m_dir->filePath(QStringLiteral("imports.fwbcat"));
    const CatalogStore store(writeBase(), imports);
    QVERIFY(store.importPage(Fixtures::dataPath(QStringLiteral("pages/hyperos-houji-OS1.0.1.0.UNCIDXM.md"))).ok());
    const QByteArray importsBefore = fileBytes(imports);
    const QByteArray baseBefore = fileBytes(store.basePath());

    const QString page = m_dir->filePath(QStringLiteral("bad page.html"));
    QVERIFY(writeFile(page, bytes));
    const CatalogStore::ImportResult result = store.importPage(page);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("bad page.html")), qPrintable(result.error));
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QCOMPARE(fileBytes(imports), importsBefore);
    QCOMPARE(fileBytes(store.basePath()), baseBefore);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 3); // base, imports, the bad page: no temp files
}

void TestCatalogStore::damagedBaseIsAnError()
{
    const QString base = m_dir->filePath(QStringLiteral("base.fwbcat"));
    QVERIFY(writeFile(base, "FWBCAT garbage"));
    const CatalogStore::Loaded loaded = CatalogStore(base, m_dir->filePath(QStringLiteral("imports.fwbcat"))).load();
    QVERIFY(!loaded.catalog);
    QVERIFY2(loaded.error.contains(QLatin1String("base.fwbcat")), qPrintable(loaded.error));
}

// Bad input (malformed page): a damaged imports file: the bundled catalog loads with a warning; imports are refused rather than overwrite it
void TestCatalogStore::damagedImportsFallBackToBase()
{
    const QString imports = m_dir->filePath(QStringLiteral("imports.fwbcat"));
    QVERIFY(writeFile(imports, "not a catalog"));
    const CatalogStore store(writeBase(), imports);
    const CatalogStore::Loaded loaded = store.load();
    QVERIFY(loaded.catalog);
    QVERIFY2(loaded.warning.contains(QLatin1String("imports.fwbcat")), qPrintable(loaded.warning));
    // Importing now refuses rather than overwrite the user's damaged file silently.
    const CatalogStore::ImportResult result = store.importPage(Fixtures::seedPagePath());
    QVERIFY(!result.ok());
    QCOMPARE(fileBytes(imports), QByteArray("not a catalog"));
}

QTEST_GUILESS_MAIN(TestCatalogStore)
#include "tst_catalogstore.moc"
