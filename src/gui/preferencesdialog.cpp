// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"
#include "ui_preferencesdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::PreferencesDialog>())
{
    ui->setupUi(this);
    ui->directoryEdit->setPlaceholderText(QDir::toNativeSeparators(DownloadPreferences::defaultDirectory()));
    ui->parallelSpin->setRange(DownloadPreferences::MinParallel, DownloadPreferences::MaxParallel);
    connect(ui->browseButton, &QPushButton::clicked, this, &PreferencesDialog::browse);
    connect(ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(DownloadPreferences()); });
    setPreferences(DownloadPreferences());
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setPreferences(const DownloadPreferences &preferences)
{
    ui->directoryEdit->setText(QDir::toNativeSeparators(preferences.directory));
    ui->parallelSpin->setValue(preferences.parallel);
    ui->verifyCheck->setChecked(preferences.verify);
}

DownloadPreferences PreferencesDialog::preferences() const
{
    DownloadPreferences preferences;
    const QString directory = ui->directoryEdit->text().trimmed();
    preferences.directory = directory.isEmpty() ? DownloadPreferences::defaultDirectory()
                                                : QDir::cleanPath(QDir::fromNativeSeparators(directory));
    preferences.parallel = ui->parallelSpin->value();
    preferences.verify = ui->verifyCheck->isChecked();
    return preferences;
}

void PreferencesDialog::browse()
{
    const QString current = preferences().directory;
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Download Folder"), current);
    if (!directory.isEmpty())
        ui->directoryEdit->setText(QDir::toNativeSeparators(directory));
}
