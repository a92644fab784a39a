// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QMainWindow;
class QSplitter;

// The main window's state between runs, kept with QSettings (native format) under "MainWindow".
struct SessionSettings
{
    QByteArray geometry;
    QByteArray windowState;
    QByteArray splitterState;
    QByteArray treeHeaderState;
    QString lastSection; // the last selected version: the site section's slug ("firmware"), ...
    QString lastFolder;  // ... device folder ...
    QString lastVersion; // ... and version

    static SessionSettings load();
    void save() const;

    // The saved geometry and dock layout, or a first run's: 1400x900 at most 90 % of the screen,
    // centred.
    void restoreWindow(QMainWindow &window) const;
    // The saved sizes, or a first run's: the left side gets what its size hint asks for (every
    // column of the tree whole), between 35 % and half, the cards the rest. Only sticks once the
    // splitter has its final width (shown).
    // True when the state was restored.
    static bool restoreSplitter(QSplitter &splitter, const QByteArray &state);
};
