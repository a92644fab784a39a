// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectromdialog.h"

#include "rominspectionview.h"
#include "flash/flashtask.h"
#include "flash/phoneromcheck.h"
#include "flash/romextractor.h"
#include "flash/rominspector.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace {
constexpr int ProgressScale = 1000;
}

struct InspectRomDialog::Results
{
    RomInspector::Result inspected;
    RomExtractor::Result extracted;
};

InspectRomDialog::InspectRomDialog(QWidget *parent)
    : QDialog(parent)
    , m_task(new FlashTask(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_scroll(new QScrollArea(this))
    , m_view(new RomInspectionView)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_openFolder([](const QString &folder) { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); })
{
    setWindowTitle(tr("Inspect ROM"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, ProgressScale);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->hide();
    m_extractButton = m_buttons->addButton(tr("&Extract"), QDialogButtonBox::ActionRole);
    m_extractButton->setToolTip(tr("Unpack this Fastboot ROM into a folder next to it, ready for its flash scripts"));
    m_extractButton->setEnabled(false);
    m_openFolderButton = m_buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    m_openFolderButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InspectRomDialog::reject);
    connect(m_extractButton, &QPushButton::clicked, this, &InspectRomDialog::extract);
    connect(m_openFolderButton, &QPushButton::clicked, this, [this] {
        m_openFolder(m_extracted.isEmpty() ? QFileInfo(m_path).absolutePath() : m_extracted);
    });
    connect(m_task, &FlashTask::progress, this, [this](TaskProgress::Stage, qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * ProgressScale / total) : 0);
    });
    connect(m_task, &FlashTask::finished, this, [this] {
        const Job job = std::exchange(m_job, Job::None);
        if (job == Job::Inspect)
            onInspected();
        else if (job == Job::Extract)
            onExtracted();
    });
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setMinimumWidth(em * 40);
    resize(em * 60, em * 44);
}

InspectRomDialog::~InspectRomDialog() = default; // the FlashTask cancels and waits

void InspectRomDialog::setPhone(const std::optional<PhoneInfo> &phone)
{
    m_phone = phone;
    if (m_inspection)
        showInspection();
}

bool InspectRomDialog::isBusy() const
{
    return m_task->isRunning();
}

QString InspectRomDialog::statusText() const
{
    return m_status;
}

void InspectRomDialog::setStatus(const QString &text, bool error)
{
    m_status = text;
    m_statusIsError = error;
    m_statusLabel->setText(text);
    QFont font = m_statusLabel->font();
    font.setBold(error);
    m_statusLabel->setFont(font);
}

void InspectRomDialog::start(const QString &path, const std::optional<RomInspection> &known)
{
    if (isBusy())
        return;
    m_path = QFileInfo(path).absoluteFilePath();
    m_inspection.reset();
    m_extracted.clear();
    m_extractButton->setEnabled(false);
    m_openFolderButton->setEnabled(true);
    if (known && known->path == m_path && known->describesFileOnDisk()) {
        m_inspection = known;
        showInspection();
        return;
    }
    setStatus(tr("Reading %1…").arg(QDir::toNativeSeparators(m_path)));
    m_progress->setValue(0);
    m_progress->show();
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    m_results = std::make_shared<Results>();
    const std::shared_ptr<Results> results = m_results;
    const QString file = m_path;
    m_job = Job::Inspect;
    m_task->start([file, results](TaskProgress &progress) { results->inspected = RomInspector::inspect(file, &progress); });
}

void InspectRomDialog::onInspected()
{
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    const RomInspector::Result result = m_results->inspected;
    m_progress->hide();
    if (!result.ok()) {
        setStatus(result.cancelled ? tr("Cancelled.") : tr("Cannot read this ROM: %1").arg(result.error), !result.cancelled);
        Q_EMIT failed(result.error);
        return;
    }
    m_inspection = result.inspection;
    showInspection();
    Q_EMIT inspected(*m_inspection);
}

void InspectRomDialog::showInspection()
{
    const RomInspection &rom = *m_inspection;
    m_progress->hide();
    m_view->setInspection(rom);
    std::optional<PhoneRomCheck> check;
    if (m_phone)
        check.emplace(rom, *m_phone);
    m_view->setPhoneCheck(check ? &*check : nullptr);
    m_scroll->show();
    const QString name = QFileInfo(rom.path).fileName();
    // Why not, in the headline: another product and a ROM older than the phone allows are told apart.
    if (check && check->refused())
        setStatus(tr("Do not flash %1 on %2: %3.").arg(name, m_phone->displayName(), check->refusal()), true);
    else if (check && !check->warnings().isEmpty())
        setStatus(tr("%1: check the notes below before flashing it on %2.").arg(name, m_phone->displayName()));
    else if (check)
        setStatus(tr("%1 fits the connected phone, %2.").arg(name, m_phone->displayName()));
    else
        setStatus(name);
    const bool extractable = rom.isFastboot() && rom.unsafeEntry.isEmpty();
    m_extractButton->setEnabled(extractable);
    m_extractButton->setVisible(rom.isFastboot());
}

void InspectRomDialog::extract()
{
    if (isBusy() || !m_inspection || !m_inspection->isFastboot())
        return;
    setStatus(tr("Extracting %1…").arg(QFileInfo(m_path).fileName()));
    m_progress->setValue(0);
    m_progress->show();
    m_extractButton->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    m_results = std::make_shared<Results>();
    const std::shared_ptr<Results> results = m_results;
    const QString file = m_path;
    const RomInspection known = *m_inspection;
    m_job = Job::Extract;
    m_task->start([file, known, results](TaskProgress &progress) {
        results->extracted = RomExtractor::extract(file, QFileInfo(file).absolutePath(), &progress, known);
    });
}

void InspectRomDialog::onExtracted()
{
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_progress->hide();
    const RomExtractor::Result result = m_results->extracted;
    if (result.failure == RomExtractor::Failure::Exists) {
        // Most often this ROM's own earlier extraction: offer it rather than an error.
        m_extracted = result.existingFolder;
        m_extractButton->setEnabled(true);
        m_openFolderButton->setEnabled(true);
        setStatus(tr("Already extracted: %1 is there. Open it with Open Folder, or remove it to extract again.")
                      .arg(QDir::toNativeSeparators(result.existingFolder)));
        return;
    }
    if (!result.ok()) {
        m_extractButton->setEnabled(true);
        setStatus(result.cancelled() ? tr("Extraction cancelled; nothing was kept.")
                                     : tr("Cannot extract: %1").arg(result.error),
                  !result.cancelled());
        Q_EMIT failed(result.error);
        return;
    }
    m_extracted = result.folder;
    setStatus(tr("Extracted to %1").arg(QDir::toNativeSeparators(result.folder)));
    m_openFolderButton->setEnabled(true);
    m_openFolder(result.folder);
    Q_EMIT extracted(result.folder);
}

void InspectRomDialog::reject()
{
    if (isBusy()) {
        m_task->cancel(); // finished() follows and says "cancelled"
        return;
    }
    QDialog::reject();
}
