// SPDX-License-Identifier: GPL-3.0-or-later
#include "romcardwidget.h"

#include "catalogterms.h"
#include "changelogview.h"
#include "copyablefield.h"
#include "fieldlabel.h"
#include "phonecheckview.h"
#include "rominspectionview.h"
#include "flash/phoneromcheck.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

RomCardWidget::RomCardWidget(const RomFile &file, int fileIndex, QWidget *parent, RomOs section)
    : QFrame(parent)
    , m_file(file)
    , m_fileIndex(fileIndex)
    , m_section(section)
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("%1 file %2").arg(CatalogTerms::fileKind(file, section), file.fileName));

    auto *form = new QFormLayout(this);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A value that cannot shrink to the room beside its name (the MD5 in a narrow pane, in a
    // language of long names) goes under its name instead of widening the card past the pane.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    addPlainRow(Device, CatalogTerms::device(file));
    addPlainRow(Codename, file.codename);
    addPlainRow(Version, file.version);
    addPlainRow(Branch, CatalogTerms::branch(file.branch));
    if (isRomSection(section))
        addPlainRow(Type, CatalogTerms::type(file.type));
    if (FieldLabel *size = addPlainRow(Size, file.size); file.size.isEmpty())
        //: Size of a firmware zip that only the site's download list names (it gives no size)
        size->setValue(tr("Not published"));
    addPlainRow(ReleaseDate, file.releaseDate);

    CopyableField *name = addCopyableRow(PackageName, section == RomOs::Firmware ? tr("firmware package name") : tr("package name"));
    name->setValue(file.fileName);

    CopyableField *md5 = addCopyableRow(Md5, tr("MD5"));
    md5->label()->setElideMode(Qt::ElideNone); // compared by eye with a checksum tool's: always whole
    if (file.hasMd5())
        md5->setValue(file.md5);
    else
        md5->setUnavailable(tr("Unknown"), section == RomOs::Vendor
                                               ? tr("The website publishes no MD5 for vendor packages: a download of "
                                                    "this file is not verified unless you give its MD5.")
                                               : tr("The website does not publish an MD5 for this file, so there is none to copy."));

    addRow(Download, createDownloadRow());
    if (!isRomSection(section))
        return; // the site's firmware and vendor cards have no changelog

    m_changelog = new ChangelogView(this);
    m_changelog->setChangelog(file.changelog);
    m_values[Changelog] = m_changelog->textLabel();
    addRow(Changelog, m_changelog);
}

void RomCardWidget::setWarnings(const QStringList &warnings)
{
    if (!m_warnings) {
        m_warnings = new QLabel(this);
        m_warnings->setObjectName(QStringLiteral("phoneWarnings"));
        m_warnings->setWordWrap(true);
        m_warnings->setTextFormat(Qt::PlainText);
        m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_warnings->setFrameShape(QFrame::StyledPanel);
        m_warnings->setMargin(6);
        // Tooltip colours: every palette pairs them, dark ones too.
        m_warnings->setBackgroundRole(QPalette::ToolTipBase);
        m_warnings->setForegroundRole(QPalette::ToolTipText);
        m_warnings->setAutoFillBackground(true);
        m_warnings->setAccessibleName(tr("Warnings for the connected phone"));
        static_cast<QFormLayout *>(layout())->insertRow(0, m_warnings);
    }
    m_warnings->setText(warnings.join(QLatin1String("\n\n")));
    m_warnings->setVisible(!warnings.isEmpty());
}

bool RomCardWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_downloadButton && event->type() == QEvent::KeyPress && m_downloadButton->menu()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down && key->modifiers().testFlag(Qt::AltModifier)) || key->key() == Qt::Key_Menu) {
            m_downloadButton->showMenu();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

QString RomCardWidget::fieldName(Field field)
{
    switch (field) {
    case Device: return tr("Device");
    case Codename: return tr("Codename");
    case Version: return tr("Version");
    //: Field of a ROM card. A ROM's release channel: Stable, Weekly, Stable Beta… (names stay in English)
    case Branch: return tr("Branch");
    //: Field of a ROM card. How a ROM is installed: Recovery or Fastboot (names stay in English)
    case Type: return tr("Type");
    case Size: return tr("Size");
    case ReleaseDate: return tr("Release Date");
    case PackageName: return tr("Package Name");
    case Md5: return tr("MD5");
    //: Field of a ROM card: its download links (a noun)
    case Download: return tr("Download");
    case Changelog: return tr("Changelog");
    }
    return {};
}

QString RomCardWidget::fieldName(Field field, RomOs section)
{
    if (field == PackageName && section == RomOs::Firmware)
        //: Field of a firmware-only zip's card, as the website labels it
        return tr("Firmware Package Name");
    if (field == ReleaseDate && section == RomOs::Vendor)
        //: Field of a vendor package's card: its date, as the website's vendor list labels it
        return tr("Updated");
    return fieldName(field);
}

QLabel *RomCardWidget::nameLabel(Field field) const
{
    return m_names[field];
}

FieldLabel *RomCardWidget::valueLabel(Field field) const
{
    return m_values[field];
}

QToolButton *RomCardWidget::copyButton(Field field) const
{
    return m_copyButtons[field];
}

QString RomCardWidget::mirrorText(int mirror, const QUrl &url)
{
    return tr("Mirror %1 — %2").arg(mirror + 1).arg(url.host());
}

void RomCardWidget::addRow(Field field, QWidget *valueWidget)
{
    auto *name = new CaptionLabel(fieldName(field, m_section), valueWidget, this);
    m_names[field] = name;
    static_cast<QFormLayout *>(layout())->addRow(name, valueWidget);
}

FieldLabel *RomCardWidget::addPlainRow(Field field, const QString &value)
{
    auto *label = new FieldLabel(this);
    label->setValue(value);
    label->setAccessibleName(fieldName(field, m_section));
    m_values[field] = label;
    addRow(field, label);
    return label;
}

CopyableField *RomCardWidget::addCopyableRow(Field field, const QString &what)
{
    auto *copyable = new CopyableField(what, this);
    m_values[field] = copyable->label();
    m_copyButtons[field] = copyable->copyButton();
    connect(copyable, &CopyableField::copied, this, &RomCardWidget::copied);
    addRow(field, copyable);
    return copyable;
}

QWidget *RomCardWidget::createLocalCopyRow(QWidget *parent)
{
    m_localRow = new QWidget(parent);
    auto *layout = new QVBoxLayout(m_localRow);
    layout->setContentsMargins(0, 0, 0, 0);
    m_localCopy = new QLabel(m_localRow);
    m_localCopy->setObjectName(QStringLiteral("localCopy"));
    m_localCopy->setWordWrap(true);
    m_localCopy->setTextFormat(Qt::PlainText);
    m_localCopy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_localCopy);

    const auto button = [this](const QString &text, const QString &icon, QStyle::StandardPixmap fallback) {
        auto *b = new QToolButton(m_localRow);
        b->setText(text);
        b->setIcon(QIcon::fromTheme(icon, style()->standardIcon(fallback)));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    m_openFolder = button(tr("Open &Folder"), QStringLiteral("folder-open"), QStyle::SP_DirOpenIcon);
    m_openFolder->setAccessibleName(tr("Open the folder of %1").arg(m_file.fileName));
    m_inspect = button(tr("&Inspect"), QStringLiteral("document-properties"), QStyle::SP_FileDialogInfoView);
    m_inspect->setToolTip(tr("What the ROM holds: product, anti-rollback index, flash scripts, images"));
    m_extract = button(tr("E&xtract"), QStringLiteral("archive-extract"), QStyle::SP_DialogOpenButton);
    m_extract->setToolTip(tr("Unpack this Fastboot ROM next to it, ready for its flash scripts"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_inspect);
    buttons->addWidget(m_extract);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_phoneCheck = new PhoneCheckView(m_localRow);
    layout->addWidget(m_phoneCheck);
    connect(m_openFolder, &QToolButton::clicked, this, [this] { Q_EMIT openFolderRequested(QFileInfo(m_localPath).absolutePath()); });
    connect(m_inspect, &QToolButton::clicked, this, [this] { Q_EMIT inspectRequested(m_localPath); });
    connect(m_extract, &QToolButton::clicked, this, [this] { Q_EMIT extractRequested(m_localPath); });
    m_localRow->hide();
    return m_localRow;
}

void RomCardWidget::setFlashState(const FlashController::CardState &state)
{
    m_localPath = state.copy ? state.copy->path : QString();
    m_localRow->setVisible(state.copy.has_value());
    const bool usable = state.copy && state.copy->isUsable();
    // A copy that is this ROM: no second download; a different file under its name: say so, keep Download.
    m_downloadButton->setVisible(!usable);
    if (!state.copy)
        return;
    QStringList lines{state.copy->describe()};
    if (state.inspecting)
        lines << tr("Reading the ROM…");
    if (state.inspection && state.inspection->isFastboot()) {
        const RomInspection &rom = *state.inspection;
        lines << tr("Anti-rollback index: %1").arg(RomInspectionView::antiRollbackText(rom.antiRollback));
        if (const FlashScript *script = rom.recommendedScript(); script && !state.check)
            lines << tr("Run %1 to keep your data.").arg(script->name);
    }
    m_localCopy->setText(lines.join(QLatin1Char('\n')));
    if (state.copy->state == LocalCopy::State::Mismatch) {
        PhoneCheckView::paintAsError(m_localCopy);
    } else {
        m_localCopy->setPalette(QPalette()); // the parent's again
        m_localCopy->setBackgroundRole(QPalette::NoRole);
        m_localCopy->setForegroundRole(QPalette::NoRole);
        m_localCopy->setAutoFillBackground(false);
    }
    m_openFolder->setVisible(usable);
    m_inspect->setVisible(usable);
    m_extract->setVisible(usable && m_file.type.compare(QLatin1String("Fastboot"), Qt::CaseInsensitive) == 0);
    m_extract->setEnabled(!state.inspection || state.inspection->unsafeEntry.isEmpty());
    if (state.check)
        m_phoneCheck->setCheck(*state.check);
    else
        m_phoneCheck->clear();
}

QWidget *RomCardWidget::createDownloadRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    m_downloadButton = new QToolButton(row);
    m_downloadButton->setText(tr("&Download"));
    m_downloadButton->setAccessibleName(tr("Download %1").arg(m_file.fileName));
    m_downloadButton->setIcon(QIcon::fromTheme(QStringLiteral("download"), style()->standardIcon(QStyle::SP_ArrowDown)));
    m_downloadButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_downloadButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_downloadButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(createLocalCopyRow(row));

    auto *link = new CopyableField(tr("download link"), row);
    m_values[Download] = link->label();
    m_copyButtons[Download] = link->copyButton();
    connect(link, &CopyableField::copied, this, &RomCardWidget::copied);
    layout->addWidget(link);

    QList<QUrl> urls;
    for (const QString &text : m_file.urls) {
        const QUrl url(text, QUrl::StrictMode);
        if (url.isValid())
            urls.append(url);
    }
    if (urls.isEmpty()) {
        m_downloadButton->setEnabled(false);
        m_downloadButton->setToolTip(tr("The website lists no download link for this file."));
        link->setUnavailable(tr("No download link published"), tr("There is no download link to copy."));
        return row;
    }

    link->setValue(urls.first().toString());
    auto *menu = new QMenu(m_downloadButton);
    for (int i = 0; i < urls.size(); ++i) {
        const QUrl url = urls[i];
        QAction *action = menu->addAction(mirrorText(i, url));
        action->setToolTip(url.toString());
        connect(action, &QAction::triggered, this, [this, url] { Q_EMIT downloadRequested(m_fileIndex, url); });
    }
    menu->addSeparator();
    QAction *browser = menu->addAction(QIcon::fromTheme(QStringLiteral("internet-web-browser")), tr("Open in &Browser"));
    browser->setObjectName(QStringLiteral("openInBrowser"));
    browser->setToolTip(urls.first().toString());
    connect(browser, &QAction::triggered, this, [this, url = urls.first()] { Q_EMIT openInBrowserRequested(url); });
    m_downloadButton->setMenu(menu);
    m_downloadButton->installEventFilter(this);
    m_downloadButton->setToolTip(tr("Download from the preferred mirror (Preferences), the others as fallbacks; "
                                    "the arrow picks a mirror"));
    // No URL: the preferred mirror, else page order, decides.
    connect(m_downloadButton, &QToolButton::clicked, this, [this] { Q_EMIT downloadRequested(m_fileIndex, QUrl()); });
    return row;
}
