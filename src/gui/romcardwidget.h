// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flashcontroller.h"
#include "catalog/romfile.h"
#include "catalog/xfupage.h"

#include <QFrame>
#include <QUrl>

class ChangelogView;
class CopyableField;
class FieldLabel;
class PhoneCheckView;
class QLabel;
class QToolButton;

// One ROM file as the website's card shows it: the same labels in the same order, every value
// selectable; file name, MD5 and download link copyable; a Download button with every mirror
// (and "Open in Browser") in its menu.
class RomCardWidget : public QFrame
{
    Q_OBJECT

public:
    enum Field { Device, Codename, Version, Branch, Type, Size, ReleaseDate, PackageName, Md5, Download, Changelog };
    Q_ENUM(Field)
    static constexpr int FieldCount = Changelog + 1;

    // fileIndex is the file's index in Catalog::files(); it is passed back in downloadRequested.
    // section: the site's section of the file's page, whose card has its own labels (a firmware
    // card has no Type or Changelog and says "Firmware Package Name"; a vendor package no Changelog).
    explicit RomCardWidget(const RomFile &file, int fileIndex, QWidget *parent = nullptr, RomOs section = RomOs::Miui);

    int fileIndex() const { return m_fileIndex; }
    const RomFile &file() const { return m_file; }

    static QString fieldName(Field field); // "Device", "Release Date", ...
    // As the site labels it in a section: "Firmware Package Name" on a firmware card, "Updated"
    // for a vendor package's date.
    static QString fieldName(Field field, RomOs section);
    RomOs section() const { return m_section; }
    QLabel *nameLabel(Field field) const;  // the bold "Device:" of the form
    // The value label of a field; for Download, the first mirror's link; for Changelog, the text.
    FieldLabel *valueLabel(Field field) const;
    QToolButton *copyButton(Field field) const; // PackageName, Md5 and Download; else null
    QToolButton *downloadButton() const { return m_downloadButton; }
    ChangelogView *changelogView() const { return m_changelog; }
    // Shown above the fields, e.g. why this ROM may not suit the connected phone; none hides it.
    void setWarnings(const QStringList &warnings);
    QLabel *warningsLabel() const { return m_warnings; }

    static QString mirrorText(int mirror, const QUrl &url); // "Mirror 1 — cdnorg.d.miui.com"

    // The file on disk: "Downloaded (verified)" with Open Folder in place of Download, its
    // anti-rollback index and scripts once inspected, and how it fits the connected phone.
    void setFlashState(const FlashController::CardState &state);
    QLabel *localCopyLabel() const { return m_localCopy; }
    QToolButton *openFolderButton() const { return m_openFolder; }
    QToolButton *inspectButton() const { return m_inspect; }
    QToolButton *extractButton() const { return m_extract; }
    PhoneCheckView *phoneCheckView() const { return m_phoneCheck; }

protected:
    // Alt+Down or the menu key on the Download button opens its mirror menu.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // url: the mirror picked from the menu; empty for the button itself (the preferred mirror first).
    void downloadRequested(int fileIndex, const QUrl &url);
    // The mirror menu's "Open in Browser": let the system browser fetch the file.
    void openInBrowserRequested(const QUrl &url);
    void copied(const QString &what, const QString &text);
    void openFolderRequested(const QString &path);
    void inspectRequested(const QString &path);
    void extractRequested(const QString &path);

private:
    QWidget *createDownloadRow();
    QWidget *createLocalCopyRow(QWidget *parent);
    FieldLabel *addPlainRow(Field field, const QString &value);
    void addRow(Field field, QWidget *valueWidget);
    CopyableField *addCopyableRow(Field field, const QString &what);

    RomFile m_file;
    int m_fileIndex;
    RomOs m_section;
    QLabel *m_names[FieldCount] = {};
    FieldLabel *m_values[FieldCount] = {};
    QToolButton *m_copyButtons[FieldCount] = {};
    QToolButton *m_downloadButton = nullptr;
    ChangelogView *m_changelog = nullptr;
    QLabel *m_warnings = nullptr;
    QWidget *m_localRow = nullptr;
    QLabel *m_localCopy = nullptr;
    QToolButton *m_openFolder = nullptr;
    QToolButton *m_inspect = nullptr;
    QToolButton *m_extract = nullptr;
    PhoneCheckView *m_phoneCheck = nullptr;
    QString m_localPath;
};
