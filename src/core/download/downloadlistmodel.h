// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

class Download;
class DownloadManager;

// The download queue as a table: name, size, progress/state, speed, ETA, mirror (or, for a
// segmented download, "6 connections · 3 mirrors" with each mirror's speed in the tooltip). Row i
// is DownloadManager::downloads()[i].
class DownloadListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, ProgressColumn, SpeedColumn, EtaColumn, MirrorColumn, ColumnCount };
    enum Role {
        ProgressRole = Qt::UserRole, // 0-1000 (per mille), -1 when unknown
        StateRole,                   // int(DownloadState)
        StatusTextRole,              // "Retrying in 3 s: connection reset"
        FinalPathRole,               // where the file is (or will be)
        VerificationRole,            // int(Verification)
        MirrorRole,                  // host of the mirror in use or last used ("bn.d.miui.com"), empty before
        SegmentsRole,                // QByteArray: how full each slice of the file is (0-255), empty when not segmented
    };

    explicit DownloadListModel(DownloadManager *manager, QObject *parent = nullptr);

    Download *download(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    DownloadManager *m_manager;
};
