// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterpartlinks.h"

#include "flatbutton.h"
#include "catalog/cataloglookup.h"

#include <QFormLayout>
#include <QLabel>

CounterpartLinks::CounterpartLinks(const Catalog &catalog, int page, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("counterpartLinks"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(0);
    const bool fromRom = isRomSection(catalog.pages().at(page).os);
    for (int other : CatalogLookup::counterpartPages(catalog, page)) {
        const CatalogPage &p = catalog.pages().at(other);
        if (fromRom) {
            for (int f : p.files)
                //: Link of a ROM page to the firmware-only zip of the same version, as the website calls it
                addLink(tr("Firmware only"), catalog.files().at(f).fileName,
                        tr("Show the firmware-only zip of this version: its firmware partitions without the system, "
                           "for those who run a custom ROM"),
                        other);
        } else {
            //: Link of a firmware page to the ROM page of the same version ("ROM: MIUI V10.2.2.0.OAAMIXM")
            addLink(tr("ROM"), osDisplayName(p.os) + QLatin1Char(' ') + p.version, tr("Show the ROM page of this version"),
                    other);
        }
    }
    setVisible(!m_buttons.isEmpty());
}

void CounterpartLinks::addLink(const QString &caption, const QString &text, const QString &toolTip, int page)
{
    auto *button = new FlatButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(tr("%1: %2").arg(caption, text));
    button->setCursor(Qt::PointingHandCursor);
    QFont underlined = button->font();
    underlined.setUnderline(true);
    button->setFont(underlined);
    connect(button, &QToolButton::clicked, this, [this, page] { Q_EMIT pageRequested(page); });
    auto *label = new QLabel(tr("%1:").arg(caption), this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(button);
    static_cast<QFormLayout *>(layout())->addRow(label, button);
    m_buttons.append(button);
}
