// SPDX-License-Identifier: GPL-3.0-or-later
#include "rominspectionview.h"

#include "fieldlabel.h"
#include "phonecheckview.h"
#include "flash/phoneromcheck.h"

#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// Sorts the size column by bytes, not by its text.
class ImageItem : public QTreeWidgetItem
{
public:
    ImageItem(QTreeWidget *parent, const RomImage &image, const QLocale &locale)
        : QTreeWidgetItem(parent, {image.name, locale.formattedDataSize(image.size, 1)})
        , m_size(image.size)
    {
        setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        setToolTip(1, locale.toString(image.size));
    }
    bool operator<(const QTreeWidgetItem &other) const override
    {
        if (treeWidget() && treeWidget()->sortColumn() == 1)
            return m_size < static_cast<const ImageItem &>(other).m_size;
        return QTreeWidgetItem::operator<(other);
    }

private:
    qint64 m_size;
};

} // namespace

RomInspectionView::RomInspectionView(QWidget *parent)
    : QWidget(parent)
    , m_phoneCheck(new PhoneCheckView(this))
    , m_unsafe(new QLabel(this))
    , m_form(new QFormLayout)
    , m_images(new QTreeWidget(this))
{
    m_unsafe->setObjectName(QStringLiteral("unsafeEntry"));
    m_unsafe->setWordWrap(true);
    m_unsafe->setTextFormat(Qt::PlainText);
    m_unsafe->setMargin(6);
    PhoneCheckView::paintAsError(m_unsafe);
    m_unsafe->hide();
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_images->setColumnCount(2);
    m_images->setHeaderLabels({
        //: Column header: a partition image file inside a Fastboot ROM (boot.img, super.img)
        tr("Image"),
        //: Column header: the size of a file in bytes
        tr("Size")});
    m_images->setRootIsDecorated(false);
    m_images->setAlternatingRowColors(true);
    m_images->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_images->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_images->header()->setStretchLastSection(false);
    m_images->setAccessibleName(tr("Images in the ROM"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phoneCheck);
    layout->addWidget(m_unsafe);
    layout->addLayout(m_form);
    layout->addWidget(m_images, 1);
}

QString RomInspectionView::antiRollbackText(const AntiRollback &anti)
{
    if (anti.index)
        return tr("%1 (from %2)").arg(*anti.index).arg(anti.sourceFile);
    if (anti.commentedOut)
        return tr("none: the check is commented out in the scripts");
    return tr("none: the scripts do not check it");
}

void RomInspectionView::addRow(const QString &name, const QString &value)
{
    auto *label = new QLabel(value, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(name);
    m_form->addRow(new CaptionLabel(name, label, this), label);
    m_names << name;
}

QString RomInspectionView::value(const QString &name) const
{
    const int row = int(m_names.indexOf(name));
    if (row < 0)
        return QString();
    const auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
    return label ? label->text() : QString();
}

void RomInspectionView::setInspection(const RomInspection &rom)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_names.clear();
    const QLocale locale;
    //: Label: the ROM file on disk that was read
    addRow(tr("File"), QDir::toNativeSeparators(rom.path));
    if (rom.isFastboot()) {
        //: Label: which kind of ROM a file is (Fastboot or Recovery)
        addRow(tr("Kind"), tr("Fastboot ROM (unpack it, then run one of its scripts in fastboot mode)"));
        if (!rom.folder.isEmpty())
            //: Label: the folder a Fastboot ROM unpacks into
            addRow(tr("Folder"), rom.folder);
    } else {
        //: Label: which kind of ROM a file is (Fastboot or Recovery)
        addRow(tr("Kind"), rom.hasPayload ? tr("Recovery ROM with payload.bin (an A/B update; installed as it is)")
                                          : tr("Recovery ROM (installed as it is)"));
    }
    //: Label: the phone model code a ROM is built for (its "product", as fastboot getvar product says)
    addRow(tr("Product"), rom.products.isEmpty() ? tr("not stated") : rom.products.join(QLatin1String(", ")));
    if (rom.isFastboot()) {
        addRow(tr("Anti-rollback index"), antiRollbackText(rom.antiRollback));
        const FlashScript *recommended = rom.recommendedScript();
        QStringList scripts;
        for (const FlashScript &script : rom.scripts) {
            QString line = script.name + QStringLiteral(" — ") + script.explanation();
            if (&script == recommended)
                line = tr("%1 (recommended)").arg(script.name) + QStringLiteral(" — ") + script.explanation();
            scripts << line;
        }
        //: Label: the flash scripts a Fastboot ROM ships (flash_all.sh, flash_all.bat, ...)
        addRow(tr("Scripts"), scripts.join(QLatin1String("\n")));
    } else {
        for (auto it = rom.metadata.cbegin(); it != rom.metadata.cend(); ++it) {
            QString text = it.value();
            bool ok = false;
            const qint64 seconds = it.value().toLongLong(&ok);
            if (it.key() == QLatin1String("post-timestamp") && ok)
                text += QStringLiteral(" (%1)").arg(locale.toString(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC), QLocale::ShortFormat));
            addRow(it.key(), text);
        }
    }
    addRow(tr("Unpacked size"), locale.formattedDataSize(rom.unpackedSize, 1));
    m_unsafe->setText(rom.unsafeEntry.isEmpty() ? QString() : tr("This archive cannot be unpacked safely: %1").arg(rom.unsafeEntry));
    m_unsafe->setVisible(!rom.unsafeEntry.isEmpty());

    m_images->setSortingEnabled(false);
    m_images->clear();
    m_images->headerItem()->setText(0, rom.isFastboot() ? tr("Image") :
                                                          //: Column header: a file inside a Recovery ROM (payload.bin)
                                                          tr("File"));
    for (const RomImage &image : rom.images)
        new ImageItem(m_images, image, locale);
    m_images->header()->setSortIndicator(-1, Qt::AscendingOrder); // archive order until the user sorts
    m_images->setSortingEnabled(true);
}

void RomInspectionView::setPhoneCheck(const PhoneRomCheck *check)
{
    if (check)
        m_phoneCheck->setCheck(*check);
    else
        m_phoneCheck->clear();
}
