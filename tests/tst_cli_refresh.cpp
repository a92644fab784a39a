// SPDX-License-Identifier: GPL-3.0-or-later
// firmware-cli refresh / latest, run as a user would, against a loopback feed server.
#include "catalogfile.h"
#include "fixtures.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

class TestCliRefresh : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_catalog;

    // The server lives in this process: wait for the CLI with the event loop running.
    Run cli(QStringList arguments)
    {
        arguments << QStringLiteral("--catalog") << m_catalog;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("HOME"), m_home->path());
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(FWB_CLI), arguments);
        if (!finished.wait(120'000))
            qFatal("firmware-cli did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_catalog = m_home->filePath(QStringLiteral("base.fwbcat"));
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
        const Run run = cli({QStringLiteral("refresh"), QStringLiteral("--source"), QStringLiteral("http://127.0.0.1:1/latest.yml")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("offline"), run.err.constData());
        QVERIFY2(run.err.contains("catalog unchanged"), run.err.constData());
        QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("data/FirmwareBrowser/feed.fwbcat"))));
    }

    void refreshOfBadDataExitsOne()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", "<html><body>Rate limited</body></html>", "text/html");
        const Run run = cli({QStringLiteral("refresh"), QStringLiteral("--source"), server.url("/latest.yml").toString()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("refused"), run.err.constData());
        QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("data/FirmwareBrowser/feed.fwbcat"))));
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
