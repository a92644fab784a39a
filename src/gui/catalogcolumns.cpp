// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogcolumns.h"

#include "columnfiller.h"
#include "catalog/catalogfiltermodel.h"
#include "catalog/catalogtreemodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSet>
#include <QStyle>
#include <QTreeView>

#include <algorithm>

namespace {

// Xiaomi's longest release names are about 20 characters ("OS2.0.210.0.VPFMIXM").
constexpr qsizetype LongestVersionName = 32;

// The longest few strings by length: the widest of them on screen is among them.
QStringList longest(QStringList texts, int count)
{
    std::partial_sort(texts.begin(), texts.begin() + std::min<qsizetype>(count, texts.size()), texts.end(),
                      [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return texts.mid(0, count);
}

int widest(const QFontMetrics &metrics, const QStringList &texts)
{
    int width = 0;
    for (const QString &text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    return width;
}

} // namespace

CatalogColumns::CatalogColumns(QTreeView *view, CatalogTreeModel *tree)
    : QObject(view)
    , m_view(view)
    , m_tree(tree)
{
    QHeaderView *header = view->header();
    header->setMinimumSectionSize(header->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 3);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &CatalogColumns::showMenu);
    m_name = new ColumnFiller(view, CatalogTreeModel::NameColumn);
    fit();
}

int CatalogColumns::widestTerm(int column) const
{
    const CatalogPtr &catalog = m_tree->catalog();
    const QFontMetrics metrics = m_view->fontMetrics();
    QStringList texts;
    switch (column) {
    case CatalogTreeModel::BranchColumn:
        for (const QString &branch : m_tree->branchNames())
            texts << m_tree->termName(CatalogTreeModel::Term::Branch, branch);
        break;
    case CatalogTreeModel::DateColumn:
        texts << QStringLiteral("8888-88-88"); // every date is ISO
        break;
    case CatalogTreeModel::AndroidColumn: {
        QSet<QString> androids;
        if (catalog) {
            for (const RomFile &file : catalog->files())
                androids.insert(file.androidVersion);
        }
        texts = QStringList(androids.cbegin(), androids.cend());
        break;
    }
    case CatalogTreeModel::ContentsColumn: {
        QStringList types = m_tree->typeNames();
        std::sort(types.begin(), types.end(), std::greater<>());
        for (QString &type : types)
            type = m_tree->termName(CatalogTreeModel::Term::Type, type);
        texts << types.join(CatalogTreeModel::listSeparator());
        // The group rows' counts, as large as this catalog makes them.
        int devices = 0, versions = 0;
        for (int row = 0; row < m_tree->rowCount(); ++row)
            devices = std::max(devices, m_tree->rowCount(m_tree->index(row, 0)));
        if (catalog) {
            for (const CatalogDevice &device : catalog->devices())
                versions = std::max(versions, int(device.pages.size()));
        }
        texts << CatalogFilterModel::devicesShownText(devices, devices)
              << CatalogFilterModel::versionsShownText(versions, versions);
        // A firmware or vendor version's count of files, as large as this catalog has it.
        int firmware = 0, vendor = 0;
        if (catalog) {
            for (const CatalogPage &page : catalog->pages()) {
                if (page.os == RomOs::Firmware)
                    firmware = std::max(firmware, int(page.files.size()));
                else if (page.os == RomOs::Vendor)
                    vendor = std::max(vendor, int(page.files.size()));
            }
        }
        if (firmware > 0)
            texts << CatalogTreeModel::sectionFiles(RomOs::Firmware, firmware);
        if (vendor > 0)
            texts << CatalogTreeModel::sectionFiles(RomOs::Vendor, vendor);
        break;
    }
    }
    return widest(metrics, texts);
}

int CatalogColumns::nameWidthNeeded() const
{
    // A version row sits two levels in, after the branch decoration (its badges give way to it).
    QStringList versions;
    if (const CatalogPtr &catalog = m_tree->catalog()) {
        versions.reserve(catalog->pages().size());
        for (const CatalogPage &page : catalog->pages()) {
            // Not a release name but a commit hash (a vendor package of umi): elided, not measured.
            if (page.version.size() <= LongestVersionName)
                versions << page.version;
        }
    }
    const int text = widest(m_view->fontMetrics(), longest(versions, 64));
    // The style draws the text inside its focus margin, on each side.
    const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    return m_view->indentation() * 3 + text + 2 * margin + 2;
}

void CatalogColumns::fit()
{
    QHeaderView *header = m_view->header();
    // The delegate's text margins, and a little air.
    const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1)
        + m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) / 2;
    for (int c = 0; c < CatalogTreeModel::ColumnCount; ++c) {
        if (c == CatalogTreeModel::NameColumn)
            continue;
        header->resizeSection(c, std::max(widestTerm(c) + margin, header->sectionSizeHint(c)));
    }
    m_name->setMinimum(std::max(nameWidthNeeded(), header->sectionSizeHint(CatalogTreeModel::NameColumn)));
}

void CatalogColumns::fitToWidth(int width)
{
    if (m_stateRestored)
        return; // the user's columns
    QHeaderView *header = m_view->header();
    // Least needed first: the branch says which build a row is, Contents what it holds; a tree too
    // narrow even for Contents beside the names (2x in a small window) shows the names alone.
    for (int column : {CatalogTreeModel::AndroidColumn, CatalogTreeModel::DateColumn, CatalogTreeModel::BranchColumn,
                       CatalogTreeModel::ContentsColumn}) {
        if (preferredWidth() <= width)
            break;
        header->setSectionHidden(column, true);
    }
}

int CatalogColumns::preferredWidth() const
{
    const QHeaderView *header = m_view->header();
    int width = m_name->minimum();
    for (int c = 0; c < CatalogTreeModel::ColumnCount; ++c) {
        if (c != CatalogTreeModel::NameColumn && !header->isSectionHidden(c))
            width += header->sectionSize(c);
    }
    // The vertical scroll bar, the frame, and a little slack for what styles add around them.
    return width + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view) + 2 * m_view->frameWidth()
        + 4;
}

QByteArray CatalogColumns::saveState() const
{
    return m_view->header()->saveState();
}

void CatalogColumns::restoreState(const QByteArray &state)
{
    QHeaderView *header = m_view->header();
    if (state.isEmpty() || !header->restoreState(state))
        return;
    m_stateRestored = true;
    // The hidden columns are the user's; the widths and how they resize are the catalog's.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    fit();
}

void CatalogColumns::showMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->header();
    QMenu menu(m_view);
    for (int c = 0; c < CatalogTreeModel::ColumnCount; ++c) {
        if (c == CatalogTreeModel::NameColumn)
            continue;
        QAction *action = menu.addAction(m_tree->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        connect(action, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}
