// SPDX-License-Identifier: GPL-3.0-or-later
// The last step before flashing in the window: File > Inspect ROM… and its Extract, a card whose
// file is already on disk ("Downloaded (verified)", Open Folder instead of Download), the check
// after a verified download against the fake fastboot's phone (whyred, anti = 4), and the ROM
// folders of Preferences. ROM archives are written by the test (tests/support/testarchives).
#include "detailspane.h"
#include "downloadspanel.h"
#include "flashcontroller.h"
#include "folderlistedit.h"
#include "inspectromdialog.h"
#include "mainwindow.h"
#include "phonecheckview.h"
#include "phonecontroller.h"
#include "phonetesthelpers.h"
#include "preferencesdialog.h"
#include "romcardwidget.h"
#include "rominspectionview.h"
#include "testarchives.h"
#include "windowparts.h"
#include "download/downloadmanager.h"
#include "flash/localcopies.h"
#include "fixtures.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace TestArchives;

namespace {

const QString Folder = QStringLiteral("whyred_global_images_V11.0.3.0.PEIMIXM_20191108.0000.00_9.0_global");

QString md5Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Md5);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

class TestFlashWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DownloadManager> m_manager;
    std::unique_ptr<MainWindow> m_window;

    QString downloads() const { return m_dir->filePath(QStringLiteral("Downloads")); }

    // A whyred Fastboot ROM with this anti-rollback index, written into the download folder.
    QString writeRom(const QString &name, int anti)
    {
        FastbootRomSpec spec;
        spec.folder = Folder;
        spec.product = QStringLiteral("whyred");
        spec.antiIndex = anti;
        const QString path = downloads() + QLatin1Char('/') + name;
        if (!writeTgz(path, fastbootRom(spec)))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void openWindow(CatalogPtr catalog)
    {
        m_window = std::make_unique<MainWindow>(m_manager.get());
        m_window->resize(1200, 800);
        DownloadPreferences preferences;
        preferences.directory = downloads();
        m_window->setDownloadPreferences(preferences);
        m_window->setCatalog(std::move(catalog));
    }

    RomCardWidget *showCard()
    {
        if (!m_window->selectVersion(QStringLiteral("testphone"), QStringLiteral("1.0.0")))
            return nullptr;
        const QList<RomCardWidget *> cards = WindowParts::detailsPane(*m_window)->cards();
        return cards.isEmpty() ? nullptr : cards.first();
    }

    bool detectPhone()
    {
        FakePhones::useScenario("fastboot");
        FakePhones::saveFakeToolSettings();
        PhoneController *phone = WindowParts::phoneController(*m_window);
        PhoneSettings settings;
        settings.adbPath = FakePhones::adb();
        settings.fastbootPath = FakePhones::fastboot();
        phone->setSettings(settings);
        QSignalSpy finished(phone, &PhoneController::detectionFinished);
        phone->detect();
        return finished.wait(30000) && WindowParts::phoneController(*m_window)->readyPhone().has_value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FirmwareBrowserTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_flashwindow"));
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(DigestCache::defaultPath());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(downloads()));
        m_manager = std::make_unique<DownloadManager>(m_dir->filePath(QStringLiteral("queue.json")));
    }

    void cleanup()
    {
        m_window.reset();
        m_manager.reset();
        m_dir.reset();
        QSettings().clear();
    }

    void inspectDialogWithAPhoneWarningAndExtract()
    {
        const QString rom = writeRom(QStringLiteral("whyred.tgz"), 3);
        openWindow(Fixtures::singleFileCatalog(QStringLiteral("unrelated.zip"), QString()));
        QVERIFY(detectPhone());
        QAction *inspect = WindowParts::inspectRomAction(*m_window);
        auto *file = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(file && file->actions().contains(inspect));

        InspectRomDialog *dialog = WindowParts::flashController(*m_window)->showInspection(rom);
        QStringList opened;
        dialog->setFolderOpener([&opened](const QString &folder) { opened << folder; });
        QSignalSpy inspected(dialog, &InspectRomDialog::inspected);
        QVERIFY(inspected.wait(30000));
        RomInspectionView *view = dialog->view();
        QCOMPARE(view->value(QStringLiteral("Product")), QStringLiteral("whyred"));
        QCOMPARE(view->value(QStringLiteral("Anti-rollback index")), QStringLiteral("3 (from flash_all.sh)"));
        QVERIFY(view->value(QStringLiteral("Scripts")).contains(QLatin1String("flash_all_except_storage (recommended)")));
        QCOMPARE(view->imagesView()->topLevelItemCount(), 8);
        // The red warning names both numbers.
        QLabel *errors = view->phoneCheckView()->errorsLabel();
        QVERIFY(errors->isVisibleTo(dialog));
        QCOMPARE(errors->text(), QStringLiteral("Anti-rollback: this ROM's index is 3, the phone's is 4: flashing would be "
                                                "refused or brick the phone."));
        const QColor red = errors->palette().color(errors->foregroundRole());
        QVERIFY2(red.red() > 2 * red.green(), qPrintable(red.name()));
        QVERIFY(dialog->statusText().contains(QLatin1String("not for the connected phone")));

        QVERIFY(dialog->extractButton()->isEnabled());
        QSignalSpy extracted(dialog, &InspectRomDialog::extracted);
        dialog->extractButton()->click();
        QVERIFY(extracted.wait(30000));
        const QString folder = downloads() + QLatin1Char('/') + Folder;
        QCOMPARE(dialog->extractedFolder(), folder);
        QCOMPARE(opened, QStringList{folder}); // the folder opens when done
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/flash_all.sh")));
    }

    void cardOffersTheCopyOnDisk()
    {
        const QString rom = writeRom(QStringLiteral("whyred_rom.tgz"), 4);
        openWindow(Fixtures::singleFileCatalog(QStringLiteral("whyred_rom.tgz"), md5Of(rom)));
        LocalCopies *copies = WindowParts::flashController(*m_window)->localCopies();
        QTRY_VERIFY_WITH_TIMEOUT(copies->copyOf(QStringLiteral("whyred_rom.tgz")).has_value() && !copies->isBusy(), 30000);
        RomCardWidget *card = showCard();
        QVERIFY(card);
        QTRY_VERIFY(card->localCopyLabel()->text().startsWith(QLatin1String("Downloaded (verified) in ")));
        QVERIFY(card->localCopyLabel()->isVisibleTo(card));
        QVERIFY(!card->downloadButton()->isVisibleTo(card)); // not downloaded again
        QVERIFY(card->openFolderButton()->isVisibleTo(card));
        QSignalSpy openFolder(WindowParts::detailsPane(*m_window), &DetailsPane::openFolderRequested);
        // Inspect from the card: the card then shows the index.
        QSignalSpy changed(WindowParts::flashController(*m_window), &FlashController::fileChanged);
        InspectRomDialog *dialog = WindowParts::flashController(*m_window)->showInspection(rom);
        QSignalSpy inspected(dialog, &InspectRomDialog::inspected);
        QVERIFY(inspected.wait(30000));
        QTRY_VERIFY(card->localCopyLabel()->text().contains(QLatin1String("Anti-rollback index: 4 (from flash_all.sh)")));
        QVERIFY(card->localCopyLabel()->text().contains(QLatin1String("Run flash_all_except_storage to keep your data.")));
        dialog->close();

        // A different file under the catalog's name is called so; Download stays.
        QFile impostor(rom);
        QVERIFY(impostor.open(QIODevice::WriteOnly | QIODevice::Truncate));
        impostor.write("not the ROM");
        impostor.close();
        copies->rescan();
        QTRY_VERIFY_WITH_TIMEOUT(!copies->isBusy(), 30000);
        card = showCard();
        QTRY_VERIFY(card->localCopyLabel()->text().startsWith(QLatin1String("A different file with this name is in")));
        QVERIFY(card->downloadButton()->isVisibleTo(card));
        QVERIFY(!card->openFolderButton()->isVisibleTo(card));
        Q_UNUSED(openFolder)
    }

    // The check after a verified download: the engine finds the ROM in the download folder
    // (no request: its only mirror refuses connections), verifies it, then the window reads it
    // and says at once that the phone would refuse it.
    void verifiedDownloadIsInspectedAndChecked()
    {
        const QString rom = writeRom(QStringLiteral("whyred_low.tgz"), 3);
        openWindow(Fixtures::singleFileCatalog(QStringLiteral("whyred_low.tgz"), md5Of(rom),
                                               {QStringLiteral("https://127.0.0.1:1/whyred_low.tgz")}));
        QVERIFY(detectPhone());
        QSignalSpy checked(WindowParts::flashController(*m_window), &FlashController::downloadChecked);
        QVERIFY(m_window->queueDownload(m_window->catalog()->filesNamed(QStringLiteral("whyred_low.tgz")).first(), QUrl()));
        QVERIFY(checked.wait(60000));
        QCOMPARE(checked.first().at(0).toString(), QStringLiteral("whyred_low.tgz"));
        QVERIFY(checked.first().at(2).toBool()); // refused
        QVERIFY(checked.first().at(1).toString().contains(QLatin1String("this ROM's index is 3, the phone's is 4")));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("downloadCheckBox"))) != nullptr);
        QVERIFY(box->informativeText().contains(QLatin1String("flashing would be refused or brick the phone")));
        RomCardWidget *card = showCard();
        QVERIFY(card);
        QLabel *errors = card->phoneCheckView()->errorsLabel();
        QTRY_VERIFY(errors->isVisibleTo(card));
        QVERIFY(errors->text().contains(QLatin1String("index is 3, the phone's is 4")));
        // Red in the card too, whose white (Base) background its labels would otherwise take.
        const QColor red = errors->palette().color(errors->foregroundRole());
        QVERIFY2(red.red() > 2 * red.green(), qPrintable(red.name()));
        QCOMPARE(errors->backgroundRole(), QPalette::Window);
        // The download's Extract is offered for the .tgz.
        DownloadsPanel *panel = WindowParts::downloadsPanel(*m_window);
        panel->selectRow(0);
        QVERIFY(panel->action(DownloadsPanel::Extract)->isEnabled());
        QVERIFY(panel->action(DownloadsPanel::Inspect)->isEnabled());
    }

    void preferencesKeepTheRomFolders()
    {
        openWindow(Fixtures::singleFileCatalog(QStringLiteral("a.zip"), QString()));
        PreferencesDialog *dialog = m_window->showPreferences();
        auto *folders = dialog->findChild<FolderListEdit *>(QStringLiteral("romFoldersEdit"));
        QVERIFY(folders);
        folders->addFolder(m_dir->filePath(QStringLiteral("Old ROMs")));
        dialog->accept();
        QCOMPARE(m_window->downloadPreferences().romFolders, QStringList{m_dir->filePath(QStringLiteral("Old ROMs"))});
        QCOMPARE(QSettings().value(QStringLiteral("downloads/romFolders")).toStringList(),
                 QStringList{m_dir->filePath(QStringLiteral("Old ROMs"))});
        QCOMPARE(WindowParts::flashController(*m_window)->localCopies()->folders(),
                 (QStringList{downloads(), m_dir->filePath(QStringLiteral("Old ROMs"))}));
    }
};

QTEST_MAIN(TestFlashWindow)
#include "tst_flashwindow.moc"
