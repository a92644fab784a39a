// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The main window's state between runs, kept with QSettings (native format) under "MainWindow".
struct SessionSettings
{
    QByteArray geometry;
    QByteArray windowState;
    QByteArray splitterState;
    QByteArray treeHeaderState;
    QString lastFolder;  // the last selected version: device folder ...
    QString lastVersion; // ... and version

    static SessionSettings load();
    void save() const;
};
