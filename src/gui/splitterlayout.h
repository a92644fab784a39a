// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <functional>

class QSplitter;

// The main window's splitter between the tree and the details. Saved sizes only stick once the
// splitter has its final width, so they are applied when the window is shown; a first start
// (nothing saved) is sized again when a catalog tells how wide its tree needs to be, and the
// tree's columns are fitted to that width.
class SplitterLayout
{
public:
    SplitterLayout(QSplitter *splitter, std::function<void()> fitColumns);

    void restoreLater(const QByteArray &state); // the session's sizes, for the next shown()
    void shown(bool haveCatalog);               // the window is shown and laid out
    void catalogSet();                          // a catalog arrived

private:
    QSplitter *m_splitter;
    std::function<void()> m_fitColumns;
    QByteArray m_pending;
    bool m_restored = false;
    bool m_sized = false; // from the session, or for the tree of a loaded catalog
};
