// SPDX-License-Identifier: GPL-3.0-or-later
#include "flashcontroller.h"

#include "inspectromdialog.h"
#include "download/download.h"
#include "download/downloadmanager.h"
#include "flash/flashtask.h"
#include "flash/localcopies.h"
#include "flash/phoneromcheck.h"
#include "flash/rominspector.h"

#include <QFileInfo>

FlashController::FlashController(DownloadManager *downloads, QWidget *window, const QString &digestCachePath)
    : QObject(window)
    , m_window(window)
    , m_copies(digestCachePath.isEmpty() ? new LocalCopies(DigestCache::defaultPath(), this)
                                         : new LocalCopies(digestCachePath, this))
{
    connect(m_copies, &LocalCopies::changed, this, &FlashController::fileChanged);
    connect(downloads, &DownloadManager::downloadStateChanged, this, &FlashController::onDownloadStateChanged);
}

FlashController::~FlashController()
{
    for (FlashTask *task : std::as_const(m_running))
        task->cancel(); // each is a child: deleted (and waited for) with this
}

void FlashController::setCatalog(CatalogPtr catalog)
{
    m_catalog = catalog;
    m_copies->setCatalog(std::move(catalog));
}

void FlashController::setFolders(const QStringList &folders)
{
    m_copies->setFolders(folders);
}

std::shared_ptr<const PhoneRomCheck> FlashController::checkOf(const RomInspection &rom) const
{
    const std::optional<PhoneInfo> phone = m_phone ? m_phone() : std::nullopt;
    if (!phone)
        return nullptr;
    return std::make_shared<const PhoneRomCheck>(rom, *phone);
}

std::optional<RomInspection> FlashController::inspectionOf(const QString &path) const
{
    const auto it = m_inspections.constFind(QFileInfo(path).absoluteFilePath());
    if (it == m_inspections.cend() || !it->describesFileOnDisk())
        return std::nullopt;
    return *it;
}

FlashController::CardState FlashController::stateFor(const RomFile &file) const
{
    CardState state;
    state.copy = m_copies->copyOf(file.fileName);
    if (!state.copy || !state.copy->isUsable())
        return state;
    state.inspecting = m_running.contains(state.copy->path);
    state.inspection = inspectionOf(state.copy->path);
    if (state.inspection)
        state.check = checkOf(*state.inspection);
    return state;
}

void FlashController::onDownloadStateChanged(Download *download, DownloadState state)
{
    if (state != DownloadState::Completed || !m_catalog)
        return;
    const DownloadStatus &status = download->status();
    const DownloadRequest &request = download->request();
    if (status.verification == Verification::Verified) {
        for (int index : m_catalog->filesNamed(request.fileName)) {
            if (m_catalog->files().at(index).md5 == request.md5) {
                m_copies->addVerified(request.finalPath(), m_catalog->files().at(index), request.md5);
                break;
            }
        }
    }
    // A verified (or prefix-verified) ROM is read at once: its card and the notice tell what it holds.
    if (status.verification != Verification::NotVerified)
        inspectInBackground(request.finalPath(), request.fileName);
}

void FlashController::inspectInBackground(const QString &path, const QString &fileName)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_running.contains(absolute) || inspectionOf(absolute))
        return;
    auto *task = new FlashTask(this);
    m_running.insert(absolute, task);
    auto result = std::make_shared<RomInspector::Result>();
    connect(task, &FlashTask::finished, this, [this, task, absolute, fileName, result] {
        m_running.remove(absolute);
        task->deleteLater();
        if (result->ok())
            onInspected(fileName, *result->inspection, true);
        else
            Q_EMIT fileChanged(fileName);
    });
    task->start([absolute, result](TaskProgress &progress) { *result = RomInspector::inspect(absolute, &progress); });
    Q_EMIT fileChanged(fileName);
}

void FlashController::onInspected(const QString &fileName, const RomInspection &rom, bool afterDownload)
{
    m_inspections.insert(rom.path, rom);
    Q_EMIT fileChanged(fileName);
    if (!afterDownload)
        return;
    const std::shared_ptr<const PhoneRomCheck> check = checkOf(rom);
    QStringList lines;
    if (check) {
        lines << check->errors() << check->warnings();
        if (!check->refused())
            lines << check->advice().mid(0, 1);
    } else if (const FlashScript *script = rom.recommendedScript()) {
        lines << tr("Its script that keeps your data: %1.").arg(script->name);
    }
    Q_EMIT downloadChecked(fileName, lines.join(QLatin1Char('\n')), check ? check->refusal() : QString());
}

InspectRomDialog *FlashController::showInspection(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (InspectRomDialog *open = m_dialogs.value(absolute)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new InspectRomDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.insert(absolute, dialog);
    dialog->setPhone(m_phone ? m_phone() : std::nullopt);
    const QString fileName = QFileInfo(absolute).fileName();
    connect(dialog, &InspectRomDialog::inspected, this,
            [this, fileName](const RomInspection &rom) { onInspected(fileName, rom, false); });
    dialog->show();
    dialog->start(absolute, inspectionOf(absolute));
    return dialog;
}

InspectRomDialog *FlashController::extract(const QString &path)
{
    InspectRomDialog *dialog = showInspection(path);
    if (dialog->inspection()) {
        dialog->extract();
    } else {
        connect(dialog, &InspectRomDialog::inspected, dialog, [dialog](const RomInspection &rom) {
            if (rom.isFastboot() && rom.unsafeEntry.isEmpty())
                dialog->extract();
        }, Qt::SingleShotConnection);
    }
    return dialog;
}
