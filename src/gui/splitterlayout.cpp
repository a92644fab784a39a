// SPDX-License-Identifier: GPL-3.0-or-later
#include "splitterlayout.h"

#include "sessionsettings.h"

#include <QSplitter>

#include <utility>

SplitterLayout::SplitterLayout(QSplitter *splitter, std::function<void()> fitColumns)
    : m_splitter(splitter)
    , m_fitColumns(std::move(fitColumns))
{
}

void SplitterLayout::restoreLater(const QByteArray &state)
{
    m_pending = state;
    m_restored = false;
}

void SplitterLayout::shown(bool haveCatalog)
{
    if (m_restored)
        return;
    m_restored = true;
    const bool restored = SessionSettings::restoreSplitter(*m_splitter, m_pending);
    m_sized = restored || haveCatalog;
    if (!restored && haveCatalog)
        m_fitColumns(); // a first start: the tree's width is known now
    m_pending.clear();
}

void SplitterLayout::catalogSet()
{
    // A first run's sizes, made before the catalog told how wide its tree needs to be: again.
    if (!m_restored || m_sized)
        return;
    m_sized = true;
    SessionSettings::restoreSplitter(*m_splitter, {});
    m_fitColumns();
}
