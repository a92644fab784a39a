// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelogview.h"
#include "detailspane.h"
#include "fieldlabel.h"
#include "fixtures.h"
#include "romcardwidget.h"
#include "scopedstate.h"
#include "util/translations.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QToolButton>
#include <QtTest>

using F = RomCardWidget::Field;

class TestDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsTheSeedPageTitle();
    void websiteLinkIsPercentEncoded();
    void cardsMirrorThePage_data();
    void cardsMirrorThePage();
    void narrowPaneElidesLongValuesButCopiesThemWhole();
    void labelsInPageOrder();
    void valuesAreSelectable();
    void copyButtonCopiesMd5();
    void copyButtonCopiesFileNameAndLink();
    void unknownMd5IsGreyAndNotCopyable();
    void copyShortcutOnFocusedField();
    void changelogCollapsedThenExpands();
    void changelogHtmlKeepsLinesAndBoldHeadings();
    void downloadButtonOffersEveryMirror();
    void deviceRowShowsSummary();
    void badIndexShowsPlaceholder();
    void copyButtonsReadOnADarkCard();
    void copyButtonShowsKeyboardFocus();
    void altDownOpensTheMirrorMenu();
    void narrowCardFitsThePane_data();
    void narrowCardFitsThePane();
    void pageTitleNamesOneItemOfTheSection();
    void captionsUseTheLanguagesColon();
    void hashVersionWrapsButCopiesWhole();

private:
    int geminiPage() const;
    CatalogPtr m_catalog;
    std::unique_ptr<DetailsPane> m_pane;
};

void TestDetailsPane::initTestCase()
{
    installTranslators(QLocale(QLocale::English)); // the English plural forms, as the app installs them
    m_catalog = Fixtures::pagesCatalog();
    QVERIFY(m_catalog);
    QVERIFY(geminiPage() >= 0);
}

void TestDetailsPane::init()
{
    m_pane = std::make_unique<DetailsPane>();
    m_pane->setCatalog(m_catalog);
    m_pane->resize(1100, 1000); // wide enough for every value unelided
    m_pane->showPage(geminiPage());
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QGuiApplication::clipboard()->clear();
}

namespace {

// Pixels of the image within tolerance of colour.
int pixelsLike(const QImage &image, const QColor &colour, int tolerance = 60)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue())
                < tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace

// 16.8: a dark theme whose buttons stay light (GTK's dark themes) keeps the Copy buttons readable.
void TestDetailsPane::copyButtonsReadOnADarkCard()
{
    QPalette dark = m_pane->palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::ButtonText, QColor(0x20, 0x20, 0x20)); // dark text for light buttons
    m_pane->setPalette(dark);
    QToolButton *copy = m_pane->cards().first()->copyButton(F::Md5);
    QTRY_COMPARE(copy->palette().color(QPalette::ButtonText), QColor(0xee, 0xee, 0xee));
    const QImage image = copy->grab().toImage();
    QVERIFY2(pixelsLike(image, QColor(0xee, 0xee, 0xee), 120) > 10, "the button's text is not drawn in the card's text colour");
}

// 16.7: keyboard focus on a flat Copy button shows as a ring in the highlight colour.
void TestDetailsPane::copyButtonShowsKeyboardFocus()
{
    QToolButton *copy = m_pane->cards().first()->copyButton(F::Md5);
    const QColor highlight = copy->palette().color(QPalette::Highlight);
    const int before = pixelsLike(copy->grab().toImage(), highlight, 40);
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    QToolButton *before_ = m_pane->cards().first()->copyButton(F::PackageName);
    before_->setFocus();
    QTRY_VERIFY(before_->hasFocus());
    QTest::keyClick(before_, Qt::Key_Tab); // as a user reaches it
    QTRY_VERIFY(copy->hasFocus());
    const int after = pixelsLike(copy->grab().toImage(), highlight, 40);
    QVERIFY2(after > before + 2 * (copy->width() + copy->height()), qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
}

// 16.7: the mirror menu is reached from the keyboard: Alt+Down or the menu key.
void TestDetailsPane::altDownOpensTheMirrorMenu()
{
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    QToolButton *download = m_pane->cards().first()->downloadButton();
    QMenu *menu = download->menu();
    QVERIFY(menu);
    for (const auto &[key, modifiers] : {std::pair{Qt::Key_Down, Qt::AltModifier}, std::pair{Qt::Key_Menu, Qt::NoModifier}}) {
        download->setFocus(Qt::TabFocusReason);
        bool opened = false;
        QTimer::singleShot(0, menu, [menu, &opened] {
            opened = menu->isVisible();
            menu->close();
        });
        QTest::keyClick(download, key, modifiers);
        QVERIFY(opened);
    }
}

int TestDetailsPane::geminiPage() const
{
    return m_catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8"));
}

void TestDetailsPane::showsTheSeedPageTitle()
{
    QCOMPARE(m_pane->currentPage(), geminiPage());
    QCOMPARE(m_pane->title(), QStringLiteral("MI 5 Global · MIUI 7.6.8 Weekly"));
    QVERIFY(m_pane->websiteButton());
    QCOMPARE(m_pane->websiteButton()->toolTip(), QStringLiteral("https://xmfirmwareupdater.com/miui/gemini/weekly/7.6.8/"));
}

// A branch with a space ("public beta"): the link opened and shown is a valid URL, the one
// firmware-cli prints as websiteUrl.
void TestDetailsPane::websiteLinkIsPercentEncoded()
{
    m_pane->showPage(m_catalog->findPage(QStringLiteral("apollo"), QStringLiteral("V13.0.5.1.28.DEV")));
    const QString expected = QStringLiteral("https://xmfirmwareupdater.com/miui/apollo/public%20beta/V13.0.5.1.28.DEV/");
    QCOMPARE(m_pane->websiteButton()->toolTip(), expected);
    QCOMPARE(m_pane->website().toString(QUrl::FullyEncoded), expected);
    QCOMPARE(m_pane->website(), QUrl(expected, QUrl::StrictMode));
}

void TestDetailsPane::cardsMirrorThePage_data()
{
    QTest::addColumn<int>("card");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    const QList<std::pair<F, QStringList>> rows{
        {F::Device, {"MI 5 Global", "MI 5 Global"}},
        {F::Codename, {"gemini", "gemini"}},
        {F::Version, {"7.6.8", "7.6.8"}},
        {F::Branch, {"Weekly", "Weekly"}},
        {F::Type, {"Recovery", "Fastboot"}},
        {F::Size, {"1.6 GB", "1.8 GB"}},
        {F::ReleaseDate, {"2017-06-08", "2017-06-08"}},
        {F::PackageName,
         {"miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip", "gemini_global_images_7.6.8_20170608.0000.00_7.0_global_dfba39696a.tgz"}},
        {F::Md5, {"b3186f9d5fb716d6f2c182b3ac61ea61", "Unknown"}},
        {F::Download,
         {"https://cdnorg.d.miui.com/7.6.8/miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip",
          "https://cdnorg.d.miui.com/7.6.8/gemini_global_images_7.6.8_20170608.0000.00_7.0_global_dfba39696a.tgz"}},
    };
    for (const auto &[field, texts] : rows) {
        for (int card = 0; card < 2; ++card) {
            const QString name = RomCardWidget::fieldName(field) + QLatin1Char('/') + QString::number(card + 1);
            QTest::newRow(qPrintable(name)) << card << int(field) << texts[card];
        }
    }
}

void TestDetailsPane::cardsMirrorThePage()
{
    QFETCH(int, card);
    QFETCH(int, field);
    QFETCH(QString, text);
    const QList<RomCardWidget *> cards = m_pane->cards();
    QCOMPARE(cards.size(), 2);
    FieldLabel *label = cards[card]->valueLabel(F(field));
    QCOMPARE(label->text(), text); // what the user sees
    QVERIFY(!label->isElided());
    if (!(field == F::Md5 && card == 1))
        QCOMPARE(label->value(), text); // what is copied
}

void TestDetailsPane::narrowPaneElidesLongValuesButCopiesThemWhole()
{
    m_pane->resize(420, 900);
    RomCardWidget *fastboot = m_pane->cards()[1];
    FieldLabel *name = fastboot->valueLabel(F::PackageName);
    const QString full = QStringLiteral("gemini_global_images_7.6.8_20170608.0000.00_7.0_global_dfba39696a.tgz");
    QTRY_VERIFY(name->isElided());
    QVERIFY(name->text().contains(QChar(0x2026)));
    QCOMPARE(name->value(), full);
    QCOMPARE(name->toolTip(), full);
    // Nothing is cut off: the card fits the pane.
    QVERIFY(fastboot->width() <= m_pane->width());
    QVERIFY(name->geometry().right() <= fastboot->copyButton(F::PackageName)->geometry().left());
    QTest::mouseClick(fastboot->copyButton(F::PackageName), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), full);

    m_pane->resize(1100, 900);
    QTRY_VERIFY(!name->isElided());
    QCOMPARE(name->text(), full);
    QCOMPARE(name->toolTip(), QString());
}

void TestDetailsPane::labelsInPageOrder()
{
    const QStringList expected{"Device:",       "Codename:", "Version:", "Branch:",   "Type:",     "Size:",
                               "Release Date:", "Package Name:", "MD5:", "Download:", "Changelog:"};
    for (RomCardWidget *card : m_pane->cards()) {
        QStringList labels;
        for (int f = 0; f < RomCardWidget::FieldCount; ++f)
            labels.append(card->nameLabel(F(f))->text());
        QCOMPARE(labels, expected);
        // The form shows them top to bottom in that order.
        for (int f = 1; f < RomCardWidget::FieldCount; ++f)
            QVERIFY(card->nameLabel(F(f))->y() > card->nameLabel(F(f - 1))->y());
        QVERIFY(card->nameLabel(F::Device)->font().bold());
    }
    QCOMPARE(m_pane->cards()[0]->file().type, QStringLiteral("Recovery"));
    QCOMPARE(m_pane->cards()[1]->file().type, QStringLiteral("Fastboot"));
}

void TestDetailsPane::valuesAreSelectable()
{
    for (RomCardWidget *card : m_pane->cards()) {
        for (int f = 0; f < RomCardWidget::FieldCount; ++f) {
            const Qt::TextInteractionFlags flags = card->valueLabel(F(f))->textInteractionFlags();
            QVERIFY(flags.testFlag(Qt::TextSelectableByMouse));
            QVERIFY(flags.testFlag(Qt::TextSelectableByKeyboard));
        }
    }
}

void TestDetailsPane::copyButtonCopiesMd5()
{
    RomCardWidget *recovery = m_pane->cards()[0];
    QSignalSpy copied(m_pane.get(), &DetailsPane::copied);
    QToolButton *button = recovery->copyButton(F::Md5);
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("b3186f9d5fb716d6f2c182b3ac61ea61"));
    QCOMPARE(copied.count(), 1);
}

void TestDetailsPane::copyButtonCopiesFileNameAndLink()
{
    RomCardWidget *fastboot = m_pane->cards()[1];
    QTest::mouseClick(fastboot->copyButton(F::PackageName), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("gemini_global_images_7.6.8_20170608.0000.00_7.0_global_dfba39696a.tgz"));
    QTest::mouseClick(fastboot->copyButton(F::Download), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("https://cdnorg.d.miui.com/7.6.8/gemini_global_images_7.6.8_20170608.0000.00_7.0_global_dfba39696a.tgz"));
    QVERIFY(!fastboot->copyButton(F::Device)); // plain fields have no button
}

void TestDetailsPane::unknownMd5IsGreyAndNotCopyable()
{
    RomCardWidget *fastboot = m_pane->cards()[1];
    FieldLabel *md5 = fastboot->valueLabel(F::Md5);
    QCOMPARE(md5->text(), QStringLiteral("Unknown"));
    QVERIFY(!md5->isCopyable());
    QCOMPARE(md5->foregroundRole(), QPalette::PlaceholderText);
    QCOMPARE(m_pane->cards()[0]->valueLabel(F::Md5)->foregroundRole(), QPalette::WindowText);
    QToolButton *button = fastboot->copyButton(F::Md5);
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(QLatin1String("MD5")));

    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!md5->copy());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
}

void TestDetailsPane::copyShortcutOnFocusedField()
{
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    FieldLabel *name = m_pane->cards()[0]->valueLabel(F::PackageName);
    name->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(name->hasFocus());
    QTest::keySequence(name, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip"));
}

void TestDetailsPane::changelogCollapsedThenExpands()
{
    ChangelogView *changelog = m_pane->cards()[0]->changelogView();
    QVERIFY(!changelog->isExpanded());
    QVERIFY(!changelog->textLabel()->isVisible());
    QCOMPARE(changelog->toggleButton()->text(), QStringLiteral("Show changelog"));
    QTest::mouseClick(changelog->toggleButton(), Qt::LeftButton);
    QVERIFY(changelog->isExpanded());
    QVERIFY(changelog->textLabel()->isVisible());
    QCOMPARE(changelog->toggleButton()->text(), QStringLiteral("Hide changelog"));
    QCOMPARE(changelog->textLabel()->value(),
             QStringLiteral("[Other]\nOptimized system performance\nImproved system security and stability"));
    QCOMPARE(changelog->textLabel()->textFormat(), Qt::RichText);
    QTest::mouseClick(changelog->toggleButton(), Qt::LeftButton);
    QVERIFY(!changelog->textLabel()->isVisible());

    QCOMPARE(m_pane->cards()[1]->changelogView()->changelog(), QStringLiteral("Bug fixes and system optimizations."));
}

void TestDetailsPane::changelogHtmlKeepsLinesAndBoldHeadings()
{
    QCOMPARE(ChangelogView::toHtml(QStringLiteral("[Other]\nFixed <b> & more\nLine")),
             QStringLiteral("<b>[Other]</b><br>Fixed &lt;b&gt; &amp; more<br>Line"));
}

void TestDetailsPane::downloadButtonOffersEveryMirror()
{
    RomCardWidget *recovery = m_pane->cards()[0];
    QToolButton *download = recovery->downloadButton();
    QVERIFY(download->menu());
    QList<QAction *> mirrors = download->menu()->actions();
    // Every mirror, then a separator and "Open in Browser".
    QAction *browser = mirrors.takeLast();
    QCOMPARE(browser->objectName(), QStringLiteral("openInBrowser"));
    QVERIFY(mirrors.takeLast()->isSeparator());
    QCOMPARE(mirrors.size(), recovery->file().urls.size());
    QVERIFY(mirrors.size() >= 2);
    QCOMPARE(mirrors[0]->text(), QStringLiteral("Mirror 1 — cdnorg.d.miui.com"));

    QSignalSpy requested(m_pane.get(), &DetailsPane::downloadRequested);
    mirrors[1]->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested[0][0].toInt(), recovery->fileIndex());
    QCOMPARE(requested[0][1].toUrl(), QUrl(recovery->file().urls[1]));
    QCOMPARE(m_catalog->files().at(recovery->fileIndex()).fileName, recovery->file().fileName);

    // The button itself names no mirror: the preferred one, else page order, goes first.
    download->click();
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested[1][1].toUrl(), QUrl());

    QSignalSpy browse(m_pane.get(), &DetailsPane::openInBrowserRequested);
    browser->trigger();
    QCOMPARE(requested.count(), 2);
    QCOMPARE(browse.count(), 1);
    QCOMPARE(browse[0][0].toUrl(), QUrl(recovery->file().urls[0]));
}

void TestDetailsPane::deviceRowShowsSummary()
{
    int gemini = -1;
    for (int d = 0; d < m_catalog->devices().size(); ++d) {
        if (m_catalog->devices()[d].folder == QLatin1String("gemini"))
            gemini = d;
    }
    QVERIFY(gemini >= 0);
    m_pane->showDevice(gemini);
    QVERIFY(m_pane->cards().isEmpty());
    QCOMPARE(m_pane->currentPage(), -1);
    QCOMPARE(m_pane->title(), QStringLiteral("MI 5 (gemini)"));
    QStringList values;
    for (FieldLabel *label : m_pane->findChildren<FieldLabel *>())
        values.append(label->value());
    QVERIFY(values.contains(QStringLiteral("gemini")));
    const QString versions = QStringLiteral("%1 versions").arg(m_catalog->devices()[gemini].pages.size());
    QVERIFY2(values.contains(versions), qPrintable(values.join(QLatin1Char('|'))));
}

void TestDetailsPane::badIndexShowsPlaceholder()
{
    m_pane->showPage(-1);
    QVERIFY(m_pane->cards().isEmpty());
    QVERIFY(!m_pane->message().isEmpty());
    m_pane->showPage(int(m_catalog->pages().size()));
    QVERIFY(m_pane->cards().isEmpty());
}

void TestDetailsPane::narrowCardFitsThePane_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("md5");
    for (const char *language : {"ru", "zh_CN", "en"}) {
        QTest::addRow("%s firmware", language) << language << "firmware" << "d67de4da790f4241ec24808c1bc29ddb";
        QTest::addRow("%s ROM", language) << language << "miui" << "d05f4a2bfd2d26057998d23c86e97b72";
        QTest::addRow("%s vendor", language) << language << "vendor" << QString(); // no MD5 published
    }
}

// Seen at 800x600 in Russian: the firmware card was wider than the pane, so it scrolled sideways,
// focus on the MD5's Copy button scrolled the title's first letters away, and the MD5 read "d67…ddb".
void TestDetailsPane::narrowCardFitsThePane()
{
    QFETCH(QString, language);
    QFETCH(QString, section);
    QFETCH(QString, md5);
    ScopedLanguage restore;
    installTranslators(QLocale(language));
    const CatalogPtr catalog = Fixtures::sectionsCatalog();
    int page = -1;
    if (section == QLatin1String("vendor")) {
        for (int p = 0; p < catalog->pages().size() && page < 0; ++p)
            page = catalog->pages()[p].os == RomOs::Vendor ? p : -1;
    } else {
        for (int p : catalog->findPages(QStringLiteral("gemini"), QStringLiteral("V10.2.2.0.OAAMIXM")))
            page = osSlug(catalog->pages()[p].os) == section ? p : page;
    }
    QVERIFY(page >= 0);
    QSplitter window; // the tree's side, then the pane, as in the main window
    window.addWidget(new QWidget);
    auto *panePtr = new DetailsPane;
    DetailsPane &pane = *panePtr;
    window.addWidget(panePtr);
    pane.setCatalog(catalog);
    QVERIFY(pane.minimumWidth() <= 360);
    window.resize(800, 300);
    window.show(); // the placeholder first, then the page, as the window does
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    pane.showPage(page);
    auto *scroll = pane.findChild<QScrollArea *>();
    // Narrowed down to its narrowest, as the splitter does (the vertical scroll bar pushed the content sideways).
    for (int width : {pane.minimumWidth() + 60, pane.minimumWidth() + 30, pane.minimumWidth()}) {
        window.setSizes({800 - width, width});
        QTRY_VERIFY(scroll->verticalScrollBar()->isVisible());
        QTest::qWait(20); // the layouts the resize posted
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
        for (RomCardWidget *card : pane.cards()) {
            QVERIFY2(card->geometry().right() < scroll->viewport()->width(), qPrintable(card->accessibleName()));
            if (!md5.isEmpty() && card->valueLabel(F::Md5)->value() == md5)
                QCOMPARE(card->valueLabel(F::Md5)->text(), md5); // whole, to compare by eye with a checksum tool's
            // Each value and Copy button keeps inside the card.
            for (int f = 0; f < RomCardWidget::FieldCount; ++f) {
                for (QWidget *part : {static_cast<QWidget *>(card->valueLabel(F(f))), static_cast<QWidget *>(card->copyButton(F(f)))}) {
                    if (part && part->isVisible())
                        QVERIFY2(part->mapTo(card, QPoint(part->width(), 0)).x() <= card->width(),
                                 qPrintable(card->nameLabel(F(f))->text()));
                }
            }
        }
    }
    // Focus on the MD5's Copy button (the file name's where there is no MD5) keeps the title in view.
    RomCardWidget *last = pane.cards().last();
    QToolButton *copy = last->copyButton(md5.isEmpty() ? F::PackageName : F::Md5);
    copy->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(copy->hasFocus());
    QCOMPARE(scroll->horizontalScrollBar()->value(), 0);
}

// The page's title names one version of the section: Russian "Прошивка", not the section's plural.
void TestDetailsPane::pageTitleNamesOneItemOfTheSection()
{
    ScopedLanguage restore;
    installTranslators(QLocale(QStringLiteral("ru")));
    const CatalogPtr catalog = Fixtures::sectionsCatalog();
    const QList<int> pages = catalog->findPages(QStringLiteral("gemini"), QStringLiteral("V10.2.2.0.OAAMIXM"));
    QCOMPARE(pages.size(), 2);
    const QString title = DetailsPane::pageTitle(*catalog, catalog->pages()[pages[1]]);
    QCOMPARE(title, QStringLiteral("MI 5 Глобальная · Прошивка V10.2.2.0.OAAMIXM Стабильная"));
    QCOMPARE(DetailsPane::pageTitle(*catalog, catalog->pages()[pages[0]]),
             QStringLiteral("MI 5 Глобальная · MIUI V10.2.2.0.OAAMIXM Стабильная"));
}

// One rule writes every caption's colon; Chinese writes the full-width one.
void TestDetailsPane::captionsUseTheLanguagesColon()
{
    QCOMPARE(m_pane->cards().first()->nameLabel(F::Md5)->text(), QStringLiteral("MD5:"));
    ScopedLanguage restore;
    installTranslators(QLocale(QStringLiteral("zh_CN")));
    DetailsPane pane;
    pane.setCatalog(m_catalog);
    pane.showPage(geminiPage());
    QCOMPARE(pane.cards().first()->nameLabel(F::Md5)->text(), QStringLiteral("MD5："));
    QCOMPARE(pane.cards().first()->nameLabel(F::Md5)->buddy(), pane.cards().first()->valueLabel(F::Md5)->parentWidget());
    QCOMPARE(CaptionLabel::captionText(QStringLiteral("设备")), QStringLiteral("设备："));
}

// A vendor package of umi is versioned by a commit hash (data/vendor/full/umi.yml): the title and
// the Version field wrap it rather than widening the pane; what is copied is the hash itself.
void TestDetailsPane::hashVersionWrapsButCopiesWhole()
{
    const QString hash = QStringLiteral("44edb6fd7214022224e0a6ba8eb8a067362c0fe7");
    FieldLabel label;
    label.setValue(hash);
    QVERIFY(label.minimumSizeHint().width() < label.fontMetrics().horizontalAdvance(hash) * 0.9);
    label.resize(label.minimumSizeHint().width(), 100);
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    label.setSelection(0, int(label.text().size()));
    QVERIFY(label.copy());
    QCOMPARE(QGuiApplication::clipboard()->text(), hash);
    QVERIFY(label.copyAll());
    QCOMPARE(QGuiApplication::clipboard()->text(), hash);
    QCOMPARE(label.value(), hash);
    // An MD5 (32 characters) stays one word.
    label.setValue(QStringLiteral("d67de4da790f4241ec24808c1bc29ddb"));
    QCOMPARE(label.text(), label.value());
}

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
