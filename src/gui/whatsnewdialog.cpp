// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatsnewdialog.h"

#include "catalogsummary.h"
#include "catalogterms.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { DeviceColumn, VersionColumn, BranchColumn, TypeColumn, DateColumn, FileColumn };
constexpr int FolderRole = Qt::UserRole;
constexpr int VersionRole = Qt::UserRole + 1;
constexpr int SectionRole = Qt::UserRole + 2;

} // namespace

WhatsNewDialog::WhatsNewDialog(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("What's New"));
    m_summary->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(false);
    //: Column header. A ROM's release channel: Stable, Weekly, Stable Beta… (names stay in English)
    const QString branch = tr("Branch");
    //: Column header. How a ROM is installed: Recovery or Fastboot (names stay in English)
    const QString type = tr("Type");
    //: Column header: the release date
    const QString released = tr("Released");
    m_list->setHeaderLabels({tr("Device"), tr("Version"), branch, type, released, tr("File")});
    m_list->setAccessibleName(tr("New ROM files"));
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT pageRequested(item->data(0, FolderRole).toString(), item->data(0, VersionRole).toString(),
                             item->data(0, SectionRole).toString());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(900, 460);
}

void WhatsNewDialog::setContents(const Catalog &catalog, const QStringList &pinnedFolders)
{
    m_list->clear();
    QList<QTreeWidgetItem *> pinned, others;
    QList<RomOs> sections; // of each row
    for (int f : catalog.newFiles()) {
        const RomFile &file = catalog.files()[f];
        for (int p : catalog.pagesOfFile(f)) {
            const CatalogPage &page = catalog.pages()[p];
            const QString type = CatalogTerms::fileKind(file, page.os);
            sections.append(page.os);
            auto *item = new QTreeWidgetItem({CatalogTerms::device(file), file.version, CatalogTerms::branch(file.branch),
                                              type, file.releaseDate, file.fileName});
            item->setData(0, FolderRole, page.folder);
            item->setData(0, VersionRole, page.version);
            item->setData(0, SectionRole, osSlug(page.os));
            item->setToolTip(FileColumn, file.fileName);
            if (pinnedFolders.contains(page.folder)) {
                QFont bold = item->font(0);
                bold.setBold(true);
                for (int c = 0; c <= FileColumn; ++c)
                    item->setFont(c, bold);
                pinned.append(item);
            } else {
                others.append(item);
            }
        }
    }
    m_list->addTopLevelItems(pinned);
    m_list->addTopLevelItems(others);
    for (int c = 0; c < FileColumn; ++c)
        m_list->resizeColumnToContents(c);
    if (!m_list->topLevelItemCount()) {
        m_summary->setText(tr("No catalog refresh has brought a new file yet. Use View → Refresh Catalog (F5)."));
        return;
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    QString text = CatalogSummary::newFiles(sections);
    if (!pinned.isEmpty())
        text += tr(", %Ln for your devices (in bold)", nullptr, int(pinned.size()));
    m_summary->setText(tr("%1 — first seen by the refresh of %2. Double-click a row to show it.")
                           .arg(text, QLocale().toString(catalog.newFilesSeen().toLocalTime(), QLocale::ShortFormat)));
}
