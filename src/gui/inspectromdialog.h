// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flash/rominspection.h"
#include "phone/phoneinfo.h"

#include <QDialog>

#include <functional>
#include <optional>

class FlashTask;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class RomInspectionView;

// File > Inspect ROM… (and a download's or card's Inspect): reads a ROM file in a worker with
// progress and Cancel, shows what it holds (RomInspectionView) and, with a phone connected,
// whether it fits that phone. Extract unpacks a Fastboot ROM next to the file, with progress
// and Cancel, and opens the folder when done. Nothing is ever flashed.
class InspectRomDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InspectRomDialog(QWidget *parent = nullptr);
    ~InspectRomDialog() override;

    // The phone the ROM is checked against; none: no check.
    void setPhone(const std::optional<PhoneInfo> &phone);
    // Reads path, unless known (an earlier inspection of this very file) is given.
    void start(const QString &path, const std::optional<RomInspection> &known = std::nullopt);
    // Unpacks the inspected Fastboot ROM next to it (the Extract button).
    void extract();

    bool isBusy() const;
    const std::optional<RomInspection> &inspection() const { return m_inspection; }
    QString extractedFolder() const { return m_extracted; }
    QString statusText() const;
    bool statusIsError() const { return m_statusIsError; }
    RomInspectionView *view() const { return m_view; }
    QPushButton *extractButton() const { return m_extractButton; }
    QPushButton *openFolderButton() const { return m_openFolderButton; }
    QProgressBar *progressBar() const { return m_progress; }

    // Opens a folder in the file manager; tests replace it.
    using FolderOpener = std::function<void(const QString &folder)>;
    void setFolderOpener(FolderOpener opener) { m_openFolder = std::move(opener); }

Q_SIGNALS:
    void inspected(const RomInspection &rom);
    void failed(const QString &error);
    void extracted(const QString &folder);

public Q_SLOTS:
    void reject() override; // Cancel stops the running job first

private:
    void onInspected();
    void onExtracted();
    void showInspection();
    void setStatus(const QString &text, bool error = false);

    enum class Job { None, Inspect, Extract };
    FlashTask *m_task;
    Job m_job = Job::None;
    QString m_path;
    std::optional<PhoneInfo> m_phone;
    std::optional<RomInspection> m_inspection;
    QString m_extracted;
    QString m_status;
    bool m_statusIsError = false;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QScrollArea *m_scroll;
    RomInspectionView *m_view;
    QDialogButtonBox *m_buttons;
    QPushButton *m_extractButton;
    QPushButton *m_openFolderButton;
    FolderOpener m_openFolder;
    // The job's results, written on the worker thread, read once finished() arrived.
    struct Results;
    std::shared_ptr<Results> m_results;
};
