// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// The download mirrors of a ROM file: the same path on several hosts, listed in page order.
namespace Mirrors {

// How a mirror is named to the user and in preferences: its host, with the port when the URL
// names one ("bn.d.miui.com", "127.0.0.1:8080").
QString name(const QUrl &url);

// The hosts the website lists, in its order; Preferences offers them as the preferred mirror.
QStringList knownHosts();

// Whether a host is Xiaomi's: only then may a file gone from every mirror be "removed by Xiaomi".
bool isXiaomiHost(const QString &host);

// The order in which to try a file's mirrors: the chosen URL first (when valid: the user picked it
// from the Download menu), then the URLs of the preferred mirror (a name() as above; empty: none),
// then the others in page order.
QList<QUrl> ordered(const QList<QUrl> &pageOrder, const QString &preferred, const QUrl &chosen = QUrl());

} // namespace Mirrors
