// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadspanel.h"

#include "toolbartexts.h"
#include "download/download.h"
#include "download/downloadlistmodel.h"
#include "download/downloadmanager.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// Paints the progress column as a progress bar with the state text on it.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != DownloadListModel::ProgressColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // The row's selection background first, then the bar on top.
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        const int progress = index.data(DownloadListModel::ProgressRole).toInt();
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.direction = option.direction;
        bar.fontMetrics = option.fontMetrics;
        bar.palette = option.palette;
        bar.minimum = 0;
        // Unknown size (nothing received yet, paused or failed before the first byte): an empty
        // bar with the state text. A 0/0 "busy" bar paints as full in a delegate and reads as 100 %.
        bar.maximum = 1000;
        bar.progress = std::max(0, progress);
        bar.text = index.data(DownloadListModel::StatusTextRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == DownloadListModel::MirrorColumn)
            option->textElideMode = Qt::ElideMiddle; // long hosts keep their "(2/5)"
    }

public:
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() == DownloadListModel::ProgressColumn)
            size.setWidth(std::max(size.width(), 220));
        return size;
    }
};

} // namespace

DownloadsPanel::DownloadsPanel(DownloadManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_model(new DownloadListModel(manager, this))
    , m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Downloads"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegate(new ProgressDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DownloadListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DownloadListModel::ProgressColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(DownloadListModel::ProgressColumn, 260);
    m_view->header()->resizeSection(DownloadListModel::MirrorColumn, 190);

    createActions();
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : m_actions) {
        toolBar->addAction(action);
        if (action == m_actions[CopyPath])
            toolBar->addSeparator();
    }
    dropMnemonicSuffixes(toolBar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);

    connect(m_view, &QWidget::customContextMenuRequested, this, &DownloadsPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DownloadsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DownloadsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DownloadsPanel::updateActions);
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
    make(OpenFolder, tr("Open &Folder"), QStringLiteral("folder-open"), [this] { openFolder(); });
    make(CopyPath, tr("Copy Pat&h"), QStringLiteral("edit-copy"), [this] { copyPath(); });
    make(PauseAll, tr("Pause &All"), QString(), [this] { m_manager->pauseAll(); });
    make(ResumeAll, tr("Resume A&ll"), QString(), [this] { m_manager->resumeAll(); });
    make(Inspect, tr("&Inspect ROM"), QStringLiteral("document-properties"), [this] {
        if (const Download *d = currentDownload())
            Q_EMIT inspectRequested(d->finalPath());
    });
    make(Extract, tr("E&xtract"), QStringLiteral("archive-extract"), [this] {
        if (const Download *d = currentDownload())
            Q_EMIT extractRequested(d->finalPath());
    });
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
    // A failed download may still have a .part to throw away.
    m_actions[Cancel]->setEnabled(d && state != DownloadState::Completed && state != DownloadState::Cancelled);
    m_actions[Retry]->setEnabled(d && (state == DownloadState::Failed || state == DownloadState::Cancelled));
    m_actions[OpenFolder]->setEnabled(d);
    m_actions[CopyPath]->setEnabled(d);
    m_actions[Inspect]->setEnabled(d && state == DownloadState::Completed);
    // Xiaomi's Fastboot ROMs are .tgz; the extraction itself tells any other file apart.
    m_actions[Extract]->setEnabled(d && state == DownloadState::Completed
                                   && d->request().fileName.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive));
}

void DownloadsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    for (Action which : {Pause, Resume, Cancel, Retry})
        menu.addAction(m_actions[which]);
    menu.addSeparator();
    menu.addAction(m_actions[OpenFolder]);
    menu.addAction(m_actions[CopyPath]);
    menu.addSeparator();
    menu.addAction(m_actions[Inspect]);
    menu.addAction(m_actions[Extract]);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void DownloadsPanel::openFolder()
{
    if (const Download *d = currentDownload())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(d->finalPath()).absolutePath()));
}

void DownloadsPanel::copyPath()
{
    if (const Download *d = currentDownload())
        QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(d->finalPath()));
}
