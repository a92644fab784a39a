// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About: the dialog's facts (version, licence, data source, catalog) and the embedded app icon.
#include "aboutdialog.h"
#include "appicon.h"
#include "catalogsummary.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "download/downloadmanager.h"
#include "util/version.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Fixtures::isolateSettings(QStringLiteral("tst_aboutdialog"));
        QCoreApplication::setApplicationVersion(QStringLiteral(FWB_VERSION));
        QSettings().clear();
        m_catalog = Fixtures::pagesCatalog();
        QVERIFY(m_catalog);
    }

    void iconHasEveryPackagedSize()
    {
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString path = QStringLiteral(":/icons/hicolor/%1x%1/apps/" FWB_APP_ID ".png").arg(size);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(QImage(path).size(), QSize(size, size));
        }
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.pixmap(QSize(16, 16)).size(), QSize(16, 16));
        // Not blank: the 16 px rendering has opaque pixels in the middle (the phone's screen).
        const QImage small = icon.pixmap(QSize(16, 16)).toImage();
        QCOMPARE(qAlpha(small.pixel(8, 8)), 255);
        QCOMPARE(qAlpha(small.pixel(0, 0)), 0); // the corners stay transparent
    }

    void showsVersionLicenceAndDataSource()
    {
        AboutDialog dialog(m_catalog);
        const QString text = dialog.text();
        QVERIFY(text.contains(QStringLiteral("Firmware Browser " FWB_VERSION)));
        QVERIFY(text.contains(QLatin1String("GPL-3.0-or-later")));
        QVERIFY(text.contains(QLatin1String("href=\"https://www.gnu.org/licenses/gpl-3.0.html\"")));
        QVERIFY(text.contains(QLatin1String("Xiaomi Firmware Updater")));
        QVERIFY(text.contains(QLatin1String("href=\"https://xmfirmwareupdater.com/\"")));
        QVERIFY(text.contains(QLatin1String("href=\"" FWB_HOMEPAGE_URL "\"")));
        QVERIFY(text.contains(CatalogSummary::statusText(*m_catalog).toHtmlEscaped()));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));

        const auto labels = dialog.findChildren<QLabel *>();
        const bool linksOpen = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->openExternalLinks() && label->text().contains(QLatin1String("href="));
        });
        QVERIFY(linksOpen);
        const bool showsIcon = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return !label->pixmap().isNull();
        });
        QVERIFY(showsIcon);
    }

    void withoutCatalogSaysNothingAboutOne()
    {
        AboutDialog dialog(nullptr);
        QVERIFY(!dialog.text().contains(QLatin1String("Catalog:")));
        QVERIFY(dialog.text().contains(QLatin1String("GPL-3.0-or-later")));
    }

    void helpMenuOpensOneDialog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DownloadManager downloads(dir.filePath(QStringLiteral("queue.json")));
        MainWindow window(&downloads);
        window.setCatalog(m_catalog);
        window.show();
        auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
        QVERIFY(about);
        about->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QVERIFY(dialog->text().contains(CatalogSummary::statusText(*m_catalog).toHtmlEscaped()));
        about->trigger();
        QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);

        QPointer<AboutDialog> closed(dialog);
        dialog->close();
        QTRY_VERIFY(closed.isNull()); // deleted on close, so the next one shows the catalog of then
        QCOMPARE(window.showAbout()->parent(), &window);
    }

private:
    CatalogPtr m_catalog;
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
