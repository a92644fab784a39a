// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "ui_preferencesdialog.h"
#include "feed/catalogupdater.h"

#include "folderlistedit.h"
#include "languagesetting.h"
#include "download/mirrors.h"
#include "util/translations.h"
#include "util/weburl.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::PreferencesDialog>())
{
    ui->setupUi(this);
    m_romFolders = new FolderListEdit(this);
    m_romFolders->setObjectName(QStringLiteral("romFoldersEdit"));
    m_romFolders->setToolTip(tr("Downloaded ROMs found here (and in the download folder) are verified and "
                                "not downloaded again"));
    m_romFolders->list()->setAccessibleName(tr("Other folders with downloaded ROMs"));
    ui->downloadsForm->insertRow(1, tr("Also look for &ROMs in:"), m_romFolders);
    if (auto *label = qobject_cast<QLabel *>(ui->downloadsForm->labelForField(m_romFolders)))
        label->setBuddy(m_romFolders->list());
    ui->directoryEdit->setPlaceholderText(QDir::toNativeSeparators(DownloadPreferences::defaultDirectory()));
    ui->parallelSpin->setRange(DownloadPreferences::MinParallel, DownloadPreferences::MaxParallel);
    ui->connectionsSpin->setRange(1, DownloadSettings::MaxConnections);
    ui->perHostSpin->setRange(1, DownloadSettings::MaxPerHost);
    ui->mirrorCombo->addItem(tr("Automatic (page order)"), QString());
    for (const QString &host : Mirrors::knownHosts())
        ui->mirrorCombo->addItem(host, host);
    ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString &language : availableLanguages())
        ui->languageCombo->addItem(LanguageSetting::displayName(language), language);
    setLanguage(LanguageSetting::load());
    connect(ui->browseButton, &QPushButton::clicked, this, &PreferencesDialog::browse);
    connect(ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    setPreferences(DownloadPreferences());

    ui->adbEdit->setPlaceholderText(tr("Found on PATH"));
    ui->fastbootEdit->setPlaceholderText(tr("Found on PATH"));
    connect(ui->adbBrowseButton, &QPushButton::clicked, this, [this] { browseTool(ui->adbEdit, tr("adb Program")); });
    connect(ui->fastbootBrowseButton, &QPushButton::clicked, this,
            [this] { browseTool(ui->fastbootEdit, tr("fastboot Program")); });
}

PreferencesDialog::~PreferencesDialog() = default;

// Every page of the dialog, the language included; nothing is saved until OK.
void PreferencesDialog::restoreDefaults()
{
    setPreferences(DownloadPreferences());
    setPhoneSettings(PhoneSettings());
    RefreshSettings refresh;
    refresh.primaryUrl = CatalogUpdater::defaultPrimaryUrl();
    refresh.fallbackUrl = CatalogUpdater::defaultFallbackUrl();
    setRefreshSettings(refresh);
    setLanguage(QString());
}

void PreferencesDialog::setPhoneSettings(const PhoneSettings &settings)
{
    ui->adbEdit->setText(QDir::toNativeSeparators(settings.adbPath));
    ui->fastbootEdit->setText(QDir::toNativeSeparators(settings.fastbootPath));
    ui->autoDetectCheck->setChecked(settings.autoDetect);
}

void PreferencesDialog::setRefreshSettings(const RefreshSettings &settings)
{
    ui->refreshIntervalSpin->setRange(RefreshSettings::MinIntervalHours, RefreshSettings::MaxIntervalHours);
    ui->autoRefreshCheck->setChecked(settings.automatic);
    ui->refreshIntervalSpin->setValue(settings.intervalHours);
    ui->refreshIntervalSpin->setEnabled(settings.automatic);
    connect(ui->autoRefreshCheck, &QCheckBox::toggled, ui->refreshIntervalSpin, &QWidget::setEnabled, Qt::UniqueConnection);
    ui->feedUrlEdit->setText(settings.primaryUrl.toString());
    ui->fallbackUrlEdit->setText(settings.fallbackUrl.toString());
    // Long addresses: show where they start (the host), not their end.
    ui->feedUrlEdit->setCursorPosition(0);
    ui->fallbackUrlEdit->setCursorPosition(0);
}

RefreshSettings PreferencesDialog::refreshSettings() const
{
    RefreshSettings settings;
    settings.automatic = ui->autoRefreshCheck->isChecked();
    settings.intervalHours = ui->refreshIntervalSpin->value();
    const auto urlOf = [](const QLineEdit *edit, const QUrl &fallback) {
        const QUrl url(edit->text().trimmed(), QUrl::StrictMode);
        return isWebUrl(url) ? url : fallback;
    };
    settings.primaryUrl = urlOf(ui->feedUrlEdit, CatalogUpdater::defaultPrimaryUrl());
    settings.fallbackUrl = urlOf(ui->fallbackUrlEdit, CatalogUpdater::defaultFallbackUrl());
    return settings;
}

PhoneSettings PreferencesDialog::phoneSettings() const
{
    PhoneSettings settings;
    settings.adbPath = QDir::fromNativeSeparators(ui->adbEdit->text().trimmed());
    settings.fastbootPath = QDir::fromNativeSeparators(ui->fastbootEdit->text().trimmed());
    settings.autoDetect = ui->autoDetectCheck->isChecked();
    return settings;
}

void PreferencesDialog::browseTool(QLineEdit *edit, const QString &title)
{
    const QString current = QDir::fromNativeSeparators(edit->text().trimmed());
    const QString path = QFileDialog::getOpenFileName(this, title, current.isEmpty() ? QDir::homePath() : current);
    if (!path.isEmpty())
        edit->setText(QDir::toNativeSeparators(path));
}

void PreferencesDialog::setPreferences(const DownloadPreferences &preferences)
{
    ui->directoryEdit->setText(QDir::toNativeSeparators(preferences.directory));
    ui->parallelSpin->setValue(preferences.parallel);
    ui->connectionsSpin->setValue(preferences.connections);
    ui->perHostSpin->setValue(preferences.connectionsPerHost);
    ui->verifyCheck->setChecked(preferences.verify);
    int mirror = ui->mirrorCombo->findData(preferences.preferredMirror);
    if (mirror < 0) { // a host set elsewhere: keep it selectable
        ui->mirrorCombo->addItem(preferences.preferredMirror, preferences.preferredMirror);
        mirror = ui->mirrorCombo->count() - 1;
    }
    ui->mirrorCombo->setCurrentIndex(mirror);
    m_romFolders->setFolders(preferences.romFolders);
}

DownloadPreferences PreferencesDialog::preferences() const
{
    DownloadPreferences preferences;
    const QString directory = ui->directoryEdit->text().trimmed();
    preferences.directory = directory.isEmpty() ? DownloadPreferences::defaultDirectory()
                                                : QDir::cleanPath(QDir::fromNativeSeparators(directory));
    preferences.parallel = ui->parallelSpin->value();
    preferences.connections = ui->connectionsSpin->value();
    preferences.connectionsPerHost = ui->perHostSpin->value();
    preferences.verify = ui->verifyCheck->isChecked();
    preferences.preferredMirror = ui->mirrorCombo->currentData().toString();
    preferences.romFolders = m_romFolders->folders();
    return preferences;
}

void PreferencesDialog::setLanguage(const QString &language)
{
    ui->languageCombo->setCurrentIndex(qMax(0, ui->languageCombo->findData(language)));
}

QString PreferencesDialog::language() const
{
    return ui->languageCombo->currentData().toString();
}

void PreferencesDialog::browse()
{
    const QString current = preferences().directory;
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Download Folder"), current);
    if (!directory.isEmpty())
        ui->directoryEdit->setText(QDir::toNativeSeparators(directory));
}
