// SPDX-License-Identifier: GPL-3.0-or-later
// The whole flow from the keyboard alone (search → tree → card → copy / download), the tab
// order it relies on, and an accessible name on every control a keyboard can reach.
#include "changelogview.h"
#include "detailspane.h"
#include "downloadspanel.h"
#include "downloadtesthelpers.h"
#include "fieldlabel.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "romcardwidget.h"
#include "searchfield.h"
#include "testhttpserver.h"
#include "testwindow.h"
#include "windowparts.h"
#include "catalog/catalogfiltermodel.h"
#include "download/downloadmanager.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using F = RomCardWidget::Field;

namespace {

constexpr qint64 RomSize = 300000;
constexpr int MaxKeyPresses = 80;

// A page made in the test whose file lives on the loopback server.
CatalogPtr loopbackCatalog(const TestHttpServer &server)
{
    return Fixtures::singleFileCatalog(QStringLiteral("test_rom.zip"), TestHttpServer::md5(RomSize),
                                       {server.url("/m1/test_rom.zip").toString()});
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             widget->parentWidget() ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                                    : QStringLiteral("-"));
}

// Controls the keyboard reaches with Tab, visible in window. A focus proxy (a spin box's line
// edit) is named by the control it stands for, which is listed instead.
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(window) || !w->isEnabled())
            continue;
        QWidget *owner = w->parentWidget();
        stops.append(qobject_cast<QAbstractSpinBox *>(owner) ? owner : w);
    }
    return stops;
}

} // namespace

class TestKeyboardFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlHasAnAccessibleName();
    void preferencesControlsHaveAccessibleNames();
    void tabOrderFollowsTheLayout();
    void keyboardAloneCopiesTheMd5();
    void keyboardAloneDownloads();
    void enterOnAVersionGoesToItsFiles();

private:
    void showWindow(CatalogPtr catalog);
    // Cards added to the shown window appear once the event loop ran (QLayout shows them queued).
    void waitForCards();
    // Presses Tab until target has the focus; the widgets passed on the way, in order.
    QList<QWidget *> tabTo(QWidget *target);
    void searchAndSelect(const QString &text, int page);

    TestWindow m_window;
};

void TestKeyboardFlow::initTestCase()
{
    Fixtures::isolateSettings(QStringLiteral("tst_keyboardflow"));
}

void TestKeyboardFlow::init()
{
    QVERIFY(m_window.open(nullptr, QSize(1300, 900))); // each test shows it on its catalog
    m_window.downloads().setSettings(fastSettings());
    DownloadPreferences preferences;
    preferences.directory = m_window.filePath(QStringLiteral("downloads"));
    m_window->setDownloadPreferences(preferences);
}

void TestKeyboardFlow::cleanup()
{
    m_window.close();
}

void TestKeyboardFlow::showWindow(CatalogPtr catalog)
{
    m_window->setCatalog(std::move(catalog));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestKeyboardFlow::waitForCards()
{
    QVERIFY(!WindowParts::detailsPane(*m_window)->cards().isEmpty());
    QTRY_VERIFY(WindowParts::detailsPane(*m_window)->cards().last()->isVisible());
}

QList<QWidget *> TestKeyboardFlow::tabTo(QWidget *target)
{
    QList<QWidget *> passed;
    for (int i = 0; i < MaxKeyPresses && QApplication::focusWidget() != target; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        passed.append(QApplication::focusWidget());
    }
    return passed;
}

void TestKeyboardFlow::searchAndSelect(const QString &text, int page)
{
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTRY_VERIFY(WindowParts::searchField(*m_window)->hasFocus());
    QTest::keyClicks(WindowParts::searchField(*m_window), text);
    QTest::keyClick(WindowParts::searchField(*m_window), Qt::Key_Return);
    QCOMPARE(WindowParts::filterModel(*m_window)->searchText(), text);
    QTest::keyClick(WindowParts::searchField(*m_window), Qt::Key_Down); // into the results
    QTRY_VERIFY(WindowParts::catalogView(*m_window)->hasFocus());
    for (int i = 0; i < MaxKeyPresses && m_window->currentPage() != page; ++i)
        QTest::keyClick(WindowParts::catalogView(*m_window), Qt::Key_Down);
    QCOMPARE(m_window->currentPage(), page);
    QCOMPARE(WindowParts::detailsPane(*m_window)->currentPage(), page);
    waitForCards();
}

void TestKeyboardFlow::everyControlHasAnAccessibleName()
{
    const CatalogPtr catalog = Fixtures::pagesCatalog();
    showWindow(catalog);
    QVERIFY(m_window->selectVersion(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    WindowParts::downloadsDock(*m_window)->show();
    waitForCards();

    const QList<QWidget *> stops = tabStops(m_window.get());
    // Value labels take the focus with a click (to select and copy), Tab goes through the controls.
    const RomCardWidget *card = WindowParts::detailsPane(*m_window)->cards().first();
    const QList<QWidget *> controls{card->copyButton(F::PackageName), card->copyButton(F::Md5), card->downloadButton(),
                                    card->changelogView()->toggleButton()};
    for (QWidget *control : controls)
        QVERIFY2(stops.contains(control), qPrintable(describe(control)));
    QVERIFY(stops.size() >= 15); // search, filters, tree, details, two cards, the downloads panel
    for (QWidget *w : stops)
        QVERIFY2(!accessibleName(w).isEmpty(), qPrintable(describe(w)));

    // The names say what a control is for, not only what it shows.
    QCOMPARE(accessibleName(WindowParts::searchField(*m_window)), QStringLiteral("Search"));
    // A combo box's name is its current text on Linux (AT-SPI); its tooltip says what it filters.
    QAccessibleInterface *branch = QAccessible::queryAccessibleInterface(WindowParts::branchCombo(*m_window));
    QCOMPARE(branch->text(QAccessible::Description), QStringLiteral("Show only versions of this branch"));
    QCOMPARE(accessibleName(WindowParts::catalogView(*m_window)), QStringLiteral("Catalog"));
    QCOMPARE(accessibleName(WindowParts::detailsPane(*m_window)->findChild<QScrollArea *>()), QStringLiteral("Details"));
    QCOMPARE(accessibleName(card->copyButton(F::Md5)), QStringLiteral("Copy MD5"));
    QCOMPARE(accessibleName(card->downloadButton()),
             QStringLiteral("Download miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip"));
    QCOMPARE(accessibleName(const_cast<RomCardWidget *>(card)),
             QStringLiteral("Recovery file miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip"));
    QCOMPARE(accessibleName(card->valueLabel(F::Version)), QStringLiteral("Version"));
    QCOMPARE(accessibleName(WindowParts::downloadsPanel(*m_window)->view()), QStringLiteral("Downloads"));
    // Where a tooltip explains more, it is the description.
    QAccessibleInterface *download = QAccessible::queryAccessibleInterface(card->downloadButton());
    QVERIFY(!download->text(QAccessible::Description).isEmpty());
}

void TestKeyboardFlow::preferencesControlsHaveAccessibleNames()
{
    PreferencesDialog *dialog = m_window->showPreferences();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QList<QWidget *> stops = tabStops(dialog);
    QVERIFY(stops.size() >= 5);
    for (QWidget *w : stops)
        QVERIFY2(!accessibleName(w).isEmpty(), qPrintable(describe(w)));
    dialog->reject();
}

void TestKeyboardFlow::tabOrderFollowsTheLayout()
{
    const CatalogPtr catalog = Fixtures::pagesCatalog();
    showWindow(catalog);
    // The dock is visible (as after a download), so its controls must come after the details.
    WindowParts::downloadsDock(*m_window)->show();
    QVERIFY(m_window->selectVersion(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    waitForCards();
    WindowParts::searchField(*m_window)->setFocus();
    QTRY_VERIFY(WindowParts::searchField(*m_window)->hasFocus());

    const QList<RomCardWidget *> cards = WindowParts::detailsPane(*m_window)->cards();
    QCOMPARE(cards.size(), 2);
    QList<QWidget *> order = tabTo(WindowParts::downloadsPanel(*m_window)->view());
    QCOMPARE(QApplication::focusWidget(), WindowParts::downloadsPanel(*m_window)->view());
    order.prepend(WindowParts::searchField(*m_window));

    const QList<QWidget *> expected{WindowParts::searchField(*m_window),
                                    WindowParts::branchCombo(*m_window),
                                    WindowParts::typeCombo(*m_window),
                                    WindowParts::regionCombo(*m_window),
                                    WindowParts::catalogView(*m_window),
                                    WindowParts::detailsPane(*m_window)->websiteButton(),
                                    cards[0]->copyButton(F::PackageName),
                                    cards[0]->copyButton(F::Md5),
                                    cards[0]->downloadButton(),
                                    cards[0]->copyButton(F::Download),
                                    cards[0]->changelogView()->toggleButton(),
                                    cards[1]->copyButton(F::PackageName),
                                    cards[1]->downloadButton(),
                                    WindowParts::downloadsPanel(*m_window)->view()};
    int previous = -1;
    for (QWidget *w : expected) {
        const int at = order.indexOf(w);
        QVERIFY2(at > previous, qPrintable(describe(w) + QStringLiteral(" at %1 after %2").arg(at).arg(previous)));
        previous = at;
    }
    // 16.7: the first Tab after the tree lands on something that shows focus, not on the details'
    // scroll area (no frame, nothing to see).
    const int tree = int(order.indexOf(WindowParts::catalogView(*m_window)));
    QCOMPARE(order.value(tree + 1), WindowParts::detailsPane(*m_window)->websiteButton());
}

// 16.7: Enter on a version moves the keyboard to its files.
void TestKeyboardFlow::enterOnAVersionGoesToItsFiles()
{
    const CatalogPtr catalog = Fixtures::pagesCatalog();
    showWindow(catalog);
    searchAndSelect(QStringLiteral("gemini 7.6.8"), catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    QTRY_VERIFY(WindowParts::catalogView(*m_window)->hasFocus());
    QTest::keyClick(WindowParts::catalogView(*m_window), Qt::Key_Return);
    RomCardWidget *first = WindowParts::detailsPane(*m_window)->cards().first();
    QTRY_VERIFY(QApplication::focusWidget() && first->isAncestorOf(QApplication::focusWidget()));
}

void TestKeyboardFlow::keyboardAloneCopiesTheMd5()
{
    const CatalogPtr catalog = Fixtures::pagesCatalog();
    showWindow(catalog);
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    searchAndSelect(QStringLiteral("gemini 7.6.8"),
                    catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8")));

    RomCardWidget *card = WindowParts::detailsPane(*m_window)->cards().first();
    QToolButton *copyMd5 = card->copyButton(F::Md5);
    tabTo(copyMd5);
    QCOMPARE(QApplication::focusWidget(), copyMd5);
    QTest::keyClick(copyMd5, Qt::Key_Space);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("b3186f9d5fb716d6f2c182b3ac61ea61"));

    tabTo(card->downloadButton());
    QCOMPARE(QApplication::focusWidget(), card->downloadButton());
    QVERIFY(card->downloadButton()->isEnabled());
    // Shift+Tab goes back the same way.
    QTest::keyClick(card->downloadButton(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), copyMd5);
}

void TestKeyboardFlow::keyboardAloneDownloads()
{
    TestHttpServer server;
    server.addResource("/m1/test_rom.zip", RomSize);
    const CatalogPtr catalog = loopbackCatalog(server);
    showWindow(catalog);
    searchAndSelect(QStringLiteral("testphone"),
                    catalog->findPage(QStringLiteral("testphone"), QStringLiteral("1.0.0")));

    QToolButton *download = WindowParts::detailsPane(*m_window)->cards().first()->downloadButton();
    tabTo(download);
    QCOMPARE(QApplication::focusWidget(), download);
    QTest::keyClick(download, Qt::Key_Space);
    QCOMPARE(m_window.downloads().downloads().size(), 1);
    Download *d = m_window.downloads().downloads().first();
    WAIT_FINAL(d);
    QCOMPARE(d->state(), DownloadState::Completed);
    QVERIFY(QFile::exists(m_window.filePath(QStringLiteral("downloads/test_rom.zip"))));
}

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
