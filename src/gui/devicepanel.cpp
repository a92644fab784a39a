// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicepanel.h"

#include "catalogterms.h"
#include "fieldlabel.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int FolderRole = Qt::UserRole + 1;
constexpr int VersionRole = Qt::UserRole + 2;
constexpr int SectionRole = Qt::UserRole + 3;

QString pickerText(const PhoneInfo &phone)
{
    if (phone.isReady())
        return DevicePanel::tr("%1 — %2, %3").arg(phone.displayName(), phone.connectionName(), phone.serial);
    return DevicePanel::tr("%1 — %2: %3")
        .arg(phone.serial.isEmpty() ? DevicePanel::tr("Unknown phone") : phone.serial, phone.connectionName(),
             phone.stateText.section(QLatin1Char(' '), 0, 1));
}

} // namespace

DevicePanel::DevicePanel(QWidget *parent)
    : QWidget(parent)
    , m_detectButton(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_pickerRow(new QWidget(this))
    , m_picker(new QComboBox(m_pickerRow))
    , m_details(new QWidget(this))
    , m_form(new QFormLayout(m_details))
    , m_notes(new QLabel(this))
    , m_recommendedTitle(new QLabel(tr("Recommended ROMs"), this))
    , m_recommended(new QTreeWidget(this))
{
    // Two columns side by side in a wide dock (bottom), one above the other in a tall one.
    m_columns = new QBoxLayout(QBoxLayout::TopToBottom, this);
    auto *layout = new QVBoxLayout;
    m_columns->addLayout(layout, 0);
    auto *listColumn = new QVBoxLayout;
    m_columns->addLayout(listColumn, 1);

    auto *top = new QHBoxLayout;
    m_detectButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    top->addWidget(m_detectButton);
    top->addStretch(1);
    layout->addLayout(top);
    m_status->setObjectName(QStringLiteral("phoneStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Connect the phone by USB with USB debugging on, or in fastboot mode, then detect it."));
    layout->addWidget(m_status);

    auto *pickerLayout = new QHBoxLayout(m_pickerRow);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    auto *pickerLabel = new QLabel(tr("&Phone:"), m_pickerRow);
    pickerLabel->setBuddy(m_picker);
    pickerLayout->addWidget(pickerLabel);
    pickerLayout->addWidget(m_picker, 1);
    m_picker->setAccessibleName(tr("Connected phones"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(16);
    connect(m_picker, qOverload<int>(&QComboBox::activated), this, &DevicePanel::phoneChosen);
    layout->addWidget(m_pickerRow);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int f = 0; f < FieldCount; ++f) {
        const auto field = Field(f);
        m_values[f] = new FieldLabel(m_details);
        m_values[f]->setAccessibleName(fieldName(field));
        m_names[f] = new CaptionLabel(fieldName(field), m_values[f], m_details);
        m_form->addRow(m_names[f], m_values[f]);
    }
    layout->addWidget(m_details);

    // What speaks against the phone's state: in the tooltip colours, which every palette pairs.
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setFrameShape(QFrame::StyledPanel);
    m_notes->setMargin(6);
    m_notes->setAccessibleName(tr("Notes about the phone"));
    layout->addWidget(m_notes);

    QFont bold = m_recommendedTitle->font();
    bold.setBold(true);
    m_recommendedTitle->setFont(bold);
    m_recommendedTitle->setBuddy(m_recommended);
    layout->addStretch(1);
    listColumn->addWidget(m_recommendedTitle);
    m_recommended->setColumnCount(5);
    //: Column header. A ROM's release channel: Stable, Weekly, Stable Beta… (names stay in English)
    const QString branch = tr("Branch");
    //: Column header. How a ROM is installed: Recovery or Fastboot (names stay in English)
    const QString type = tr("Type");
    m_recommended->setHeaderLabels({tr("Version"), branch, type, tr("Region"), tr("Size")});
    m_recommended->setRootIsDecorated(false);
    m_recommended->setUniformRowHeights(true);
    m_recommended->setAllColumnsShowFocus(true);
    m_recommended->setAlternatingRowColors(true);
    m_recommended->setAccessibleName(tr("Recommended ROMs"));
    m_recommended->setToolTip(tr("The newest ROM per branch and type for the phone's region first; "
                                 "Enter or a double click opens the version"));
    m_recommended->header()->setStretchLastSection(false);
    m_recommended->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_recommended, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT versionActivated(item->data(0, FolderRole).toString(), item->data(0, VersionRole).toString(),
                                item->data(0, SectionRole).toString());
    });
    listColumn->addWidget(m_recommended, 1);

    m_pickerRow->hide();
    clearPhone();
}

void DevicePanel::setWide(bool wide)
{
    m_columns->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    fitColumns();
    // Beside the list, values such as "V14.0.7.0.TKHMIXM (Stable)" keep to one line.
    m_details->setMinimumWidth(wide ? fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26 : 0);
}

bool DevicePanel::isWide() const
{
    return m_columns->direction() == QBoxLayout::LeftToRight;
}

QSize DevicePanel::sizeHint() const
{
    // Room for the recommended list's columns ("OS1.0.5.0.TKHMIXM  Stable Beta  Recovery  Indonesia  5.5 GB").
    const QSize hint = QWidget::sizeHint();
    return {qMax(hint.width(), fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30), hint.height()};
}

QString DevicePanel::fieldName(Field field)
{
    switch (field) {
    case Name: return tr("Name");
    case Codename: return tr("Codename");
    //: The phone's build variant, e.g. alioth_global
    case Variant: return tr("Variant");
    case Region: return tr("Region");
    //: The ROM version installed on the phone
    case Installed: return tr("Installed");
    case Android: return tr("Android");
    //: Xiaomi's anti-rollback index of the phone (a number; a lower one cannot be flashed)
    case Anti: return tr("Anti-rollback");
    //: How the phone is connected: adb or fastboot
    case Connection: return tr("Connection");
    case FieldCount: break;
    }
    return {};
}

void DevicePanel::setDetectAction(QAction *action)
{
    m_detectButton->setDefaultAction(action);
}

bool DevicePanel::isFieldShown(Field field) const
{
    return !m_details->isHidden() && m_form->isRowVisible(m_values[field]);
}

QString DevicePanel::statusText() const
{
    return m_status->text();
}

QString DevicePanel::notesText() const
{
    return m_notes->isHidden() ? QString() : m_notes->text();
}

void DevicePanel::clearPhone()
{
    m_details->hide();
    m_notes->hide();
    m_recommendedTitle->hide();
    m_recommended->clear();
    m_recommended->hide();
    fitColumns();
}

// Without a list of ROMs beside it, the phone's column (its status, its advice) takes the width.
void DevicePanel::fitColumns()
{
    const bool list = !m_recommended->isHidden();
    m_columns->setStretch(0, list ? 0 : 1);
    m_columns->setStretch(1, list ? 1 : 0);
}

void DevicePanel::setField(Field field, const QString &value)
{
    m_values[field]->setValue(value);
    m_form->setRowVisible(m_values[field], !value.isEmpty());
}

void DevicePanel::setNotes(const QStringList &notes, bool warning)
{
    m_notes->setText(notes.join(QLatin1String("\n\n")));
    m_notes->setBackgroundRole(warning ? QPalette::ToolTipBase : QPalette::Window);
    m_notes->setForegroundRole(warning ? QPalette::ToolTipText : QPalette::WindowText);
    m_notes->setAutoFillBackground(warning);
    m_notes->setVisible(!notes.isEmpty());
}

void DevicePanel::showDetecting()
{
    m_status->setText(tr("Looking for a phone…"));
}

void DevicePanel::showScan(const PhoneScan &scan, int chosen)
{
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->clear();
        for (const PhoneInfo &phone : scan.phones)
            m_picker->addItem(pickerText(phone));
        m_picker->setCurrentIndex(chosen);
    }
    m_pickerRow->setVisible(scan.phones.size() > 1);
    if (scan.phones.isEmpty()) {
        QStringList lines = scan.toolProblems;
        if (!scan.allToolsFailed())
            lines << tr("No phone found. Connect it by USB with USB debugging on (Settings → Additional "
                        "settings → Developer options), or start it in fastboot mode, then detect again.");
        m_status->setText(lines.join(QLatin1String("\n\n")));
        clearPhone();
    } else if (scan.phones.size() > 1) {
        m_status->setText(tr("Phones connected: %1. Pick one.").arg(scan.phones.size()));
    } else {
        m_status->clear();
    }
    m_status->setVisible(!m_status->text().isEmpty());
}

void DevicePanel::showMatch(const PhoneMatch &match, const Catalog *catalog)
{
    const PhoneInfo &phone = match.phone;
    QString name = phone.model;
    if (name.isEmpty() && catalog && match.device >= 0)
        name = catalog->devices()[match.device].marketingName;
    setField(Name, name);
    setField(Codename, phone.codename());
    setField(Variant, phone.variant);
    QString region = phone.romRegion();
    if (!phone.hardwareRegion().isEmpty() && phone.hardwareRegion() != region)
        region = region.isEmpty() ? tr("%1 hardware").arg(phone.hardwareRegion())
                                  : tr("%1 (hardware: %2)").arg(region, phone.hardwareRegion());
    setField(Region, region);
    QString installed = phone.installedVersion;
    if (!installed.isEmpty() && !match.advisor.installedBranch().isEmpty())
        installed = tr("%1 (%2)").arg(installed, match.advisor.installedBranch());
    setField(Installed, installed);
    setField(Android, phone.androidVersion);
    setField(Anti, phone.anti ? QString::number(*phone.anti) : QString());
    setField(Connection, tr("%1 · serial %2").arg(phone.connectionName(), phone.serial));
    m_details->show();

    QStringList notes = match.notes;
    if (match.installedPage >= 0) {
        notes.prepend(match.newerPages.isEmpty()
                          ? tr("The installed version is the newest for its region and branch.")
                          : tr("Newer versions for its region and branch: %1, marked “Newer” in the tree.")
                                .arg(match.newerPages.size()));
    }
    // Notes beyond the version count are warnings (region, fastboot mode, not in the catalog).
    setNotes(notes, notes.size() > (match.installedPage >= 0 ? 1 : 0));

    m_recommended->clear();
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const PhoneCandidate &candidate : match.recommended + match.installedFirmware) {
        if (!catalog)
            break;
        const RomFile &file = catalog->files()[candidate.file];
        const CatalogPage &page = catalog->pages()[candidate.page];
        const bool rom = isRomSection(page.os);
        auto *item = new QTreeWidgetItem(m_recommended, {file.version, CatalogTerms::branch(file.branch),
                                                         CatalogTerms::fileKind(file, page.os),
                                                         CatalogTerms::region(file.region()), file.size});
        item->setData(0, FolderRole, page.folder);
        item->setData(0, VersionRole, page.version);
        item->setData(0, SectionRole, osSlug(page.os));
        QString tip = file.fileName;
        if (!rom)
            tip += QLatin1String("\n\n")
                + tr("The firmware of the installed version without its system, for those who run a custom ROM.");
        if (!candidate.warnings.isEmpty()) {
            item->setIcon(0, warningIcon);
            tip += QLatin1String("\n\n") + candidate.warnings.join(QLatin1String("\n\n"));
        }
        for (int c = 0; c < m_recommended->columnCount(); ++c)
            item->setToolTip(c, tip);
    }
    m_recommendedTitle->setVisible(match.found());
    m_recommended->setVisible(match.found());
    fitColumns();
}

void DevicePanel::showPhoneProblem(const PhoneInfo &phone)
{
    for (int f = 0; f < FieldCount; ++f)
        setField(Field(f), QString());
    const QString serial = phone.serial.isEmpty() ? tr("unknown") : phone.serial;
    setField(Connection, tr("%1 · serial %2").arg(phone.connectionName(), serial));
    m_details->show();
    setNotes({phone.problem}, true);
    m_recommended->clear();
    m_recommendedTitle->hide();
    m_recommended->hide();
    fitColumns();
}
