// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "download/downloadtypes.h"
#include "flash/localcopy.h"
#include "flash/rominspection.h"
#include "phone/phoneinfo.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class Download;
class DownloadManager;
class FlashTask;
class InspectRomDialog;
class LocalCopies;
class PhoneRomCheck;
class QWidget;

// The last step before flashing, for the main window: which catalog files are already on disk
// (LocalCopies over the download folder and the folders added in Preferences), what a ROM file
// holds (inspected in a worker, automatically once a download is verified), how it fits the
// connected phone, and the Inspect ROM dialog that also extracts. Nothing is ever flashed.
class FlashController : public QObject
{
    Q_OBJECT

public:
    // What a card shows about its file beyond the catalog's facts.
    struct CardState
    {
        std::optional<LocalCopy> copy;          // on disk
        std::optional<RomInspection> inspection; // of that copy, once read
        bool inspecting = false;
        std::shared_ptr<const PhoneRomCheck> check; // the inspection against the phone
    };
    using PhoneProvider = std::function<std::optional<PhoneInfo>()>;

    FlashController(DownloadManager *downloads, QWidget *window, const QString &digestCachePath = QString());
    ~FlashController() override;

    void setCatalog(CatalogPtr catalog);
    // The download folder first, then the user's extra folders.
    void setFolders(const QStringList &folders);
    // The connected phone the ROMs are checked against (none: no check).
    void setPhoneProvider(PhoneProvider provider) { m_phone = std::move(provider); }
    LocalCopies *localCopies() const { return m_copies; }

    CardState stateFor(const RomFile &file) const;
    // The inspection of the file at path when one was made and the file has not changed since.
    std::optional<RomInspection> inspectionOf(const QString &path) const;
    // Reads the file in the background (no dialog); fileChanged() when done.
    void inspectInBackground(const QString &path, const QString &fileName);

    // File > Inspect ROM…, a card's or a download's Inspect: the dialog (one per file).
    InspectRomDialog *showInspection(const QString &path);
    // A completed Fastboot download's Extract: the dialog, extracting at once when the file was
    // inspected already, else once it is.
    InspectRomDialog *extract(const QString &path);

Q_SIGNALS:
    // What the card of this file name shows changed.
    void fileChanged(const QString &fileName);
    // After a verified download was inspected: what it means for the connected phone; refusal is
    // PhoneRomCheck::refusal() (empty when it may be flashed).
    void downloadChecked(const QString &fileName, const QString &text, const QString &refusal);

private:
    void onDownloadStateChanged(Download *download, DownloadState state);
    void onInspected(const QString &fileName, const RomInspection &rom, bool afterDownload);
    std::shared_ptr<const PhoneRomCheck> checkOf(const RomInspection &rom) const;

    QWidget *m_window;
    LocalCopies *m_copies;
    CatalogPtr m_catalog;
    PhoneProvider m_phone;
    QHash<QString, RomInspection> m_inspections; // by absolute path
    QHash<QString, FlashTask *> m_running;        // background inspections by path
    QHash<QString, QPointer<InspectRomDialog>> m_dialogs;
};
