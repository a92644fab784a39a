// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadlistmodel.h"

#include "download/downloadmanager.h"

DownloadListModel::DownloadListModel(DownloadManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
{
    connect(manager, &DownloadManager::aboutToAdd, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(manager, &DownloadManager::added, this, [this] { endInsertRows(); });
    connect(manager, &DownloadManager::aboutToRemove, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(manager, &DownloadManager::removed, this, [this] { endRemoveRows(); });
    connect(manager, &DownloadManager::downloadChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

Download *DownloadListModel::download(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_manager->downloads().size())
        return nullptr;
    return m_manager->downloads().at(index.row());
}

int DownloadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_manager->downloads().size());
}

int DownloadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DownloadListModel::data(const QModelIndex &index, int role) const
{
    const Download *d = download(index);
    if (!d)
        return QVariant();
    const DownloadStatus &s = d->status();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return d->request().fileName;
        case SizeColumn:
            if (s.total >= 0 && s.state != DownloadState::Verifying)
                return DownloadText::bytes(s.total);
            return d->request().sizeText.isEmpty() ? DownloadText::bytes(d->request().exactSize) : d->request().sizeText;
        case ProgressColumn: return DownloadText::describe(s);
        case SpeedColumn:
            //: Per second, after a size: "2.5 MB/s"
            return s.state == DownloadState::Downloading ? DownloadText::bytes(s.speed) + tr("/s") : QString();
        case EtaColumn:
            return s.state == DownloadState::Downloading && s.etaSeconds >= 0 ? DownloadText::duration(s.etaSeconds)
                                                                             : QString();
        case MirrorColumn: {
            const QString connections = DownloadText::connections(s);
            return s.state == DownloadState::Downloading && !connections.isEmpty() ? connections : DownloadText::mirror(s);
        }
        }
        break;
    case Qt::ToolTipRole:
        if (s.state == DownloadState::Downloading && !s.mirrorSpeeds.isEmpty() && !DownloadText::connections(s).isEmpty())
            return QStringLiteral("%1\n%2\n%3\n%4")
                .arg(d->finalPath(), DownloadText::describe(s), DownloadText::connections(s), DownloadText::mirrorSpeeds(s));
        if (!s.mirror.isEmpty())
            return tr("%1\n%2\nfrom mirror %3 of %4: %5")
                .arg(d->finalPath(), DownloadText::describe(s))
                .arg(s.mirrorNumber)
                .arg(s.mirrorCount)
                .arg(d->request().urls.value(s.mirrorNumber - 1).toString());
        return QStringLiteral("%1\n%2").arg(d->finalPath(), DownloadText::describe(s));
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == SpeedColumn || index.column() == EtaColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ProgressRole:
        if (s.state == DownloadState::Completed)
            return 1000;
        return s.total > 0 ? int(std::min<qint64>(1000, s.received * 1000 / s.total)) : -1;
    case StateRole: return int(s.state);
    case StatusTextRole: return DownloadText::describe(s);
    case FinalPathRole: return d->finalPath();
    case VerificationRole: return int(s.verification);
    case MirrorRole: return s.mirror;
    case SegmentsRole: return s.state == DownloadState::Downloading ? s.segments : QByteArray();
    }
    return QVariant();
}

QVariant DownloadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn: return tr("Name");
    case SizeColumn: return tr("Size");
    //: Column header: the download's state and how far it got
    case ProgressColumn: return tr("Progress");
    case SpeedColumn: return tr("Speed");
    case EtaColumn: return tr("Time left");
    //: Column header: the server (one of several copies of the file) a download comes from
    case MirrorColumn: return tr("Mirror");
    }
    return QVariant();
}

QHash<int, QByteArray> DownloadListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProgressRole, "progress");
    names.insert(StateRole, "state");
    names.insert(StatusTextRole, "statusText");
    names.insert(FinalPathRole, "finalPath");
    names.insert(VerificationRole, "verification");
    names.insert(MirrorRole, "mirror");
    names.insert(SegmentsRole, "segments");
    return names;
}
