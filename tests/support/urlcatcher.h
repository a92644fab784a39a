// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

// Stands in for the system browser or file manager: QDesktopServices::setUrlHandler(scheme,
// &catcher, "open") makes QDesktopServices::openUrl() hand it the URLs instead.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};
