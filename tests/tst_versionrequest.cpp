// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionrequest.h"

#include <QtTest>

class TestVersionRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void noArgumentsIsEmpty();
};

void TestVersionRequest::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("version");

    QTest::newRow("codename version") << QStringList{"gemini", "7.6.8"} << "" << "gemini" << "7.6.8";
    QTest::newRow("codename only") << QStringList{"gemini"} << "" << "gemini" << "";
    QTest::newRow("new domain") << QStringList{"https://xmfirmwareupdater.com/miui/gemini/weekly/7.6.8/"} << "miui"
                                << "gemini" << "7.6.8";
    QTest::newRow("old domain") << QStringList{"https://xiaomifirmwareupdater.com/miui/gemini/weekly/7.6.8/"}
                                << "miui" << "gemini" << "7.6.8";
    QTest::newRow("www, http, no slash") << QStringList{"http://www.xiaomifirmwareupdater.com/miui/gemini/weekly/7.6.8"}
                                         << "miui" << "gemini" << "7.6.8";
    QTest::newRow("no scheme") << QStringList{"xmfirmwareupdater.com/miui/gemini/stable/V10.2.2.0.OAAMIXM/"} << "miui"
                               << "gemini" << "V10.2.2.0.OAAMIXM";
    QTest::newRow("hyperos") << QStringList{"https://xmfirmwareupdater.com/hyperos/houji/stable/OS1.0.1.0.UNCIDXM/"}
                             << "hyperos" << "houji" << "OS1.0.1.0.UNCIDXM";
    QTest::newRow("branch with space") << QStringList{"https://xmfirmwareupdater.com/miui/gemini/public%20beta/7.6.8/"}
                                       << "miui" << "gemini" << "7.6.8";
    QTest::newRow("device page") << QStringList{"https://xmfirmwareupdater.com/miui/gemini/"} << "miui" << "gemini" << "";
    // Issue 18: the firmware and vendor sections, and a device's archive page.
    QTest::newRow("firmware page") << QStringList{"https://xmfirmwareupdater.com/firmware/gemini/weekly/8.1.11/"}
                                   << "firmware" << "gemini" << "8.1.11";
    QTest::newRow("firmware device") << QStringList{"https://xmfirmwareupdater.com/firmware/gemini/"} << "firmware"
                                     << "gemini" << "";
    QTest::newRow("vendor archive") << QStringList{"https://xmfirmwareupdater.com/archive/vendor/cmi/"} << "vendor"
                                    << "cmi" << "";
    QTest::newRow("miui archive") << QStringList{"https://xmfirmwareupdater.com/archive/miui/gemini/"} << "miui"
                                  << "gemini" << "";
}

void TestVersionRequest::parses()
{
    QFETCH(QStringList, arguments);
    const VersionRequest request = VersionRequest::fromArguments(arguments);
    QVERIFY2(request.isValid(), qPrintable(request.error));
    QTEST(request.os, "os");
    QTEST(request.folder, "folder");
    QTEST(request.version, "version");
}

void TestVersionRequest::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("other host") << QStringList{"https://example.com/miui/gemini/weekly/7.6.8/"};
    QTest::newRow("section list") << QStringList{"https://xmfirmwareupdater.com/firmware/"};
    QTest::newRow("unknown section") << QStringList{"https://xmfirmwareupdater.com/archive/gemini/"};
    QTest::newRow("vendor version") << QStringList{"https://xmfirmwareupdater.com/vendor/cmi/stable/V12.0.1.0.QJAEUXM/"};
    QTest::newRow("site root") << QStringList{"https://xmfirmwareupdater.com/"};
    QTest::newRow("ftp") << QStringList{"ftp://xmfirmwareupdater.com/miui/gemini/weekly/7.6.8/"};
    QTest::newRow("three words") << QStringList{"gemini", "7.6.8", "extra"};
    QTest::newRow("path as codename") << QStringList{"miui/gemini", "7.6.8"};
}

void TestVersionRequest::refuses()
{
    QFETCH(QStringList, arguments);
    const VersionRequest request = VersionRequest::fromArguments(arguments);
    QVERIFY(!request.isValid());
    QVERIFY(!request.isEmpty());
    QVERIFY(!request.error.isEmpty());
}

void TestVersionRequest::noArgumentsIsEmpty()
{
    const VersionRequest request = VersionRequest::fromArguments({});
    QVERIFY(request.isEmpty());
    QVERIFY(!request.isValid());
}

QTEST_GUILESS_MAIN(TestVersionRequest)
#include "tst_versionrequest.moc"
