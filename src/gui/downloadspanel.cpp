// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadspanel.h"

#include "columnfiller.h"
#include "downloadprogressdelegate.h"
#include "filereveal.h"
#include "toolbartexts.h"
#include "download/download.h"
#include "download/downloadlistmodel.h"
#include "download/downloadmanager.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace {

bool isFinal(DownloadState state)
{
    return state == DownloadState::Completed || state == DownloadState::Failed || state == DownloadState::Cancelled;
}

} // namespace

// Each column as wide as the longest text it shows (its header's included), so that an 800-pixel
// window holds them all: the connections and mirrors in the last one were off-screen before.
void DownloadsPanel::sizeColumns()
{
    QHeaderView *header = m_view->header();
    const QFontMetrics metrics = m_view->fontMetrics();
    const int margin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1)
        + metrics.horizontalAdvance(QLatin1Char('M'));
    const auto fit = [&](int column, const QStringList &samples) {
        int width = header->sectionSizeHint(column);
        for (const QString &sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample) + margin);
        header->resizeSection(column, width);
    };
    const auto connections = [](int open, int mirrors) {
        DownloadStatus status;
        status.connections = open;
        status.mirrorsInUse = mirrors;
        return DownloadText::connections(status);
    };
    fit(DownloadListModel::SizeColumn, {DownloadText::bytes(Q_INT64_C(8888000000))});
    fit(DownloadListModel::SpeedColumn, {DownloadText::bytes(Q_INT64_C(888800000)) + QCoreApplication::translate("DownloadListModel", "/s")});
    fit(DownloadListModel::EtaColumn, {DownloadText::duration(58 * 60 + 58)});
    // The most a download opens (DownloadPreferences), on a ROM's five mirrors; plural forms differ.
    fit(DownloadListModel::MirrorColumn, {connections(16, 5), connections(4, 3), connections(2, 2)});
    header->resizeSection(DownloadListModel::ProgressColumn, metrics.horizontalAdvance(QLatin1Char('M')) * 16);
}

// Below the width every column needs, Size goes first (the bar and the row's tooltip say it).
void DownloadsPanel::fitColumnsToWidth()
{
    QHeaderView *header = m_view->header();
    int needed = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16; // the name's least
    for (int c = 0; c < DownloadListModel::ColumnCount; ++c) {
        if (c != DownloadListModel::NameColumn && c != DownloadListModel::SizeColumn)
            needed += header->sectionSize(c);
    }
    header->setSectionHidden(DownloadListModel::SizeColumn,
                             needed + header->sectionSize(DownloadListModel::SizeColumn) > m_view->viewport()->width());
}

bool DownloadsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumnsToWidth();
    return QWidget::eventFilter(watched, event);
}

DownloadsPanel::DownloadsPanel(DownloadManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_model(new DownloadListModel(manager, this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Downloads"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegate(new DownloadProgressDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    sizeColumns();
    // The name keeps room for a ROM's file name's start, even in an empty or narrow panel.
    new ColumnFiller(m_view, DownloadListModel::NameColumn, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    m_view->viewport()->installEventFilter(this);

    m_details->setObjectName(QStringLiteral("downloadDetails"));
    m_details->setAccessibleName(tr("Download details"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(4);

    createActions();
    auto *toolBar = new QToolBar(this);
    toolBar->setAccessibleName(tr("Download actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : m_actions) {
        if (action == m_actions[OpenInBrowser] || action == m_actions[CopyLink])
            continue; // in the row's context menu
        toolBar->addAction(action);
        if (action == m_actions[Remove] || action == m_actions[Extract])
            toolBar->addSeparator();
    }
    dropMnemonicSuffixes(toolBar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_view, &QWidget::customContextMenuRequested, this, &DownloadsPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DownloadsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DownloadsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DownloadsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DownloadsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DownloadsPanel::updateActions);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (Download *d = currentDownload(); d && d->state() == DownloadState::Completed)
            openFolder();
    });
    updateActions();
}

void DownloadsPanel::createActions()
{
    auto make = [this](Action which, const QString &text, const QString &icon, auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        connect(action, &QAction::triggered, this, slot);
        m_actions[which] = action;
    };
    make(Pause, tr("&Pause"), QStringLiteral("media-playback-pause"), [this] {
        if (Download *d = currentDownload())
            d->pause();
    });
    make(Resume, tr("&Resume"), QStringLiteral("media-playback-start"), [this] {
        if (Download *d = currentDownload())
            d->resume();
    });
    make(Cancel, tr("&Cancel"), QStringLiteral("process-stop"), [this] {
        if (Download *d = currentDownload())
            d->cancel();
    });
    make(Retry, tr("Re&try"), QStringLiteral("view-refresh"), [this] {
        if (Download *d = currentDownload())
            d->retry();
    });
    make(Remove, tr("Re&move"), QStringLiteral("list-remove"), [this] { removeCurrent(); });
    make(OpenFolder, tr("Open &Folder"), QStringLiteral("folder-open"), [this] { openFolder(); });
    make(CopyPath, tr("Copy Pat&h"), QStringLiteral("edit-copy"), [this] { copyPath(); });
    make(Inspect, tr("&Inspect ROM"), QStringLiteral("document-properties"), [this] {
        if (const Download *d = currentDownload())
            Q_EMIT inspectRequested(d->finalPath());
    });
    make(Extract, tr("E&xtract"), QStringLiteral("archive-extract"), [this] {
        if (const Download *d = currentDownload())
            Q_EMIT extractRequested(d->finalPath());
    });
    make(OpenInBrowser, tr("Open in &Browser"), QStringLiteral("internet-web-browser"), [this] { openInBrowser(); });
    make(CopyLink, tr("Copy &Link"), QStringLiteral("edit-copy"), [this] { copyLink(); });
    make(PauseAll, tr("Pause &All"), QString(), [this] { m_manager->pauseAll(); });
    make(ResumeAll, tr("Resume A&ll"), QString(), [this] { m_manager->resumeAll(); });
    make(ClearFinished, tr("Clear Fi&nished"), QStringLiteral("edit-clear"), [this] { clearFinished(); });
    m_actions[Remove]->setToolTip(tr("Remove the download from the list (a finished file stays on disk)"));
    m_actions[ClearFinished]->setToolTip(tr("Remove the completed and cancelled downloads from the list"));
}

Download *DownloadsPanel::currentDownload() const
{
    return m_model->download(m_view->currentIndex());
}

void DownloadsPanel::selectRow(int row)
{
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void DownloadsPanel::updateActions()
{
    const Download *d = currentDownload();
    const DownloadState state = d ? d->state() : DownloadState::Queued;
    const bool active = d && d->status().isActive();
    m_actions[Pause]->setEnabled(d && (active || state == DownloadState::Queued));
    m_actions[Resume]->setEnabled(d && state == DownloadState::Paused);
    // A failed download is retried or removed; cancelling it would only relabel it.
    m_actions[Cancel]->setEnabled(d && !isFinal(state));
    m_actions[Retry]->setEnabled(d && (state == DownloadState::Failed || state == DownloadState::Cancelled));
    m_actions[Remove]->setEnabled(d && isFinal(state));
    for (Action which : {OpenFolder, CopyPath, OpenInBrowser, CopyLink})
        m_actions[which]->setEnabled(d);
    m_actions[Inspect]->setEnabled(d && state == DownloadState::Completed);
    // Xiaomi's Fastboot ROMs are .tgz; the extraction itself tells any other file apart.
    m_actions[Extract]->setEnabled(d && state == DownloadState::Completed
                                   && d->request().fileName.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive));
    const QList<Download *> &all = m_manager->downloads();
    m_actions[PauseAll]->setEnabled(std::any_of(all.cbegin(), all.cend(), [](const Download *x) {
        return x->status().isActive() || x->state() == DownloadState::Queued;
    }));
    m_actions[ResumeAll]->setEnabled(
        std::any_of(all.cbegin(), all.cend(), [](const Download *x) { return x->state() == DownloadState::Paused; }));
    m_actions[ClearFinished]->setEnabled(std::any_of(all.cbegin(), all.cend(), [](const Download *x) {
        return x->state() == DownloadState::Completed || x->state() == DownloadState::Cancelled;
    }));
    updateDetails();
}

void DownloadsPanel::updateDetails()
{
    if (m_manager->downloads().isEmpty()) {
        m_details->setText(tr("No downloads yet: the Download button of a ROM card adds one here."));
        m_details->setForegroundRole(QPalette::PlaceholderText);
        m_details->show();
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    const Download *d = currentDownload();
    m_details->setVisible(d);
    if (!d)
        return;
    m_details->setForegroundRole(QPalette::WindowText);
    m_details->setText(tr("%1: %2").arg(d->request().fileName,
                                        current.siblingAtColumn(DownloadListModel::ProgressColumn)
                                            .data(DownloadListModel::StatusTextRole)
                                            .toString()));
}

void DownloadsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    for (Action which : {Pause, Resume, Cancel, Retry, Remove})
        menu.addAction(m_actions[which]);
    menu.addSeparator();
    menu.addAction(m_actions[OpenFolder]);
    menu.addAction(m_actions[CopyPath]);
    menu.addSeparator();
    menu.addAction(m_actions[Inspect]);
    menu.addAction(m_actions[Extract]);
    menu.addSeparator();
    menu.addAction(m_actions[OpenInBrowser]);
    menu.addAction(m_actions[CopyLink]);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void DownloadsPanel::removeCurrent()
{
    Download *d = currentDownload();
    if (!d || !isFinal(d->state()))
        return;
    if (d->state() != DownloadState::Failed) {
        m_manager->remove(d);
        return;
    }
    // A failed download's .part goes too: no row is left to resume it from. It is removed once
    // cancelled, after the signal that says so (removing deletes it).
    connect(d, &Download::stateChanged, this, [this](Download *download, DownloadState state) {
        if (state != DownloadState::Cancelled)
            return;
        QMetaObject::invokeMethod(this, [this, cancelled = QPointer<Download>(download)] {
            if (cancelled)
                m_manager->remove(cancelled);
        }, Qt::QueuedConnection);
    });
    d->cancel();
}

void DownloadsPanel::clearFinished()
{
    const QList<Download *> all = m_manager->downloads();
    for (Download *d : all) {
        if (d->state() == DownloadState::Completed || d->state() == DownloadState::Cancelled)
            m_manager->remove(d);
    }
}

void DownloadsPanel::openFolder()
{
    const Download *d = currentDownload();
    if (!d)
        return;
    const QFileInfo file(d->finalPath());
    const QString folder = QDir::toNativeSeparators(file.absolutePath());
    if (!file.absoluteDir().exists())
        Q_EMIT message(tr("The folder %1 does not exist (yet).").arg(folder));
    else if (!FileReveal::showInFolder(file.absoluteFilePath()))
        Q_EMIT message(tr("No file manager could open %1.").arg(folder));
    else
        Q_EMIT message(tr("Opened %1.").arg(folder));
}

void DownloadsPanel::copyPath()
{
    if (const Download *d = currentDownload()) {
        QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(d->finalPath()));
        Q_EMIT message(tr("Copied the path of %1.").arg(d->request().fileName));
    }
}

QUrl DownloadsPanel::currentUrl() const
{
    const Download *d = currentDownload();
    if (!d || d->request().urls.isEmpty())
        return {};
    // The mirror in use or last used, else the first.
    const int mirror = d->status().mirrorNumber;
    return d->request().urls.value(mirror > 0 ? mirror - 1 : 0);
}

void DownloadsPanel::openInBrowser()
{
    const QUrl url = currentUrl();
    if (url.isEmpty())
        return;
    if (QDesktopServices::openUrl(url))
        Q_EMIT message(tr("Opened %1 in your browser.").arg(url.host()));
    else
        Q_EMIT message(tr("Could not open %1 in a browser.").arg(url.toDisplayString()));
}

void DownloadsPanel::copyLink()
{
    const QUrl url = currentUrl();
    if (url.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(url.toString());
    Q_EMIT message(tr("Copied the link to %1.").arg(url.toDisplayString()));
}
