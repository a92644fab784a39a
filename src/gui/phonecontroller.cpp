// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonecontroller.h"

#include "devicepanel.h"
#include "catalog/catalogtreemodel.h"
#include "phone/deviceprobe.h"

#include <QAction>
#include <QDockWidget>
#include <QMessageBox>
#include <QPushButton>

PhoneController::PhoneController(CatalogTreeModel *tree, QWidget *window)
    : QObject(window)
    , m_tree(tree)
    , m_window(window)
    , m_probe(new DeviceProbe(this))
    , m_panel(new DevicePanel)
    , m_dock(new QDockWidget(tr("Phone"), window))
    , m_settings(PhoneSettings::load())
{
    m_dock->setObjectName(QStringLiteral("phoneDock")); // for saveState()
    m_dock->setWidget(m_panel);
    m_dock->toggleViewAction()->setText(tr("&Phone"));
    connect(m_dock, &QDockWidget::dockLocationChanged, m_panel, [this](Qt::DockWidgetArea area) {
        m_panel->setWide(area == Qt::BottomDockWidgetArea || area == Qt::TopDockWidgetArea);
    });
    connect(m_probe, &DeviceProbe::finished, this, &PhoneController::onScanned);
    connect(m_panel, &DevicePanel::phoneChosen, this, &PhoneController::choosePhone);
    connect(m_panel, &DevicePanel::versionActivated, this, &PhoneController::versionRequested);
}

PhoneController::~PhoneController() = default;

void PhoneController::setDetectAction(QAction *action)
{
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    action->setIcon(QIcon::fromTheme(QStringLiteral("smartphone"), QIcon(QStringLiteral(":/icons/smartphone.svg"))));
    m_panel->setDetectAction(action);
    connect(action, &QAction::triggered, this, &PhoneController::detect);
}

void PhoneController::setSettings(const PhoneSettings &settings)
{
    m_settings = settings;
    m_settings.save();
}

bool PhoneController::isDetecting() const
{
    return m_probe->isRunning();
}

void PhoneController::detectAtStart()
{
    startDetection(true);
}

void PhoneController::detect()
{
    startDetection(false);
}

void PhoneController::startDetection(bool automatic)
{
    if (m_probe->isRunning())
        return;
    m_automatic = automatic;
    m_dock->show();
    m_dock->raise();
    m_panel->showDetecting();
    Q_EMIT statusMessage(tr("Looking for a phone…"));
    m_probe->setTools(m_settings);
    m_probe->start();
}

void PhoneController::onScanned(const PhoneScan &scan)
{
    m_scan = scan;
    // The first phone that can be read; else the first one, to show what it needs.
    m_chosen = scan.phones.isEmpty() ? -1 : 0;
    for (int i = 0; i < scan.phones.size(); ++i) {
        if (scan.phones[i].isReady()) {
            m_chosen = i;
            break;
        }
    }
    m_panel->showScan(scan, m_chosen);
    if (m_chosen < 0) {
        m_match.reset();
        applyMarks();
        Q_EMIT phoneChanged();
        Q_EMIT statusMessage(scan.allToolsFailed() ? tr("Phone detection needs adb or fastboot.")
                                                 : tr("No phone found."));
    } else {
        choosePhone(m_chosen);
        const int ready = int(scan.readyPhones().size());
        if (ready > 1)
            Q_EMIT statusMessage(tr("Phones connected: %1. Pick one in the Phone panel.").arg(ready));
        else if (m_match)
            Q_EMIT statusMessage(tr("Detected %1.").arg(m_match->phone.displayName()));
    }
    Q_EMIT detectionFinished();
}

void PhoneController::choosePhone(int index)
{
    if (index < 0 || index >= m_scan.phones.size())
        return;
    m_chosen = index;
    showChosen(true);
}

void PhoneController::showChosen(bool selectDevice)
{
    const PhoneInfo &phone = m_scan.phones[m_chosen];
    const CatalogPtr catalog = m_tree->catalog();
    m_selectWhenMatched = selectDevice && !catalog;
    if (!phone.isReady() || !catalog) {
        m_match.reset();
        if (phone.isReady()) {
            PhoneMatch unmatched;
            unmatched.phone = phone;
            m_panel->showMatch(unmatched, nullptr);
        } else {
            m_panel->showPhoneProblem(phone);
        }
        applyMarks();
        Q_EMIT phoneChanged();
        return;
    }
    m_match = PhoneMatcher::match(*catalog, phone);
    m_panel->showMatch(*m_match, catalog.get());
    applyMarks();
    Q_EMIT phoneChanged();
    if (selectDevice && m_match->device >= 0)
        Q_EMIT phoneLocated(m_match->device, m_match->installedPage);
}

void PhoneController::catalogChanged()
{
    if (m_chosen >= 0)
        showChosen(m_selectWhenMatched);
}

void PhoneController::applyMarks()
{
    QSet<QString> installed, newer, phoneFolders;
    const CatalogPtr catalog = m_tree->catalog();
    if (m_match && catalog && m_match->found()) {
        const auto key = [&catalog](int page) {
            const CatalogPage &p = catalog->pages()[page];
            return CatalogTreeModel::pageKey(p.folder, p.version);
        };
        if (m_match->installedPage >= 0)
            installed.insert(key(m_match->installedPage));
        for (int page : m_match->newerPages)
            newer.insert(key(page));
        phoneFolders.insert(m_match->folder);
    }
    m_tree->setPageMarks(CatalogTreeModel::InstalledMark, installed);
    m_tree->setPageMarks(CatalogTreeModel::NewerMark, newer);
    m_tree->setDeviceMarks(CatalogTreeModel::PhoneMark, phoneFolders);
}

std::optional<PhoneInfo> PhoneController::readyPhone() const
{
    if (m_match)
        return m_match->phone;
    if (m_chosen >= 0 && m_chosen < m_scan.phones.size() && m_scan.phones.at(m_chosen).isReady())
        return m_scan.phones.at(m_chosen);
    return std::nullopt;
}

QStringList PhoneController::warningsFor(const RomFile &file) const
{
    return m_match ? m_match->advisor.warnings(file) : QStringList();
}

void PhoneController::confirmDownload(const RomFile &file, const std::function<void()> &download)
{
    const QStringList warnings = warningsFor(file);
    if (warnings.isEmpty()) {
        download();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Check Before Downloading"),
                                tr("%1 may not suit the connected phone, %2.").arg(file.fileName, m_match->phone.displayName()),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("phoneWarningBox"));
    box->setInformativeText(warnings.join(QLatin1String("\n\n")));
    QPushButton *anyway = box->addButton(tr("&Download Anyway"), QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [box, anyway, download] {
        if (box->clickedButton() == static_cast<QAbstractButton *>(anyway))
            download();
    });
    box->open();
}
