// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloadpreferences.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

// Edit > Preferences…: the download folder, parallel downloads and verification. Shows and
// returns DownloadPreferences; the caller saves and applies them.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void setPreferences(const DownloadPreferences &preferences);
    DownloadPreferences preferences() const;

private:
    void browse();

    std::unique_ptr<Ui::PreferencesDialog> ui;
};
