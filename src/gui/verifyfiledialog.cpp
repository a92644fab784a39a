// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifyfiledialog.h"

#include "download/downloadtypes.h"
#include "download/md5hasher.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
constexpr int ProgressScale = 1000;
}

VerifyFileDialog::VerifyFileDialog(CatalogPtr catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(std::move(catalog))
    , m_hasher(new Md5Hasher(this))
    , m_fileLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Verify File"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, ProgressScale);
    m_progress->setValue(0);
    for (QLabel *label : {m_headline, m_details}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_icon->setAlignment(Qt::AlignTop);
    m_icon->hide();

    auto *result = new QHBoxLayout;
    result->addWidget(m_icon);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_headline);
    texts->addWidget(m_details);
    result->addLayout(texts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_progress);
    layout->addLayout(result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VerifyFileDialog::reject);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setMinimumWidth(em * 36);
    resize(em * 56, sizeHint().height());

    connect(m_hasher, &Md5Hasher::progress, this, &VerifyFileDialog::onProgress, Qt::QueuedConnection);
    connect(m_hasher, &Md5Hasher::finished, this,
            [this](quint64 generation, const QString &md5, qint64) { onFinished(generation, md5); }, Qt::QueuedConnection);
    connect(m_hasher, &Md5Hasher::failed, this, &VerifyFileDialog::onFailed, Qt::QueuedConnection);
}

VerifyFileDialog::~VerifyFileDialog() = default; // Md5Hasher cancels and waits for its chunk

void VerifyFileDialog::start(const QString &path)
{
    m_path = path;
    m_done = false;
    const QFileInfo info(path);
    m_size = info.size();
    m_fileLabel->setText(tr("Computing the MD5 of %1 (%2)…").arg(QDir::toNativeSeparators(path), DownloadText::bytes(m_size)));
    m_progress->setValue(0);
    m_progress->show();
    m_icon->hide();
    m_headline->clear();
    m_details->clear();
    m_buttons->setStandardButtons(QDialogButtonBox::Cancel);
    m_generation = m_hasher->reset();
    m_hasher->addFile(path);
    m_hasher->finish();
}

void VerifyFileDialog::reject()
{
    if (!m_done)
        m_hasher->cancel(); // the pool thread stops within one chunk; its late signals are ignored
    QDialog::reject();
}

QString VerifyFileDialog::resultText() const
{
    return m_headline->text();
}

void VerifyFileDialog::onProgress(quint64 generation, qint64 bytes)
{
    if (generation != m_generation || m_done || m_size <= 0)
        return;
    m_progress->setValue(int(qBound(qint64(0), bytes * ProgressScale / m_size, qint64(ProgressScale))));
}

void VerifyFileDialog::onFinished(quint64 generation, const QString &md5)
{
    if (generation != m_generation || m_done)
        return;
    m_done = true;
    m_outcome = VerifyOutcome::decide(QFileInfo(m_path).fileName(), md5, m_catalog.get(), m_size);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_outcome.kind) {
    case VerifyOutcome::Match: icon = QStyle::SP_DialogApplyButton; break;
    case VerifyOutcome::Mismatch: icon = QStyle::SP_MessageBoxCritical; break;
    case VerifyOutcome::PrefixMatch: icon = QStyle::SP_MessageBoxWarning; break;
    case VerifyOutcome::NoChecksum: icon = QStyle::SP_MessageBoxInformation; break;
    }
    m_fileLabel->setText(tr("%1 (%2)").arg(QDir::toNativeSeparators(m_path), DownloadText::bytes(m_size)));
    showResult(style()->standardIcon(icon), m_outcome.headline(), m_outcome.details());
    Q_EMIT verified(m_outcome);
}

void VerifyFileDialog::onFailed(quint64 generation, const QString &error)
{
    if (generation != m_generation || m_done)
        return;
    m_done = true;
    showResult(style()->standardIcon(QStyle::SP_MessageBoxCritical), tr("Could not read the file"), error);
    Q_EMIT failed(error);
}

void VerifyFileDialog::showResult(const QIcon &icon, const QString &headline, const QString &details)
{
    m_progress->hide();
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(size, size));
    m_icon->show();
    m_headline->setText(headline);
    m_details->setText(details);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    // Keep the width (the MD5s stay on as few lines as possible); grow in height as needed.
    layout()->activate();
    resize(width(), qMax(height(), heightForWidth(width()) > 0 ? heightForWidth(width()) : sizeHint().height()));
}
