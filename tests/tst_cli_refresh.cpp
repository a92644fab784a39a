// SPDX-License-Identifier: GPL-3.0-or-later
// firmware-cli refresh / latest, run as a user would, against a loopback feed server.
#include "cliprocess.h"
#include "fixtures.h"
#include "testhttpserver.h"
#include "catalog/catalogfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

class TestCliRefresh : public QObject
{
    Q_OBJECT

private:
    using Run = CliProcess::Run;
    std::unique_ptr<CliProcess> m_cli;
    QString m_catalog;

    Run cli(QStringList arguments) { return m_cli->run(arguments << QStringLiteral("--catalog") << m_catalog); }

    QByteArray savedFeed() const
    {
        QFile file(m_cli->appDataPath(QStringLiteral("feed.fwbcat")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A first good refresh, so that a failing one has a feed to leave alone.
    void refreshOnce()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", Fixtures::readData(QStringLiteral("latest-excerpt.yml")));
        const Run run = cli({QStringLiteral("refresh"), QStringLiteral("--source"), server.url("/latest.yml").toString()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!savedFeed().isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliProcess>(QStringLiteral(FWB_CLI));
        m_catalog = m_cli->homePath(QStringLiteral("base.fwbcat"));
        QFile file(m_catalog);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(CatalogFile::write(*Fixtures::pagesCatalog()));
    }

    void refreshAddsThenIsNotModified()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", Fixtures::readData(QStringLiteral("latest-excerpt.yml")));
        const QString source = server.url("/latest.yml").toString();
        Run run = cli({QStringLiteral("refresh"), QStringLiteral("--source"), source, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("updated"));
        QCOMPARE(json.value(QLatin1String("added")).toInt(), 7);
        QCOMPARE(json.value(QLatin1String("updated")).toInt(), 0);
        QCOMPARE(json.value(QLatin1String("addedFiles")).toArray().size(), 7);

        // The new files are in the catalog every command sees.
        run = cli({QStringLiteral("show"), QStringLiteral("HM2013022"), QStringLiteral("JHACNBH22.0")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("miui_HM2_JHACNBH22.0_a4bd134f02_4.2.zip"));

        run = cli({QStringLiteral("refresh"), QStringLiteral("--source"), source});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("not modified"));
    }

    void refreshOfflineExitsTwoAndKeepsTheCatalog()
    {
        refreshOnce();
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = savedFeed();
        const Run run = cli({QStringLiteral("refresh"), QStringLiteral("--source"), QStringLiteral("http://127.0.0.1:1/latest.yml")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("offline"), run.err.constData());
        QVERIFY2(run.err.contains("catalog unchanged"), run.err.constData());
        QCOMPARE(savedFeed(), before);
    }

    void refreshOfBadDataExitsOne()
    {
        refreshOnce();
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = savedFeed();
        TestHttpServer server;
        server.addDocument("/latest.yml", "<html><body>Rate limited</body></html>", "text/html");
        const Run run = cli({QStringLiteral("refresh"), QStringLiteral("--source"), server.url("/latest.yml").toString()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("refused"), run.err.constData());
        QCOMPARE(savedFeed(), before);
    }

    // A ROM learned from one refresh stays when the next feed no longer lists it (its successor
    // replaced it upstream); a feed cut short to under half is refused and said so.
    void aRomOnceKnownStaysAndACutFeedIsSuspect()
    {
        const QByteArray plain = Fixtures::readGzipData(QStringLiteral("latest.yml.gz"));
        TestHttpServer server;
        const QString source = server.url("/latest.yml").toString();
        const QStringList show{QStringLiteral("show"), QStringLiteral("gemini"), QStringLiteral("8.11.15")};
        server.addDocument("/latest.yml", plain + Fixtures::readData(QStringLiteral("feed-record-gemini-8.11.15.yml")));
        Run run = cli({QStringLiteral("refresh"), QStringLiteral("--source"), source});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(cli(show).exitCode, 0);

        server.addDocument("/latest.yml", plain);
        run = cli({QStringLiteral("refresh"), QStringLiteral("--source"), source, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("added")).toInt(), 0);
        run = cli(show);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("miui_MI5Global_8.11.15_230fc57f0d_8.0.zip"));

        const QByteArray before = savedFeed();
        server.addDocument("/latest.yml", plain.left(plain.size() / 3));
        run = cli({QStringLiteral("refresh"), QStringLiteral("--source"), source, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("suspect"));
        QVERIFY2(json.value(QLatin1String("error")).toString().contains(QLatin1String("cut short")), run.out.constData());
        QVERIFY2(run.err.contains("catalog unchanged"), run.err.constData());
        QCOMPARE(savedFeed(), before);
        QCOMPARE(cli(show).exitCode, 0);
    }

    // Bad input (hostile HTTP answer): `refresh --json` from a source that does not answer or answers with no feed: exit 2 / 1 and, on stdout, the outcome `failed` with its `error` (it printed nothing)
    void failedRefreshPrintsItsOutcomeAsJson()
    {
        Run run = cli({QStringLiteral("refresh"), QStringLiteral("--source"), QStringLiteral("http://127.0.0.1:1/latest.yml"),
                       QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY2(!json.value(QLatin1String("error")).toString().isEmpty(), run.out.constData());

        TestHttpServer server;
        server.addDocument("/latest.yml", "<html><body>Rate limited</body></html>", "text/html");
        run = cli({QStringLiteral("refresh"), QStringLiteral("--source"), server.url("/latest.yml").toString(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY2(!json.value(QLatin1String("error")).toString().isEmpty(), run.out.constData());
    }

    // Both feeds (issue 18.4): --json counts per section and says each feed's outcome; the firmware
    // files are in the catalog every command sees.
    void refreshesTheFirmwareFeedToo()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", Fixtures::readData(QStringLiteral("latest-excerpt.yml")));
        server.addDocument("/data/devices/latest.yml", Fixtures::readData(QStringLiteral("firmware-feed/latest-excerpt.yml")));
        const QString firmwareSource = server.url("/data/devices/latest.yml").toString();
        Run run = cli({QStringLiteral("refresh"), QStringLiteral("--source"), server.url("/latest.yml").toString(),
                       QStringLiteral("--firmware-source"), firmwareSource, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("updated"));
        QCOMPARE(json.value(QLatin1String("added")).toInt(), 7 + 8);
        const QJsonObject sections = json.value(QLatin1String("sections")).toObject();
        QCOMPARE(sections.value(QLatin1String("firmware")).toObject().value(QLatin1String("added")).toInt(), 8);
        QCOMPARE(sections.value(QLatin1String("miui")).toObject().value(QLatin1String("added")).toInt()
                     + sections.value(QLatin1String("hyperos")).toObject().value(QLatin1String("added")).toInt(),
                 7);
        const QJsonObject feeds = json.value(QLatin1String("feeds")).toObject();
        QCOMPARE(feeds.value(QLatin1String("roms")).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("updated"));
        const QJsonObject firmware = feeds.value(QLatin1String("firmware")).toObject();
        QCOMPARE(firmware.value(QLatin1String("outcome")).toString(), QStringLiteral("updated"));
        QCOMPARE(firmware.value(QLatin1String("source")).toString(), firmwareSource);
        QCOMPARE(firmware.value(QLatin1String("added")).toInt(), 8);

        run = cli({QStringLiteral("show"), QStringLiteral("air"), QStringLiteral("OS2.0.209.0.VGQCNXM"), QStringLiteral("--section"),
                   QStringLiteral("firmware")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("fw_air_air-ota_full-OS2.0.209.0.VGQCNXM-user-15.0-fc3ec2da64.zip"));

        // --firmware-source alone refreshes only the firmware feed: not modified.
        run = cli({QStringLiteral("refresh"), QStringLiteral("--firmware-source"), firmwareSource, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject again = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(again.value(QLatin1String("outcome")).toString(), QStringLiteral("not-modified"));
        QVERIFY(again.value(QLatin1String("feeds")).toObject().value(QLatin1String("roms")).isNull());
        QCOMPARE(server.requestCount("/latest.yml"), 1);
    }

    // Bad input (malformed page): `firmware-cli refresh` with a malformed firmware latest.yml: exit 1, "the firmware feed was refused: …"; the saved firmware feed is unchanged, the ROM feed's news are kept
    void malformedFirmwareFeedExitsOne()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", Fixtures::readData(QStringLiteral("latest-excerpt.yml")));
        server.addDocument("/data/devices/latest.yml", "- branch: [stable\n");
        const Run run = cli({QStringLiteral("refresh"), QStringLiteral("--source"), server.url("/latest.yml").toString(),
                             QStringLiteral("--firmware-source"), server.url("/data/devices/latest.yml").toString(),
                             QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("the firmware feed was refused: 127.0.0.1: not valid YAML (line"), run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("updated"));
        QCOMPARE(json.value(QLatin1String("added")).toInt(), 7);
        const QJsonObject firmware = json.value(QLatin1String("feeds")).toObject().value(QLatin1String("firmware")).toObject();
        QCOMPARE(firmware.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY2(firmware.value(QLatin1String("error")).toString().contains(QLatin1String("not valid YAML")), run.out.constData());
        QVERIFY(!QFile::exists(m_cli->appDataPath(QStringLiteral("feed-firmware.fwbcat"))));
    }

    void latestPrintsTheNewestPerBranchTypeAndRegion()
    {
        const Run run = cli({QStringLiteral("latest"), QStringLiteral("gemini"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray cards = QJsonDocument::fromJson(run.out).array();
        // The test pages hold gemini 7.6.8 (Weekly), V9.6.2.0.OAAMIFD and V10.2.2.0.OAAMIXM (Stable, Global).
        QSet<QString> seen;
        for (const QJsonValue &value : cards) {
            const QJsonObject card = value.toObject();
            const QString key = card.value(QLatin1String("branch")).toString() + QLatin1Char('/')
                + card.value(QLatin1String("type")).toString() + QLatin1Char('/') + card.value(QLatin1String("region")).toString();
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            if (key == QLatin1String("Stable/Recovery/Global"))
                QCOMPARE(card.value(QLatin1String("version")).toString(), QStringLiteral("V10.2.2.0.OAAMIXM"));
        }
        QVERIFY(seen.contains(QStringLiteral("Stable/Recovery/Global")));
        QVERIFY(seen.contains(QStringLiteral("Weekly/Recovery/Global")));

        // The codename a phone reports (a variant) finds its device folder.
        const Run variant = cli({QStringLiteral("latest"), QStringLiteral("Gemini_Global"), QStringLiteral("--json")});
        QVERIFY2(variant.exitCode == 0, variant.err.constData());
        QCOMPARE(QJsonDocument::fromJson(variant.out).array().size(), cards.size());

        QCOMPARE(cli({QStringLiteral("latest"), QStringLiteral("nosuchphone")}).exitCode, 4);
        QCOMPARE(cli({QStringLiteral("latest")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRefresh)
#include "tst_cli_refresh.moc"
