// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "phone/phonematcher.h"
#include "phone/phonesettings.h"

#include <QObject>

#include <functional>
#include <optional>

class CatalogTreeModel;
class DeviceProbe;
class DevicePanel;
class QAction;
class QDockWidget;
class QWidget;

// The phone side of the main window: runs a detection (DeviceProbe, never blocking the window),
// lets the user pick one of several phones, matches it to the catalog, shows it in the "Phone"
// dock, marks the tree (the device, its installed version, the newer ones) and answers which
// warnings a ROM file carries for it.
class PhoneController : public QObject
{
    Q_OBJECT

public:
    PhoneController(CatalogTreeModel *tree, QWidget *window);
    ~PhoneController() override;

    QDockWidget *dock() const { return m_dock; }
    DevicePanel *panel() const { return m_panel; }
    DeviceProbe *probe() const { return m_probe; }
    // The action that starts a detection (toolbar, Tools menu, the panel's button): it gets its
    // shortcut and icon here.
    void setDetectAction(QAction *action);

    const PhoneSettings &settings() const { return m_settings; }
    // Saves the settings and uses their tool paths from the next detection on.
    void setSettings(const PhoneSettings &settings);

    // A detection the user asked for: its phone is selected in the tree.
    void detect();
    // The detection at start (Preferences): it selects the phone only when nothing else is selected.
    void detectAtStart();
    bool isAutomatic() const { return m_automatic; }
    bool isDetecting() const;
    // The catalog was swapped: match the phone again and mark the new tree (the selection stays).
    void catalogChanged();
    // Shows the phone at index of the last scan and selects its device in the tree.
    void choosePhone(int index);

    const PhoneScan &lastScan() const { return m_scan; }
    int chosenPhone() const { return m_chosen; }
    // The match of the chosen phone, when it could be read and a catalog is loaded.
    const PhoneMatch *match() const { return m_match ? &*m_match : nullptr; }
    // The chosen phone when it could be read: the one ROM files are checked against.
    std::optional<PhoneInfo> readyPhone() const;
    // What speaks against downloading this file for the chosen phone (nothing without a phone).
    QStringList warningsFor(const RomFile &file) const;
    // Calls download at once when nothing speaks against the file; else asks first, in a
    // window-modal, non-blocking message box ("Download Anyway" calls it).
    void confirmDownload(const RomFile &file, const std::function<void()> &download);

Q_SIGNALS:
    void detectionFinished();
    // The chosen phone or its match changed: cards showing warnings should refresh.
    void phoneChanged();
    // The phone was matched: select its installed version's row (page, when the catalog has it)
    // or its device row.
    void phoneLocated(int device, int installedPage);
    // The panel asked to open a version.
    void versionRequested(const QString &folder, const QString &version, const QString &section);
    void statusMessage(const QString &message);

private:
    void startDetection(bool automatic);
    void onScanned(const PhoneScan &scan);
    void showChosen(bool selectDevice);
    void applyMarks();

    CatalogTreeModel *m_tree;
    QWidget *m_window;
    DeviceProbe *m_probe;
    DevicePanel *m_panel;
    QDockWidget *m_dock;
    PhoneSettings m_settings;
    PhoneScan m_scan;
    int m_chosen = -1;
    bool m_selectWhenMatched = false; // detected before the catalog was loaded
    bool m_automatic = false;
    std::optional<PhoneMatch> m_match;
};
