// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsettings.h"

#include <QSettings>

namespace {
const QString Group = QStringLiteral("MainWindow");
const QString GeometryKey = QStringLiteral("geometry");
const QString StateKey = QStringLiteral("windowState");
const QString SplitterKey = QStringLiteral("splitterState");
const QString HeaderKey = QStringLiteral("treeHeaderState");
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
    settings.setValue(FolderKey, lastFolder);
    settings.setValue(VersionKey, lastVersion);
}
