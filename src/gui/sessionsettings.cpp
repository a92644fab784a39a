// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsettings.h"

#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStyle>

namespace {
const QString Group = QStringLiteral("MainWindow");
const QString GeometryKey = QStringLiteral("geometry");
const QString StateKey = QStringLiteral("windowState");
const QString SplitterKey = QStringLiteral("splitterState");
const QString HeaderKey = QStringLiteral("treeHeaderState");
const QString SectionKey = QStringLiteral("lastSection");
const QString FolderKey = QStringLiteral("lastFolder");
const QString VersionKey = QStringLiteral("lastVersion");
} // namespace

SessionSettings SessionSettings::load()
{
    QSettings settings;
    settings.beginGroup(Group);
    SessionSettings session;
    session.geometry = settings.value(GeometryKey).toByteArray();
    session.windowState = settings.value(StateKey).toByteArray();
    session.splitterState = settings.value(SplitterKey).toByteArray();
    session.treeHeaderState = settings.value(HeaderKey).toByteArray();
    session.lastSection = settings.value(SectionKey).toString();
    session.lastFolder = settings.value(FolderKey).toString();
    session.lastVersion = settings.value(VersionKey).toString();
    return session;
}

void SessionSettings::save() const
{
    QSettings settings;
    settings.beginGroup(Group);
    settings.setValue(GeometryKey, geometry);
    settings.setValue(StateKey, windowState);
    settings.setValue(SplitterKey, splitterState);
    settings.setValue(HeaderKey, treeHeaderState);
    settings.setValue(SectionKey, lastSection);
    settings.setValue(FolderKey, lastFolder);
    settings.setValue(VersionKey, lastVersion);
}

void SessionSettings::restoreWindow(QMainWindow &window) const
{
    if (geometry.isEmpty() || !window.restoreGeometry(geometry)) {
        if (const QScreen *screen = window.screen()) {
            const QRect available = screen->availableGeometry();
            const QSize size = QSize(1400, 900).boundedTo(available.size() * 0.9);
            window.setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
        }
    }
    if (!windowState.isEmpty())
        window.restoreState(windowState);
}

bool SessionSettings::restoreSplitter(QSplitter &splitter, const QByteArray &state)
{
    if (!state.isEmpty() && splitter.restoreState(state))
        return true;
    // The sizes share the splitter's width less its handles (setSizes() would scale them down).
    const int total = splitter.width() - splitter.handleWidth() * (splitter.count() - 1);
    const int wanted = splitter.widget(0) ? splitter.widget(0)->sizeHint().width() : 0;
    const int left = wanted > 0 ? qBound(total * 7 / 20, wanted, total / 2) : total * 9 / 20;
    splitter.setSizes({left, total - left});
    return false;
}
