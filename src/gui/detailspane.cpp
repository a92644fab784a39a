// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspane.h"

#include "catalogsummary.h"
#include "catalogterms.h"
#include "counterpartlinks.h"
#include "fieldlabel.h"
#include "romcardwidget.h"
#include "util/stringlists.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QUrl deviceUrl(RomOs os, const QString &folder)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("xmfirmwareupdater.com"));
    url.setPath(QLatin1Char('/') + osSlug(os) + QLatin1Char('/') + folder + QLatin1Char('/'));
    return url;
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setAccessibleName(tr("Details"));
    // Not a tab stop of its own: it shows no focus, and Tab reaches every field and button in it.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->viewport()->installEventFilter(this);
    // Never narrower than a card with a whole MD5 and its Copy button beside it: the card's and the
    // content's margins, a frame, the vertical scroll bar and the button, each about a margin wide.
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    const int md5 = fontMetrics().horizontalAdvance(QStringLiteral("0123456789abcdef").repeated(2));
    setMinimumWidth(qMax(320, md5 + 8 * margin + style()->pixelMetric(QStyle::PM_ScrollBarExtent)
                                  + style()->pixelMetric(QStyle::PM_ToolBarIconSize)));
    showPlaceholder();
}

void DetailsPane::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
    showPlaceholder();
}

QString DetailsPane::title() const
{
    return m_title ? m_title->value() : QString();
}

QString DetailsPane::message() const
{
    return m_message ? m_message->text() : QString();
}

QString DetailsPane::pageTitle(const Catalog &catalog, const CatalogPage &page)
{
    QStringList branches;
    for (int f : page.files)
        branches.append(catalog.files().at(f).branch);
    branches = distinctNonEmpty(branches);
    for (QString &branch : branches)
        branch = CatalogTerms::branch(branch);
    QString branch = branches.join(QLatin1String(", "));
    if (branch.isEmpty())
        branch = page.branchSlug;
    const QString region = page.files.isEmpty() ? QString() : catalog.files().at(page.files.first()).region();
    return tr("%1 · %2 %3 %4").arg(CatalogTerms::deviceName(page.name, region), CatalogTerms::singularSection(page.os), page.version,
                                            branch);
}

void DetailsPane::clear()
{
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_cards.clear();
    m_page = -1;
    m_website.clear();
    m_title = nullptr;
    m_subtitle = nullptr;
    m_message = nullptr;
    m_notice = nullptr;
    m_hiddenNotice = nullptr;
    m_websiteButton = nullptr;
    m_header = nullptr;
    m_counterparts = nullptr;

    m_content = new QWidget;
    m_content->setBackgroundRole(QPalette::Window);
    m_contentLayout = new QVBoxLayout(m_content);
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
    m_contentLayout->setSpacing(qMax(spacing, 6) * 2);
    m_scroll->setWidget(m_content);
    m_content->installEventFilter(this);
    keepContentInViewport();
}

void DetailsPane::showMessage(const QString &message)
{
    clear();
    m_message = new QLabel(message, m_content);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_contentLayout->addStretch(1);
    m_contentLayout->addWidget(m_message);
    m_contentLayout->addStretch(2);
}

// New widgets join the end of the window's tab chain, after the Downloads dock; Tab should go
// from the tree through the details (title, then each card in reading order) to the dock. The
// scroll area is no tab stop (setTabOrder() ignores it): the chain hangs off the tab stop before it.
void DetailsPane::placeInTabOrder()
{
    QWidget *previous = m_scroll->previousInFocusChain();
    while (previous != m_scroll && !(previous->focusPolicy() & Qt::TabFocus))
        previous = previous->previousInFocusChain();
    QList<QWidget *> chain;
    for (QWidget *w = m_content->nextInFocusChain(); w != m_content && w != m_scroll; w = w->nextInFocusChain()) {
        if (m_content->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            chain.append(w);
    }
    for (QWidget *w : chain) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

void DetailsPane::showPlaceholder()
{
    showMessage(m_catalog ? tr("Search for your phone above — its name, codename or a version — or connect it by "
                               "USB and press Detect Phone. Then pick a version to see its files.")
                          : tr("No catalog loaded."));
}

bool DetailsPane::focusFirstCard()
{
    if (m_cards.isEmpty())
        return false;
    RomCardWidget *card = m_cards.first();
    for (QWidget *w = nextInFocusChain(); w != this; w = w->nextInFocusChain()) {
        if (card->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(card)) {
            w->setFocus(Qt::TabFocusReason);
            m_scroll->ensureWidgetVisible(w);
            return true;
        }
    }
    return false;
}

void DetailsPane::setHeader(const QString &title, const QString &subtitle, const QUrl &website)
{
    auto *header = new QBoxLayout(QBoxLayout::LeftToRight);
    m_header = header;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_title = new FieldLabel(m_content);
    m_title->setValue(title);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAccessibleName(tr("Title"));
    titles->addWidget(m_title);
    m_subtitle = new QLabel(subtitle, m_content);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);

    m_website = website;
    if (website.isValid()) {
        m_websiteButton = new QPushButton(QIcon::fromTheme(QStringLiteral("internet-web-browser")),
                                          tr("Open on &Website"), m_content);
        m_websiteButton->setToolTip(website.toString(QUrl::FullyEncoded));
        connect(m_websiteButton, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_website); });
        header->addWidget(m_websiteButton, 0, Qt::AlignTop | Qt::AlignLeft);
    }
    m_contentLayout->addLayout(header);
    placeWebsiteButton();
}

bool DetailsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        placeWebsiteButton();
        keepContentInViewport();
    } else if (watched == m_content && event->type() == QEvent::LayoutRequest) {
        keepContentInViewport();
    }
    return QWidget::eventFilter(watched, event);
}

// Qt 6.4's QScrollArea lays out content whose height depends on its width (wrapped labels) at the
// viewport's width without the vertical scroll bar, then shows the bar: the content would scroll
// sideways by the bar's width. It is never wider than the viewport while it can be.
void DetailsPane::keepContentInViewport()
{
    if (m_content)
        m_content->setMaximumWidth(qMax(m_scroll->viewport()->width(), m_content->minimumSizeHint().width()));
}

// Beside the title while the title's longest word still fits beside it, else under the titles:
// the pane never scrolls sideways for it.
void DetailsPane::placeWebsiteButton()
{
    if (!m_header || !m_websiteButton)
        return;
    const QMargins margins = m_contentLayout->contentsMargins();
    const int besideWidth = margins.left() + m_title->minimumSizeHint().width() + m_header->spacing()
        + qMax(0, style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing)) + m_websiteButton->sizeHint().width()
        + margins.right();
    m_header->setDirection(m_scroll->viewport()->width() >= besideWidth ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void DetailsPane::addSummaryRow(const QString &name, const QString &value)
{
    auto *frame = m_content->findChild<QFrame *>(QStringLiteral("summaryFrame"));
    if (!frame) {
        frame = new QFrame(m_content);
        frame->setObjectName(QStringLiteral("summaryFrame"));
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setBackgroundRole(QPalette::Base);
        frame->setAutoFillBackground(true);
        auto *form = new QFormLayout(frame);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        m_contentLayout->addWidget(frame);
    }
    auto *field = new FieldLabel(frame);
    field->setValue(value);
    field->setAccessibleName(name);
    static_cast<QFormLayout *>(frame->layout())->addRow(new CaptionLabel(name, field, frame), field);
}

void DetailsPane::showPage(int page)
{
    if (!m_catalog || page < 0 || page >= m_catalog->pages().size()) {
        showPlaceholder();
        return;
    }
    clear();
    m_page = page;
    const CatalogPage &p = m_catalog->pages().at(page);
    QStringList androids;
    for (int f : p.files)
        androids.append(m_catalog->files().at(f).androidVersion);
    QString subtitle = CatalogSummary::files(p.files.size());
    const QStringList android = distinctNonEmpty(androids);
    if (!android.isEmpty())
        subtitle += tr(" · Android %1").arg(android.join(QLatin1String(", ")));
    setHeader(pageTitle(*m_catalog, p), subtitle, p.websiteUrl());
    if (auto *links = new CounterpartLinks(*m_catalog, page, m_content); links->isEmpty()) {
        delete links;
    } else {
        m_counterparts = links;
        connect(links, &CounterpartLinks::pageRequested, this, &DetailsPane::pageRequested);
        m_contentLayout->addWidget(links);
    }

    for (int f : p.files) {
        auto *card = new RomCardWidget(m_catalog->files().at(f), f, m_content, p.os);
        if (m_warnings)
            card->setWarnings(m_warnings(m_catalog->files().at(f)));
        if (m_flashStates)
            card->setFlashState(m_flashStates(m_catalog->files().at(f)));
        connect(card, &RomCardWidget::downloadRequested, this, &DetailsPane::downloadRequested);
        connect(card, &RomCardWidget::openFolderRequested, this, &DetailsPane::openFolderRequested);
        connect(card, &RomCardWidget::inspectRequested, this, &DetailsPane::inspectRequested);
        connect(card, &RomCardWidget::extractRequested, this, &DetailsPane::extractRequested);
        connect(card, &RomCardWidget::openInBrowserRequested, this, &DetailsPane::openInBrowserRequested);
        connect(card, &RomCardWidget::copied, this, &DetailsPane::copied);
        m_contentLayout->addWidget(card);
        m_cards.append(card);
    }
    m_contentLayout->addStretch(1);
    placeInTabOrder();
}

void DetailsPane::setWarningProvider(WarningProvider provider)
{
    m_warnings = std::move(provider);
    refreshWarnings();
}

void DetailsPane::refreshWarnings()
{
    for (RomCardWidget *card : std::as_const(m_cards))
        card->setWarnings(m_warnings ? m_warnings(card->file()) : QStringList());
}

void DetailsPane::setFlashStateProvider(FlashStateProvider provider)
{
    m_flashStates = std::move(provider);
    refreshFlashStates();
}

void DetailsPane::refreshFlashStates(const QString &fileName)
{
    for (RomCardWidget *card : std::as_const(m_cards)) {
        if (fileName.isEmpty() || card->file().fileName == fileName)
            card->setFlashState(m_flashStates ? m_flashStates(card->file()) : FlashController::CardState());
    }
}

void DetailsPane::showDevice(int device)
{
    if (!m_catalog || device < 0 || device >= m_catalog->devices().size()) {
        showPlaceholder();
        return;
    }
    clear();
    const CatalogDevice &d = m_catalog->devices().at(device);
    //: Subtitle of a device: %1 is its system, MIUI or HyperOS ("a MIUI device")
    setHeader(d.displayName(), tr("%1 device").arg(osDisplayName(d.os)), deviceUrl(d.os, d.folder));
    addSummaryRow(tr("Device"), d.marketingName.isEmpty() ? d.folder : d.marketingName);
    addSummaryRow(tr("Codename"), d.folder);
    addSummaryRow(tr("Versions"), CatalogSummary::versions(d.pages.size()));
    if (!d.pages.isEmpty())
        //: The newest version of the device
        addSummaryRow(tr("Newest"), m_catalog->pages().at(d.pages.first()).version);
    auto *hint = new QLabel(tr("Select a version in the list to see its files."), m_content);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    m_contentLayout->addWidget(hint);
    m_contentLayout->addStretch(1);
    placeInTabOrder();
}

void DetailsPane::showOs(RomOs os)
{
    if (!m_catalog) {
        showPlaceholder();
        return;
    }
    clear();
    qsizetype devices = 0, versions = 0;
    for (const CatalogDevice &d : m_catalog->devices()) {
        if (d.os == os) {
            ++devices;
            versions += d.pages.size();
        }
    }
    setHeader(osDisplayName(os), tr("%1 · %2").arg(CatalogSummary::devices(devices), CatalogSummary::versions(versions)));
    auto *hint = new QLabel(tr("Select a device, then one of its versions."), m_content);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    m_contentLayout->addWidget(hint);
    m_contentLayout->addStretch(1);
    placeInTabOrder();
}

void DetailsPane::setPageNotice(const QString &notice)
{
    if (m_page < 0)
        return;
    if (!m_notice) {
        if (notice.isEmpty())
            return;
        m_notice = addNotice(tr("Page notice"));
    }
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

// Made when first needed, under the header; a label takes no part in the tab order.
QLabel *DetailsPane::addNotice(const QString &accessibleName)
{
    auto *notice = new QLabel(m_content);
    notice->setWordWrap(true);
    notice->setTextFormat(Qt::PlainText);
    notice->setAccessibleName(accessibleName);
    notice->setFrameShape(QFrame::StyledPanel);
    notice->setMargin(6);
    m_contentLayout->insertWidget(1, notice);
    return notice;
}

bool DetailsPane::isHiddenBySearch() const
{
    return m_hiddenNotice && !m_hiddenNotice->isHidden();
}

void DetailsPane::setHiddenBySearch(bool hidden)
{
    if (m_page < 0 || hidden == isHiddenBySearch())
        return;
    if (!m_hiddenNotice) {
        m_hiddenNotice = addNotice(tr("Hidden by the search"));
        m_hiddenNotice->setObjectName(QStringLiteral("hiddenBySearchNotice"));
        m_hiddenNotice->setText(tr("The search and filters hide this version: select one of the results, or clear "
                                   "the search (Esc) to download this one."));
        // Tooltip colours, which every palette pairs: it must be seen, as the phone's warnings.
        m_hiddenNotice->setBackgroundRole(QPalette::ToolTipBase);
        m_hiddenNotice->setForegroundRole(QPalette::ToolTipText);
        m_hiddenNotice->setAutoFillBackground(true);
    }
    m_hiddenNotice->setVisible(hidden);
    for (RomCardWidget *card : std::as_const(m_cards))
        card->downloadButton()->setEnabled(!hidden);
}

QString DetailsPane::pageNotice() const
{
    return m_notice ? m_notice->text() : QString();
}
