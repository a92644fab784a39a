// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloadpreferences.h"
#include "refreshsettings.h"
#include "phone/phonesettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}
class FolderListEdit;
class QLineEdit;

// Edit > Preferences…: the download folder (and other folders holding downloaded ROMs), parallel
// downloads, the preferred mirror and verification. Shows and
// returns DownloadPreferences; the caller saves and applies them.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void setPreferences(const DownloadPreferences &preferences);
    DownloadPreferences preferences() const;
    // The interface language (LanguageSetting): "" follows the system.
    void setLanguage(const QString &language);
    QString language() const;
    // Phone: where adb and fastboot are (empty: on PATH) and detection at start.
    void setPhoneSettings(const PhoneSettings &settings);
    PhoneSettings phoneSettings() const;
    // Catalog: automatic refresh and the feed's addresses. An empty or invalid address keeps the
    // default.
    void setRefreshSettings(const RefreshSettings &settings);
    RefreshSettings refreshSettings() const;

private:
    void restoreDefaults();
    void browse();
    void browseTool(QLineEdit *edit, const QString &title);

    std::unique_ptr<Ui::PreferencesDialog> ui;
    FolderListEdit *m_romFolders;
};
