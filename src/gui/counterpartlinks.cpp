// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterpartlinks.h"

#include "fieldlabel.h"
#include "flatbutton.h"
#include "catalog/cataloglookup.h"

#include <QGridLayout>

namespace {

// A link whose text (a long file name) is elided in the middle to the room it gets, so that a
// narrow pane shows it whole-ish instead of scrolling sideways.
class LinkButton : public FlatButton
{
public:
    LinkButton(const QString &text, QWidget *parent)
        : FlatButton(parent)
        , m_fullText(text)
    {
        setText(text);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // a tool button's is Fixed: it could not shrink
    }

    // Wide enough for the whole text, whatever is shown now; narrow enough for a narrow pane.
    QSize sizeHint() const override
    {
        QSize hint = FlatButton::sizeHint();
        hint.rwidth() += fontMetrics().horizontalAdvance(m_fullText) - fontMetrics().horizontalAdvance(text());
        return hint;
    }
    QSize minimumSizeHint() const override
    {
        return {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8, sizeHint().height()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        FlatButton::resizeEvent(event);
        const int room = width() - (sizeHint().width() - fontMetrics().horizontalAdvance(m_fullText));
        // (elidedText() cuts a text that horizontalAdvance() says fits, by a pixel or two)
        setText(room >= fontMetrics().horizontalAdvance(m_fullText)
                    ? m_fullText
                    : fontMetrics().elidedText(m_fullText, Qt::ElideMiddle, room));
    }

private:
    QString m_fullText;
};

} // namespace

CounterpartLinks::CounterpartLinks(const Catalog &catalog, int page, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("counterpartLinks"));
    // A grid, not a form: a form layout holds a field to its full width, and a long file name
    // would make the whole pane scroll sideways.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(0);
    grid->setColumnStretch(2, 1); // the links keep to the left (an aligned item could not shrink)
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
    auto *button = new LinkButton(text, this);
    button->setToolTip(text + QLatin1String("\n") + toolTip);
    button->setAccessibleName(tr("%1: %2").arg(caption, text));
    button->setCursor(Qt::PointingHandCursor);
    QFont underlined = button->font();
    underlined.setUnderline(true);
    button->setFont(underlined);
    connect(button, &QToolButton::clicked, this, [this, page] { Q_EMIT pageRequested(page); });
    auto *label = new CaptionLabel(caption, button, this);
    auto *grid = static_cast<QGridLayout *>(layout());
    const int row = grid->rowCount();
    grid->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(button, row, 1);
    m_buttons.append(button);
}
