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
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
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

    // A Fastboot ROM with this anti-rollback index (for whyred unless said), written into the
    // download folder unless another is named.
    QString writeRom(const QString &name, int anti, const QString &product = QStringLiteral("whyred"),
                     int imageBytes = 4096, const QString &folder = QString())
    {
        FastbootRomSpec spec;
        spec.folder = Folder;
        spec.product = product;
        spec.antiIndex = anti;
        spec.imageBytes = imageBytes;
        const QString path = (folder.isEmpty() ? downloads() : folder) + QLatin1Char('/') + name;
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
        Fixtures::isolateSettings(QStringLiteral("tst_flashwindow"));
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
        FWB_SKIP_WHERE_FAKE_PHONES_CANNOT_RUN();
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
        // The product is right: the headline names the index, not another product.
        QCOMPARE(dialog->statusText(), QStringLiteral("Do not flash whyred.tgz on %1: anti-rollback index 3, lower than "
                                                      "the phone's 4.")
                                           .arg(WindowParts::phoneController(*m_window)->readyPhone()->displayName()));

        QVERIFY(dialog->extractButton()->isEnabled());
        QSignalSpy extracted(dialog, &InspectRomDialog::extracted);
        dialog->extractButton()->click();
        QVERIFY(extracted.wait(30000));
        const QString folder = downloads() + QLatin1Char('/') + Folder;
        QCOMPARE(dialog->extractedFolder(), folder);
        QCOMPARE(opened, QStringList{folder}); // the folder opens when done
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/flash_all.sh")));

        // Extract again (the Downloads panel's Extract on the same file): the folder is offered, not reported as
        // an error, and nothing is overwritten.
        opened.clear();
        QSignalSpy failed(dialog, &InspectRomDialog::failed);
        QCOMPARE(WindowParts::flashController(*m_window)->extract(rom), dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().startsWith(QLatin1String("Already extracted")), 30000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(extracted.count(), 1);
        QCOMPARE(dialog->statusText(), QStringLiteral("Already extracted: %1 is there. Open it with Open Folder, or remove "
                                                      "it to extract again.")
                                           .arg(QDir::toNativeSeparators(folder)));
        QVERIFY(!dialog->statusIsError());
        QVERIFY(opened.isEmpty()); // nothing opens by itself
        dialog->openFolderButton()->click();
        QCOMPARE(opened, QStringList{folder});
    }

    // Bad input (wrong ROM): Inspect ROM… on a ROM for another product, or one whose anti-rollback index is below the phone's: the dialog's headline says which ("for another product (gemini)" / "anti-rollback index 3, lower than the phone's 4")
    void inspectDialogNamesAnotherProduct()
    {
        const QString rom = writeRom(QStringLiteral("gemini.tgz"), 4, QStringLiteral("gemini"));
        openWindow(Fixtures::singleFileCatalog(QStringLiteral("unrelated.zip"), QString()));
        FWB_SKIP_WHERE_FAKE_PHONES_CANNOT_RUN();
        QVERIFY(detectPhone());
        InspectRomDialog *dialog = WindowParts::flashController(*m_window)->showInspection(rom);
        QSignalSpy inspected(dialog, &InspectRomDialog::inspected);
        QVERIFY(inspected.wait(30000));
        QCOMPARE(dialog->statusText(), QStringLiteral("Do not flash gemini.tgz on %1: for another product (gemini), not for "
                                                      "the phone's whyred.")
                                           .arg(WindowParts::phoneController(*m_window)->readyPhone()->displayName()));
        QVERIFY(dialog->view()->phoneCheckView()->errorsLabel()->text().startsWith(QLatin1String("This ROM is for gemini")));
        QVERIFY(!dialog->view()->phoneCheckView()->errorsLabel()->text().contains(QLatin1String("Anti-rollback")));
    }

    // Bad input (Ctrl+C): Cancel (or Esc) during the app's extraction: "Extraction cancelled; nothing was kept", neither the folder nor its unfinished copy is left
    void extractionCanBeCancelled()
    {
        const QString rom = writeRom(QStringLiteral("big.tgz"), 4, QStringLiteral("whyred"), 2 << 20);
        openWindow(Fixtures::singleFileCatalog(QStringLiteral("unrelated.zip"), QString()));
        InspectRomDialog *dialog = WindowParts::flashController(*m_window)->showInspection(rom);
        dialog->setFolderOpener([](const QString &folder) { QFAIL(qPrintable(folder + QStringLiteral(" opened"))); });
        QSignalSpy inspected(dialog, &InspectRomDialog::inspected);
        QVERIFY(inspected.wait(30000));
        QSignalSpy failed(dialog, &InspectRomDialog::failed);
        dialog->extractButton()->click();
        QVERIFY(dialog->isBusy());
        QCOMPARE(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->text(), QStringLiteral("Cancel"));
        dialog->reject(); // what the Cancel button and Esc do
        QVERIFY(dialog->isVisible()); // a running job is cancelled, the dialog stays
        QVERIFY(failed.wait(30000));
        QCOMPARE(dialog->statusText(), QStringLiteral("Extraction cancelled; nothing was kept."));
        QVERIFY(!QFileInfo::exists(downloads() + QLatin1Char('/') + Folder));
        QVERIFY(!QFileInfo::exists(downloads() + QLatin1Char('/') + Folder + QStringLiteral(".unfinished")));
        QVERIFY(dialog->extractButton()->isEnabled());
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
        FWB_SKIP_WHERE_FAKE_PHONES_CANNOT_RUN();
        QVERIFY(detectPhone());
        QSignalSpy checked(WindowParts::flashController(*m_window), &FlashController::downloadChecked);
        QVERIFY(m_window->queueDownload(m_window->catalog()->filesNamed(QStringLiteral("whyred_low.tgz")).first(), QUrl()));
        QVERIFY(checked.wait(60000));
        QCOMPARE(checked.first().at(0).toString(), QStringLiteral("whyred_low.tgz"));
        QCOMPARE(checked.first().at(2).toString(), QStringLiteral("anti-rollback index 3, lower than the phone's 4")); // refused
        QVERIFY(checked.first().at(1).toString().contains(QLatin1String("this ROM's index is 3, the phone's is 4")));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("downloadCheckBox"))) != nullptr);
        QCOMPARE(box->windowTitle(), QStringLiteral("Do Not Flash on the Connected Phone"));
        QCOMPARE(box->text(), QStringLiteral("whyred_low.tgz was downloaded and verified: anti-rollback index 3, lower than "
                                             "the phone's 4."));
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
        // It unpacks the ROM next to it (the inspection made after the download is used) and opens the folder.
        panel->action(DownloadsPanel::Extract)->trigger();
        auto *dialog = m_window->findChild<InspectRomDialog *>();
        QVERIFY(dialog);
        QStringList opened;
        dialog->setFolderOpener([&opened](const QString &folder) { opened << folder; });
        QVERIFY(dialog->isBusy()); // extracting at once
        QSignalSpy extracted(dialog, &InspectRomDialog::extracted);
        QVERIFY(extracted.wait(30000));
        const QString folder = downloads() + QLatin1Char('/') + Folder;
        QCOMPARE(opened, QStringList{folder});
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/images/boot.img")));
        QCOMPARE(dialog->statusText(), QStringLiteral("Extracted to %1").arg(QDir::toNativeSeparators(folder)));
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

    // A ROM in a folder added in Preferences (not the download folder) is found, verified and offered.
    void romInAnAddedFolderIsReused()
    {
        const QString old = m_dir->filePath(QStringLiteral("Old ROMs"));
        QVERIFY(QDir().mkpath(old));
        const QString rom = writeRom(QStringLiteral("whyred_old.tgz"), 4, QStringLiteral("whyred"), 4096, old);
        openWindow(Fixtures::singleFileCatalog(QStringLiteral("whyred_old.tgz"), md5Of(rom)));
        LocalCopies *copies = WindowParts::flashController(*m_window)->localCopies();
        QTRY_VERIFY_WITH_TIMEOUT(!copies->isBusy(), 30000);
        QVERIFY(!copies->copyOf(QStringLiteral("whyred_old.tgz")).has_value()); // not in the download folder
        PreferencesDialog *dialog = m_window->showPreferences();
        dialog->findChild<FolderListEdit *>(QStringLiteral("romFoldersEdit"))->addFolder(old);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(copies->copyOf(QStringLiteral("whyred_old.tgz")).has_value() && !copies->isBusy(), 30000);
        RomCardWidget *card = showCard();
        QVERIFY(card);
        QTRY_COMPARE(card->localCopyLabel()->text().section(QLatin1Char('\n'), 0, 0),
                     QStringLiteral("Downloaded (verified) in %1").arg(QDir::toNativeSeparators(old)));
        QVERIFY(!card->downloadButton()->isVisibleTo(card));
        QVERIFY(card->openFolderButton()->isVisibleTo(card));
    }
};

QTEST_MAIN(TestFlashWindow)
#include "tst_flashwindow.moc"
