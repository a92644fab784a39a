// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's last step before flashing: File > Inspect ROM…, the cards' and downloads' Inspect
// and Extract, the files already on disk, and the check after a verified download.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "detailspane.h"
#include "downloadnotifier.h"
#include "downloadsdock.h"
#include "downloadspanel.h"
#include "flashcontroller.h"
#include "phonecontroller.h"
#include "statusmessage.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QUrl>

void MainWindow::setupFlash()
{
    m_flash = new FlashController(m_downloads, this);
    m_flash->setObjectName(QStringLiteral("flashController"));
    m_flash->setPhoneProvider([this] { return m_phone->readyPhone(); });
    applyRomFolders();

    auto *inspect = new QAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("I&nspect ROM…"), this);
    inspect->setObjectName(QStringLiteral("actionInspectRom"));
    inspect->setToolTip(tr("What a ROM file holds: product, anti-rollback index, flash scripts, images; and "
                           "whether it fits the connected phone"));
    inspect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    ui->menuFile->insertAction(ui->actionVerifyFile, inspect);
    connect(inspect, &QAction::triggered, this, &MainWindow::chooseRomToInspect);

    DetailsPane *details = ui->detailsPane;
    details->setFlashStateProvider([this](const RomFile &file) { return m_flash->stateFor(file); });
    connect(m_flash, &FlashController::fileChanged, details, &DetailsPane::refreshFlashStates);
    connect(m_phone, &PhoneController::phoneChanged, details, [details] { details->refreshFlashStates(); });
    connect(this, &MainWindow::catalogChanged, m_flash, [this] { m_flash->setCatalog(catalog()); });
    connect(details, &DetailsPane::openFolderRequested, this,
            [](const QString &folder) { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    connect(details, &DetailsPane::inspectRequested, m_flash, &FlashController::showInspection);
    connect(details, &DetailsPane::extractRequested, m_flash, &FlashController::extract);
    DownloadsPanel *panel = m_downloadsDock->panel();
    connect(panel, &DownloadsPanel::inspectRequested, m_flash, &FlashController::showInspection);
    connect(panel, &DownloadsPanel::extractRequested, m_flash, &FlashController::extract);
    connect(m_flash, &FlashController::downloadChecked, this, &MainWindow::showDownloadCheck);
}

void MainWindow::applyRomFolders()
{
    if (m_flash)
        m_flash->setFolders(QStringList{downloadPreferences().directory} + downloadPreferences().romFolders);
}

void MainWindow::chooseRomToInspect()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Inspect ROM"), downloadPreferences().directory,
                                                      tr("ROM files (*.tgz *.tar.gz *.tar *.zip);;All files (*)"));
    if (!path.isEmpty())
        m_flash->showInspection(path);
}

void MainWindow::showDownloadCheck(const QString &fileName, const QString &text, const QString &refusal)
{
    if (text.isEmpty())
        return;
    showStatus(tr("%1: %2").arg(fileName, text.section(QLatin1Char('\n'), 0, 0)), StatusMessageMs);
    if (refusal.isEmpty())
        return;
    // Another product or an index below the phone's: the title holds for both, the text says which.
    const QString title = tr("Do Not Flash on the Connected Phone");
    if (QSystemTrayIcon *tray = m_downloadsDock->notifier()->trayIcon())
        tray->showMessage(title, tr("%1: %2").arg(fileName, text), QSystemTrayIcon::Warning);
    // Flashing it would be refused or brick the phone: said at once, without blocking the window.
    auto *box = new QMessageBox(QMessageBox::Warning, title,
                                tr("%1 was downloaded and verified: %2.").arg(fileName, refusal), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("downloadCheckBox"));
    box->setInformativeText(text);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}
