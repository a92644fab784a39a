// SPDX-License-Identifier: GPL-3.0-or-later
// The scope guards of tests/support put back what a test changed for the whole process, also when
// the test returns early (a failed QVERIFY returns from the test function).
#include "scopedstate.h"
#include "util/translations.h"

#include <QSslCertificate>
#include <QtTest>

namespace {
const char *const Variable = "FWB_SCOPED_STATE_TEST";
} // namespace

class TestScopedState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentVariableRestored()
    {
        qputenv(Variable, "before");
        const auto changeAndReturnEarly = [] {
            ScopedEnvironmentVariable variable(Variable);
            QCOMPARE(variable.original(), QByteArray("before"));
            variable.set("during");
            QCOMPARE(qgetenv(Variable), QByteArray("during"));
            return; // as a failed check would
        };
        changeAndReturnEarly();
        QCOMPARE(qgetenv(Variable), QByteArray("before"));

        qunsetenv(Variable);
        {
            ScopedEnvironmentVariable variable(Variable);
            variable.set("during");
        }
        QVERIFY(!qEnvironmentVariableIsSet(Variable)); // unset again, not set to ""
        qputenv(Variable, "before");
        {
            ScopedEnvironmentVariable variable(Variable);
            variable.unset();
            QVERIFY(!qEnvironmentVariableIsSet(Variable));
        }
        QCOMPARE(qgetenv(Variable), QByteArray("before"));
        qunsetenv(Variable);
    }

    void defaultSslConfigurationRestored()
    {
        const QList<QSslCertificate> before = QSslConfiguration::defaultConfiguration().caCertificates();
        {
            const ScopedDefaultSslConfiguration guard;
            QSslConfiguration changed = QSslConfiguration::defaultConfiguration();
            changed.setCaCertificates({});
            QSslConfiguration::setDefaultConfiguration(changed);
            QVERIFY(QSslConfiguration::defaultConfiguration().caCertificates().isEmpty());
        }
        QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates(), before);
    }

    void languageRestored()
    {
        const ScopedLanguage outer; // this test's own changes go too
        installTranslators(QLocale(QStringLiteral("ru")));
        QLocale::setDefault(QLocale(QStringLiteral("ru")));
        {
            const ScopedLanguage guard;
            installTranslators(QLocale(QStringLiteral("zh_CN")));
            QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
            QCOMPARE(QCoreApplication::translate("CatalogTreeModel", "Branch"), QStringLiteral("分支"));
        }
        QCOMPARE(QLocale().name(), QStringLiteral("ru_RU"));
        QVERIFY(translatorsLocale());
        QCOMPARE(translatorsLocale()->name(), QStringLiteral("ru_RU"));
        QCOMPARE(QCoreApplication::translate("CatalogTreeModel", "Branch"), QStringLiteral("Ветка"));

        removeTranslators();
        {
            const ScopedLanguage guard;
            installTranslators(QLocale(QStringLiteral("ru")));
        }
        QVERIFY(!translatorsLocale());
        QCOMPARE(QCoreApplication::translate("CatalogTreeModel", "Branch"), QStringLiteral("Branch"));
    }
};

QTEST_GUILESS_MAIN(TestScopedState)
#include "tst_scopedstate.moc"
