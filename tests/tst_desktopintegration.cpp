// SPDX-License-Identifier: GPL-3.0-or-later
// Platform conventions of the main window: standard shortcuts, mnemonics in every menu, drawing
// that follows the palette (a dark one included), and the tray notifier without a tray.
#include "darkpalette.h"
#include "detailspane.h"
#include "downloadnotifier.h"
#include "fieldlabel.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "romcardwidget.h"
#include "scopedstyle.h"
#include "testwindow.h"
#include "windowparts.h"
#include "download/downloadmanager.h"

#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QSystemTrayIcon>
#include <QtTest>

using F = RomCardWidget::Field;

namespace {

// The action whose shortcuts include the platform's primary binding for key.
QAction *actionWithShortcut(QWidget *window, QKeySequence::StandardKey key)
{
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!bindings.isEmpty() && action->shortcuts().contains(bindings.first()))
            return action;
    }
    return nullptr;
}

// The letter after a single '&', lower case; none for "&&" or no mnemonic.
QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void standardShortcuts_data();
    void standardShortcuts();
    void refreshIsF5();
    void everyMenuAndItemHasAMnemonic();
    void cardsFollowTheDarkPalette();
    void styleGuardRestoresTheLook();
    void noTrayMeansNoticesOnly();

private:
    TestWindow m_window;
};

void TestDesktopIntegration::initTestCase()
{
    Fixtures::isolateSettings(QStringLiteral("tst_desktopintegration"));
}

void TestDesktopIntegration::init()
{
    QVERIFY(m_window.open(Fixtures::pagesCatalog()));
}

void TestDesktopIntegration::cleanup()
{
    m_window.close();
}

void TestDesktopIntegration::standardShortcuts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("key");
    QTest::newRow("Find") << "actionFind" << int(QKeySequence::Find);
    QTest::newRow("Refresh") << "actionRefreshCatalog" << int(QKeySequence::Refresh);
    QTest::newRow("Copy") << "actionCopy" << int(QKeySequence::Copy);
    QTest::newRow("Preferences") << "actionPreferences" << int(QKeySequence::Preferences);
    QTest::newRow("Quit") << "actionQuit" << int(QKeySequence::Quit);
    QTest::newRow("Open") << "actionImportPage" << int(QKeySequence::Open);
}

// Each takes the platform's bindings (so Quit is Ctrl+Q on X11 and none on Windows, where Alt+F4
// closes the window) and sits in a menu, which shows the shortcut next to it.
void TestDesktopIntegration::standardShortcuts()
{
    QFETCH(QString, action);
    QFETCH(int, key);
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(QKeySequence::StandardKey(key));
    auto *found = m_window->findChild<QAction *>(action);
    QVERIFY(found);
    if (action == QLatin1String("actionRefreshCatalog")) // F5 alone (Ctrl+R stays free)
        QVERIFY(bindings.isEmpty() || found->shortcuts().contains(bindings.first()));
    else
        QCOMPARE(found->shortcuts(), bindings);
    bool inMenu = false;
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>())
        inMenu = inMenu || menu->actions().contains(found);
    QVERIFY2(inMenu, qPrintable(found->text()));
}

void TestDesktopIntegration::refreshIsF5()
{
    QAction *refresh = actionWithShortcut(m_window.get(), QKeySequence::Refresh);
    QVERIFY(refresh);
    QVERIFY(refresh->shortcuts().contains(QKeySequence(Qt::Key_F5)));
}

void TestDesktopIntegration::everyMenuAndItemHasAMnemonic()
{
    QSet<QChar> titles;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        const QChar title = mnemonicOf(menuAction->text());
        QVERIFY2(!title.isNull(), qPrintable(menuAction->text()));
        QVERIFY2(!titles.contains(title), qPrintable(QStringLiteral("%1 repeats &%2").arg(menuAction->text(), title)));
        titles.insert(title);

        QSet<QChar> items;
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QChar item = mnemonicOf(action->text());
            const QString where = menuAction->text() + QStringLiteral(" > ") + action->text();
            QVERIFY2(!item.isNull(), qPrintable(where));
            QVERIFY2(!items.contains(item), qPrintable(where + QStringLiteral(" repeats &") + item));
            items.insert(item);
        }
    }
    QVERIFY(titles.size() >= 4);
}

void TestDesktopIntegration::cardsFollowTheDarkPalette()
{
    const ScopedApplicationStyle restoreStyle;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkFusionPalette());
    const QPalette dark = darkFusionPalette();

    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->selectVersion(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    const QList<RomCardWidget *> cards = WindowParts::detailsPane(*m_window)->cards();
    QCOMPARE(cards.size(), 2);
    QTRY_VERIFY(cards.last()->isVisible());

    // The card's background is the palette's Base, its text the palette's text colour, the
    // "Unknown" MD5 the placeholder colour: nothing assumes a light theme.
    const QImage image = cards[1]->grab().toImage();
    QCOMPARE(QColor(image.pixel(image.width() - 8, image.height() / 2)), dark.color(QPalette::Base));
    const FieldLabel *unknown = cards[1]->valueLabel(F::Md5);
    QCOMPARE(unknown->palette().color(unknown->foregroundRole()), dark.color(QPalette::PlaceholderText));
    FieldLabel *device = cards[1]->valueLabel(F::Device);
    QCOMPARE(device->palette().color(device->foregroundRole()), dark.color(QPalette::WindowText));
    const QImage text = device->grab().toImage();
    bool lightInk = false;
    for (int y = 0; y < text.height() && !lightInk; ++y) {
        for (int x = 0; x < text.width() && !lightInk; ++x)
            lightInk = QColor(text.pixel(x, y)).lightness() > 180;
    }
    QVERIFY2(lightInk, "the value is drawn in the dark palette's light text colour");
}

void TestDesktopIntegration::styleGuardRestoresTheLook()
{
    const QString style = QApplication::style()->name();
    const QPalette palette = QApplication::palette();
    {
        const ScopedApplicationStyle guard;
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Windows")));
        QApplication::setPalette(darkFusionPalette());
        QVERIFY(QApplication::palette() != palette);
    }
    QCOMPARE(QApplication::style()->name(), style);
    QCOMPARE(QApplication::palette(), palette);
}

void TestDesktopIntegration::noTrayMeansNoticesOnly()
{
    DownloadNotifier *notifier = WindowParts::downloadNotifier(*m_window);
    QVERIFY(notifier);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("A system tray exists here");
    QVERIFY(!notifier->trayIcon());
    QVERIFY(!notifier->trayMenu());
    QCOMPARE(DownloadNotifier::progressText(m_window.downloads()), QStringLiteral("No downloads running"));
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
