// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedcatalog.h"
#include "fixtures.h"
#include "catalog/catalogfile.h"
#include "catalog/catalogstore.h"
#include "catalog/xfupagereader.h"

#include <QtTest>

class TestXfuPageReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedPageEveryField();
    void currentRenderingHasAllMirrorsAndNoIncremental();
    void hyperOsPage();
    void unknownMd5();
    void branchWithSpace();
    void entitiesDecoded();
    void repeatedCardShownOnce();
    void oneFileUnderSeveralNamesKeepsEveryName();
    void literalCharactersShownAsABrowserShowsThem();
    void visibleText_data();
    void visibleText();
    void siblingFolderKeepsCardCodename();
    void androidVersionFromFileName_data();
    void androidVersionFromFileName();
    void md5PrefixFromFileName();
    void md5PrefixOnlyFromXiaomiNames_data();
    void md5PrefixOnlyFromXiaomiNames();
    void md5PrefixOfEveryCatalogFile();
    void badInput_data();
    void badInput();
    void tooLargeFileIsRefusedBeforeReading();
    void linkSchemeIsLowerCased();
};

void TestXfuPageReader::seedPageEveryField()
{
    const XfuPageReader::Result result = XfuPageReader::readFile(Fixtures::seedPagePath());
    QVERIFY2(result.ok(), qPrintable(result.error));
    const XfuPage &page = result.page;
    QCOMPARE(page.os, RomOs::Miui);
    QCOMPARE(page.folder, QStringLiteral("gemini"));
    QCOMPARE(page.branchSlug, QStringLiteral("weekly"));
    QCOMPARE(page.version, QStringLiteral("7.6.8"));
    QCOMPARE(page.name, QStringLiteral("MI 5 Global"));
    QCOMPARE(page.websiteUrl().toString(), QStringLiteral("https://xmfirmwareupdater.com/miui/gemini/weekly/7.6.8/"));
    QCOMPARE(page.cards.size(), 2);

    const RomFile &recovery = page.cards[0];
    QCOMPARE(recovery.device, QStringLiteral("MI 5 Global"));
    QCOMPARE(recovery.codename, QStringLiteral("gemini"));
    QCOMPARE(recovery.version, QStringLiteral("7.6.8"));
    QCOMPARE(recovery.branch, QStringLiteral("Weekly"));
    QCOMPARE(recovery.type, QStringLiteral("Recovery"));
    QCOMPARE(recovery.size, QStringLiteral("1.6 GB"));
    QCOMPARE(recovery.releaseDate, QStringLiteral("2017-06-08"));
    QCOMPARE(recovery.fileName, QStringLiteral("miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip"));
    QCOMPARE(recovery.md5, QStringLiteral("b3186f9d5fb716d6f2c182b3ac61ea61"));
    QCOMPARE(recovery.urls, QStringList{QStringLiteral("https://bigota.d.miui.com/7.6.8/miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip")});
    QCOMPARE(recovery.changelog,
             QStringLiteral("[Other]\nOptimized system performance\nImproved system security and stability"));
    QCOMPARE(recovery.region(), QStringLiteral("Global"));
    QCOMPARE(recovery.androidVersion, QStringLiteral("7.0"));

    const RomFile &fastboot = page.cards[1];
    QCOMPARE(fastboot.device, QStringLiteral("MI 5 Global"));
    QCOMPARE(fastboot.codename, QStringLiteral("gemini"));
    QCOMPARE(fastboot.version, QStringLiteral("7.6.8"));
    QCOMPARE(fastboot.branch, QStringLiteral("Weekly"));
    QCOMPARE(fastboot.type, QStringLiteral("Fastboot"));
    QCOMPARE(fastboot.size, QStringLiteral("1.8 GB"));
    QCOMPARE(fastboot.releaseDate, QStringLiteral("2017-06-08"));
    QCOMPARE(fastboot.fileName, QStringLiteral("gemini_global_images_7.6.8_20170608.0000.00_7.0_global_dfba39696a.tgz"));
    QVERIFY(!fastboot.hasMd5());
    QCOMPARE(fastboot.urls,
             QStringList{QStringLiteral(
                 "https://bigota.d.miui.com/7.6.8/gemini_global_images_7.6.8_20170608.0000.00_7.0_global_dfba39696a.tgz")});
    QCOMPARE(fastboot.changelog, QStringLiteral("Bug fixes and system optimizations."));
    QCOMPARE(fastboot.androidVersion, QStringLiteral("7.0"));
}

void TestXfuPageReader::currentRenderingHasAllMirrorsAndNoIncremental()
{
    const XfuPageReader::Result result = XfuPageReader::readFile(Fixtures::dataPath(QStringLiteral("pages/miui-gemini-7.6.8.md")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.page.cards.size(), 2);
    const QStringList urls = result.page.cards[0].urls;
    const QString path = QStringLiteral("/7.6.8/miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip");
    QCOMPARE(urls, (QStringList{
                       QStringLiteral("https://cdnorg.d.miui.com") + path,
                       QStringLiteral("https://bkt-sgp-miui-ota-update-alisgp.oss-ap-southeast-1.aliyuncs.com") + path,
                       QStringLiteral("https://bn.d.miui.com") + path,
                       QStringLiteral("https://bigota.d.miui.com") + path,
                       QStringLiteral("https://hugeota.d.miui.com") + path,
                   }));
    // The page's incremental button points at a santoni file: never offered for gemini.
    for (const RomFile &card : result.page.cards) {
        for (const QString &url : card.urls)
            QVERIFY2(!url.contains(QLatin1String("santoni")), qPrintable(url));
    }
    QCOMPARE(result.page.cards[1].urls.size(), 5);
}

void TestXfuPageReader::hyperOsPage()
{
    const XfuPageReader::Result result =
        XfuPageReader::readFile(Fixtures::dataPath(QStringLiteral("pages/hyperos-houji-OS1.0.1.0.UNCIDXM.md")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.page.os, RomOs::HyperOs);
    QCOMPARE(result.page.folder, QStringLiteral("houji"));
    QCOMPARE(result.page.websiteUrl().toString(),
             QStringLiteral("https://xmfirmwareupdater.com/hyperos/houji/stable/OS1.0.1.0.UNCIDXM/"));
    const RomFile &first = result.page.cards.first();
    QCOMPARE(first.device, QStringLiteral("Xiaomi 14 Indonesia"));
    QCOMPARE(first.region(), QStringLiteral("Indonesia"));
    QCOMPARE(first.size, QStringLiteral("5.8 GB"));
    QCOMPARE(first.releaseDate, QStringLiteral("2024-02-29"));
    QCOMPARE(first.fileName, QStringLiteral("miui_HOUJIIDGlobal_OS1.0.1.0.UNCIDXM_ff110adf85_14.0.zip"));
    QCOMPARE(first.md5, QStringLiteral("ff110adf85fd8a5550a49c2db9dd74e6"));
    QCOMPARE(first.androidVersion, QStringLiteral("14.0"));
    QCOMPARE(first.md5PrefixFromFileName(), first.md5.left(10));
}

void TestXfuPageReader::unknownMd5()
{
    const XfuPageReader::Result result = XfuPageReader::readFile(Fixtures::seedPagePath());
    QVERIFY(result.ok());
    QVERIFY(result.page.cards[1].md5.isEmpty());
    QCOMPARE(result.page.cards[1].md5PrefixFromFileName(), QStringLiteral("dfba39696a"));
}

void TestXfuPageReader::branchWithSpace()
{
    const XfuPageReader::Result result =
        XfuPageReader::readFile(Fixtures::dataPath(QStringLiteral("pages/miui-apollo-V13.0.5.1.28.DEV.md")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.page.branchSlug, QStringLiteral("public beta"));
    QCOMPARE(result.page.cards.first().branch, QStringLiteral("Public Beta"));
    QCOMPARE(result.page.websiteUrl().toString(QUrl::FullyEncoded),
             QStringLiteral("https://xmfirmwareupdater.com/miui/apollo/public%20beta/V13.0.5.1.28.DEV/"));
}

void TestXfuPageReader::entitiesDecoded()
{
    const XfuPageReader::Result result =
        XfuPageReader::readFile(Fixtures::dataPath(QStringLiteral("pages/miui-prada-V9.2.4.0.MCECNEK.md")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    bool sawQuote = false;
    for (const RomFile &card : result.page.cards) {
        QVERIFY(!card.changelog.contains(QLatin1String("&quot;")));
        QVERIFY(!card.changelog.contains(QLatin1String("<br>")));
        sawQuote = sawQuote || card.changelog.contains(QLatin1Char('"'));
    }
    QVERIFY(sawQuote);
    QCOMPARE(XfuPageReader::decodeEntities(u"a &amp; b &lt;c&gt; &#39;d&#x27; &times; &bogus; &"),
             QStringLiteral("a & b <c> 'd' \u00d7 &bogus; &"));
}

void TestXfuPageReader::repeatedCardShownOnce()
{
    // Upstream lists this Recovery file twice on the page; the site's reader shows it once.
    const QByteArray bytes = Fixtures::readData(QStringLiteral("pages/miui-HM2013022-7.11.16.md"));
    QCOMPARE(bytes.count("card card-body"), 2);
    const XfuPageReader::Result result = XfuPageReader::read(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.page.cards.size(), 1);
}

// HM2013023 6.6.16 lists one file for five device names: one card, every name kept.
void TestXfuPageReader::oneFileUnderSeveralNamesKeepsEveryName()
{
    const XfuPageReader::Result result =
        XfuPageReader::readFile(Fixtures::dataPath(QStringLiteral("reader-pages/miui-HM2013023-6.6.16.md")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.page.cards.size(), 1);
    const RomFile &card = result.page.cards.first();
    QCOMPARE(card.fileName, QStringLiteral("miui_HMW_6.6.16_049d3434e4_4.4.zip"));
    QCOMPARE(card.device, QStringLiteral("Redmi 1 W China"));
    QCOMPARE(card.deviceNames(), (QStringList{QStringLiteral("Redmi 1 W China"), QStringLiteral("Redmi 1 China"),
                                              QStringLiteral("Redmi 1 Global"), QStringLiteral("Redmi 1 Taiwan"),
                                              QStringLiteral("Redmi 1 W Global")}));
    QCOMPARE(card.deviceText(), QStringLiteral("Redmi 1 W China, Redmi 1 China, Redmi 1 Global, Redmi 1 Taiwan, Redmi 1 W Global"));
    QVERIFY(card.isForRegion(QStringLiteral("taiwan")));
    QVERIFY(card.isForRegion(QStringLiteral("Global")));
    QVERIFY(card.isForRegion(QStringLiteral("CHINA")));
    // A device name splits into model and region at its last space, both ways alike.
    QCOMPARE(RomFile::nameWithoutRegion(card.device), QStringLiteral("Redmi 1 W"));
    QCOMPARE(RomFile::regionOfName(card.device), QStringLiteral("China"));
    QCOMPARE(RomFile::nameWithoutRegion(QStringLiteral("gemini")), QStringLiteral("gemini"));
    QVERIFY(RomFile::regionOfName(QStringLiteral("gemini")).isEmpty());
    QVERIFY(!card.isForRegion(QStringLiteral("India")));
}

// lmi V12.2.4.0.RJKMIXM: "turn this feature off in Settings > Additional settings > Full screen
// display." A bare '>' is text to a browser.
void TestXfuPageReader::literalCharactersShownAsABrowserShowsThem()
{
    const XfuPageReader::Result result =
        XfuPageReader::readFile(Fixtures::dataPath(QStringLiteral("reader-pages/miui-lmi-V12.2.4.0.RJKMIXM.md")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    for (const RomFile &card : result.page.cards) {
        QVERIFY2(card.changelog.contains(QLatin1String(
                     "turn this feature off in Settings > Additional settings > Full screen display.\n")),
                 qPrintable(card.changelog));
    }
}

void TestXfuPageReader::visibleText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("shown");
    QTest::newRow("tags") << QStringLiteral("<b>Device: </b><a href=\"/x\">MI 5</a>") << QStringLiteral("Device: MI 5");
    QTest::newRow("bare >") << QStringLiteral("Settings > About phone") << QStringLiteral("Settings > About phone");
    QTest::newRow("bare <") << QStringLiteral("1 < 2, <3, a<-b") << QStringLiteral("1 < 2, <3, a<-b");
    QTest::newRow("bare &") << QStringLiteral("notification & status bar") << QStringLiteral("notification & status bar");
    QTest::newRow("entities") << QStringLiteral("a &lt;b&gt; &amp; c") << QStringLiteral("a <b> & c");
    QTest::newRow("comment and closing tag") << QStringLiteral("x<!-- ad -->y</span>z") << QStringLiteral("xyz");
    QTest::newRow("unclosed tag") << QStringLiteral("text <span class=") << QStringLiteral("text ");
}

void TestXfuPageReader::visibleText()
{
    QFETCH(QString, html);
    QFETCH(QString, shown);
    QCOMPARE(XfuPageReader::visibleText(html), shown);
}

void TestXfuPageReader::siblingFolderKeepsCardCodename()
{
    const XfuPageReader::Result result =
        XfuPageReader::readFile(Fixtures::dataPath(QStringLiteral("pages/miui-angelicain-V12.0.1.0.QCRIDXM.md")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.page.folder, QStringLiteral("angelicain"));
    QCOMPARE(result.page.cards.first().codename, QStringLiteral("angelica"));
}

void TestXfuPageReader::androidVersionFromFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("android");
    QTest::newRow("recovery") << "miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip" << "7.0";
    QTest::newRow("fastboot") << "gemini_global_images_7.6.8_20170608.0000.00_7.0_global_dfba39696a.tgz" << "7.0";
    QTest::newRow("hyperos") << "miui_HOUJIIDGlobal_OS1.0.1.0.UNCIDXM_ff110adf85_14.0.zip" << "14.0";
    QTest::newRow("none") << "44edb6fd8e.zip" << "";
}

void TestXfuPageReader::androidVersionFromFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, android);
    QCOMPARE(RomFile::androidVersionFromFileName(fileName), android);
}

void TestXfuPageReader::md5PrefixFromFileName()
{
    RomFile file;
    file.fileName = QStringLiteral("miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip");
    QCOMPARE(file.md5PrefixFromFileName(), QStringLiteral("b3186f9d5f"));
    file.fileName = QStringLiteral("plain.zip");
    QVERIFY(file.md5PrefixFromFileName().isEmpty());
}

// One real name per naming shape of the catalog, and XFU's firmware packages that carry their
// ROM's digits (tests/data/rom-file-names.txt), then names that only look like them.
void TestXfuPageReader::md5PrefixOnlyFromXiaomiNames_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("prefix"); // empty: none may be read from this name
    const QList<QByteArray> lines = Fixtures::readData(QStringLiteral("rom-file-names.txt")).split('\n');
    int roms = 0;
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QString name = QString::fromUtf8(line.split(' ').value(0));
        const QString what = QString::fromUtf8(line.split(' ').value(1));
        if (what == QLatin1String("firmware") || what == QLatin1String("none")) {
            QTest::newRow(qPrintable(name)) << name << QString();
        } else if (what == QLatin1String("Unknown")) {
            // Its MD5 is unknown: the name's last group of 10 hex digits is what must be read.
            const QRegularExpression digits(QStringLiteral("[_-]([0-9a-f]{10})(?=[_.-]|$)"));
            QString last;
            for (auto it = digits.globalMatch(name); it.hasNext();)
                last = it.next().captured(1);
            QVERIFY(!last.isEmpty());
            QTest::newRow(qPrintable(name)) << name << last;
            ++roms;
        } else {
            QTest::newRow(qPrintable(name)) << name << what.left(10);
            ++roms;
        }
    }
    QVERIFY(roms >= 76);
    QTest::newRow("report") << QStringLiteral("report_2024061512.pdf") << QString();
    QTest::newRow("photos") << QStringLiteral("photos_2024061512_final.zip") << QString();
    QTest::newRow("data") << QStringLiteral("data_abcdefabcd_x.bin") << QString();
    QTest::newRow("images in a name") << QStringLiteral("holiday_images_2024061512.tgz.pdf") << QString();
    QTest::newRow("miui-like but not .zip") << QStringLiteral("miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip.txt") << QString();
}

void TestXfuPageReader::md5PrefixOnlyFromXiaomiNames()
{
    QFETCH(QString, fileName);
    QFETCH(QString, prefix);
    RomFile file;
    file.fileName = fileName;
    QCOMPARE(file.md5PrefixFromFileName(), prefix);
}

// Every file of the embedded catalog (62,401 cards): the digits read from a name are its MD5's,
// and only the one package named after a SHA-1 has none.
void TestXfuPageReader::md5PrefixOfEveryCatalogFile()
{
    initEmbeddedCatalog();
    const CatalogFile::Result result = CatalogFile::readFile(CatalogStore::embeddedCatalogPath());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QStringList without;
    int withMd5 = 0;
    int checked = 0;
    QSet<int> romFiles, otherFiles;
    for (const CatalogPage &page : result.catalog->pages()) {
        for (int f : page.files)
            (isRomSection(page.os) ? romFiles : otherFiles).insert(f);
    }
    // XFU's firmware-only and vendor zips carry their ROM's digits, no evidence about their own MD5.
    for (int f : std::as_const(otherFiles))
        QVERIFY2(result.catalog->files()[f].md5PrefixFromFileName().isEmpty(), qPrintable(result.catalog->files()[f].fileName));
    QCOMPARE(otherFiles.size(), 16804 + 1231);
    for (int f : std::as_const(romFiles)) {
        const RomFile &file = result.catalog->files()[f];
        withMd5 += file.hasMd5() ? 1 : 0;
        const QString prefix = file.md5PrefixFromFileName();
        if (prefix.isEmpty()) {
            without.append(file.fileName);
            continue;
        }
        if (file.hasMd5()) {
            QVERIFY2(file.md5.startsWith(prefix), qPrintable(file.fileName));
            ++checked;
        }
    }
    QVERIFY2(checked > 50000, qPrintable(QString::number(checked)));
    QCOMPARE(without, QStringList{QStringLiteral("44edb6fd7214022224e0a6ba8eb8a067362c0fe7.zip")});
    QCOMPARE(checked, withMd5 - 1); // that one has an MD5, only not in its name
}

void TestXfuPageReader::badInput_data()
{
    const QByteArray seed = Fixtures::readData(QStringLiteral("xfu-page-gemini-7.6.8.html"));
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // part of the error message

    QTest::newRow("empty") << QByteArray() << "front matter";
    QTest::newRow("binary junk") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0garbage", 18) << "binary";
    QTest::newRow("invalid utf-8") << QByteArray("---\ntitle: \xff\xfe\n---\n") << "UTF-8";
    QTest::newRow("no front matter") << seed.mid(seed.indexOf("<nav")) << "front matter";
    QByteArray badPermalink = seed;
    badPermalink.replace("permalink: /miui/gemini/weekly/7.6.8/", "permalink: /firmware/gemini/");
    QTest::newRow("bad permalink") << badPermalink << "permalink";
    QByteArray traversal = seed;
    traversal.replace("permalink: /miui/gemini/weekly/7.6.8/", "permalink: /miui/../weekly/7.6.8/");
    QTest::newRow("permalink traversal") << traversal << "plain codename";
    QTest::newRow("truncated mid-card") << seed.left(seed.indexOf("Release Date")) << "card 1: the \"Release Date\" field is missing";
    QTest::newRow("truncated in changelog") << seed.left(seed.indexOf("Optimized system")) << "changelog";
    QByteArray noCards = seed.left(seed.indexOf("<div class=\"card card-body\">"));
    QTest::newRow("no cards") << noCards << "no ROM cards";
    QByteArray missingMd5 = seed;
    missingMd5.replace("<b>MD5: </b>", "<b>Checksum: </b>");
    QTest::newRow("missing field") << missingMd5 << "\"MD5\" field is missing";
    QByteArray slashName = seed;
    slashName.replace(">miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip<", ">../../.bashrc<");
    QTest::newRow("path in file name") << slashName << "not a plain file name";
    QByteArray backslashName = seed;
    backslashName.replace(">miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip<", ">C:\\Windows\\evil.zip<");
    QTest::newRow("windows path in file name") << backslashName << "not a plain file name";
    QByteArray dotdot = seed;
    dotdot.replace(">miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip<", ">a..zip<");
    QTest::newRow("dot-dot in file name") << dotdot << "not a plain file name";
    QByteArray badMd5 = seed;
    badMd5.replace("b3186f9d5fb716d6f2c182b3ac61ea61", "not-an-md5");
    QTest::newRow("bad md5") << badMd5 << "32 hex digits";
    QByteArray noLink = seed;
    noLink.replace("window.open('https://bigota.d.miui.com/7.6.8/miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip', '_blank');", "");
    QTest::newRow("no download link") << noLink << "no Full ROM download link";
    QByteArray jsLink = seed;
    jsLink.replace("https://bigota.d.miui.com/7.6.8/miui_MI5Global", "javascript:alert(1)//miui_MI5Global");
    QTest::newRow("non-http link") << jsLink << "not an http(s) URL";
    QByteArray ftpLink = seed;
    ftpLink.replace("https://bigota.d.miui.com/7.6.8/miui_MI5Global", "ftp://bigota.d.miui.com/7.6.8/miui_MI5Global");
    QTest::newRow("ftp link") << ftpLink << "not an http(s) URL";
    QByteArray emptyDevice = seed;
    emptyDevice.replace("<b>Device: </b>MI 5 Global<", "<b>Device: </b><");
    QTest::newRow("empty field") << emptyDevice << "\"Device\" field is empty";
}

// Bad input (malformed page): an empty, binary, non-UTF-8 or cut-short page, a bad permalink, a missing field, an unsafe file name: refused with a message naming the fault; no card kept
void TestXfuPageReader::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const XfuPageReader::Result result = XfuPageReader::read(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY(result.page.cards.isEmpty());
}

// Bad input (malformed page): a 50 MB "page" is refused before it is read
void TestXfuPageReader::tooLargeFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile big(dir.filePath(QStringLiteral("big.html")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(50 * 1024 * 1024)); // sparse: 50 MB
    big.close();
    const XfuPageReader::Result result = XfuPageReader::readFile(big.fileName());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("52428800 bytes")), qPrintable(result.error));
}

void TestXfuPageReader::linkSchemeIsLowerCased()
{
    // Found by fuzz_pagereader (tests/data/page-fuzz-crash-1.html): "httpS://" passed the scheme
    // check but was kept as written.
    const XfuPageReader::Result found = XfuPageReader::read(Fixtures::readData(QStringLiteral("page-fuzz-crash-1.html")));
    QVERIFY2(found.ok(), qPrintable(found.error));
    for (const RomFile &card : found.page.cards) {
        for (const QString &url : card.urls)
            QVERIFY2(url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://")), qPrintable(url));
    }
    QByteArray seed = Fixtures::readData(QStringLiteral("xfu-page-gemini-7.6.8.html"));
    seed.replace("https://bigota.d.miui.com/7.6.8/miui_MI5Global", "HTTPS://bigota.d.miui.com/7.6.8/miui_MI5Global");
    const XfuPageReader::Result result = XfuPageReader::read(seed);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.page.cards[0].urls.first(),
             QStringLiteral("https://bigota.d.miui.com/7.6.8/miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip"));
}

QTEST_GUILESS_MAIN(TestXfuPageReader)
#include "tst_xfupagereader.moc"
