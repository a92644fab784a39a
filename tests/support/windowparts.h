// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's parts, found by their object names as a user's tools (and Qt's own
// findChild) see them: MainWindow keeps no accessors for tests.
#pragma once

#include "catalogbrowser.h"
#include "catalogrefresher.h"
#include "detailspane.h"
#include "downloadnotifier.h"
#include "downloadsdock.h"
#include "downloadspanel.h"
#include "flashcontroller.h"
#include "phonecontroller.h"
#include "searchfield.h"
#include "catalog/catalogfiltermodel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QTreeView>

namespace WindowParts {

template<typename T>
T *part(const QObject &window, const char *name)
{
    T *found = window.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("the window has no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

inline CatalogBrowser *browser(const QObject &w) { return part<CatalogBrowser>(w, "catalogBrowser"); }
inline SearchField *searchField(const QObject &w) { return part<SearchField>(w, "searchField"); }
inline QComboBox *branchCombo(const QObject &w) { return part<QComboBox>(w, "branchCombo"); }
inline QComboBox *typeCombo(const QObject &w) { return part<QComboBox>(w, "typeCombo"); }
inline QComboBox *regionCombo(const QObject &w) { return part<QComboBox>(w, "regionCombo"); }
inline QTreeView *catalogView(const QObject &w) { return part<QTreeView>(w, "catalogView"); }
inline CatalogFilterModel *filterModel(const QObject &w) { return part<CatalogFilterModel>(w, "catalogFilter"); }
inline DetailsPane *detailsPane(const QObject &w) { return part<DetailsPane>(w, "detailsPane"); }
inline QString catalogStatusText(const QObject &w) { return part<QLabel>(w, "catalogStatus")->text(); }
inline DownloadsDock *downloadsDock(const QObject &w) { return part<DownloadsDock>(w, "downloadsDock"); }
inline DownloadsPanel *downloadsPanel(const QObject &w) { return part<DownloadsPanel>(w, "downloadsPanel"); }
inline DownloadNotifier *downloadNotifier(const QObject &w) { return part<DownloadNotifier>(w, "downloadNotifier"); }
inline PhoneController *phoneController(const QObject &w) { return part<PhoneController>(w, "phoneController"); }
inline CatalogRefresher *catalogRefresher(const QObject &w) { return part<CatalogRefresher>(w, "catalogRefresher"); }
inline FlashController *flashController(const QObject &w) { return part<FlashController>(w, "flashController"); }
inline QAction *inspectRomAction(const QObject &w) { return part<QAction>(w, "actionInspectRom"); }

} // namespace WindowParts
