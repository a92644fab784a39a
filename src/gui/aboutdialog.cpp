// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "appicon.h"
#include "catalogsummary.h"
#include "util/version.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

constexpr int IconSize = 64;

QString link(const QString &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(const CatalogPtr &catalog, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setWindowTitle(tr("About Firmware Browser"));

    QString catalogText;
    if (catalog) {
        catalogText = tr("<p>Catalog: %1<br>%2</p>")
                          .arg(catalog->info().source.toHtmlEscaped(),
                               CatalogSummary::statusText(*catalog).toHtmlEscaped());
    }
    const QString homepage = QStringLiteral(FWB_HOMEPAGE_URL);
    m_text->setText(
        tr("<h3>Firmware Browser %1</h3>"
           "<p>Find, inspect and download official Xiaomi ROMs.</p>"
           "<p>The ROM catalog comes from %2 (XFU). Firmware Browser is not affiliated with Xiaomi.</p>"
           "%3"
           "<p>License: %4 (GPL-3.0-or-later). This program comes with absolutely no warranty.</p>"
           "<p>%5</p>"
           "<p>Qt %6</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 link(QStringLiteral("https://xmfirmwareupdater.com/"), tr("Xiaomi Firmware Updater")),
                 catalogText,
                 link(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"),
                      tr("GNU General Public License, version 3 or later")),
                 link(homepage, homepage), QString::fromLatin1(qVersion())));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(QSize(IconSize, IconSize)));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *content = new QHBoxLayout;
    content->addWidget(icon);
    content->addSpacing(IconSize / 4);
    content->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(content, 1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34);
}

QString AboutDialog::text() const
{
    return m_text->text();
}
