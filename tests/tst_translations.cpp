// SPDX-License-Identifier: GPL-3.0-or-later
// The interface languages: the main window's texts change with the language, every language
// keeps the menus' mnemonics distinct, plural forms follow each language's rules, Qt's own texts
// are translated too, and the language chosen in Preferences is the one applied at start.
#include "catalogsummary.h"
#include "fieldlabel.h"
#include "fixtures.h"
#include "languagesetting.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "refreshsettings.h"
#include "romcardwidget.h"
#include "scopedstate.h"
#include "searchfield.h"
#include "windowparts.h"
#include "catalog/catalogtreemodel.h"
#include "download/downloadmanager.h"
#include "feed/catalogupdater.h"
#include "util/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

namespace {

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QChar mnemonicOf(const QString &text)
{
    const int at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
    return at < 0 ? QChar() : text.at(at + 1).toLower();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyLanguageIsEmbedded();
    void mainWindowSpeaksTheLanguage_data();
    void mainWindowSpeaksTheLanguage();
    void russianPluralForms();
    void qtsOwnTextsAreTranslated();
    void catalogWordsSpeakTheLanguage_data();
    void catalogWordsSpeakTheLanguage();
    void languageListNamesEachLanguageAsItsSpeakers();
    void preferencesChooseTheLanguage();
    void restoreDefaultsResetsEveryPage();
    void unknownLanguageFallsBackToEnglish();

private:
    std::unique_ptr<MainWindow> makeWindow();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DownloadManager> m_downloads;
    std::optional<ScopedLanguage> m_language;
};

void TestTranslations::initTestCase()
{
    Fixtures::isolateSettings(QStringLiteral("tst_translations"));
    // Every test starts from English, as the app on an English system does (the first test used to
    // run without translators, the others after an English cleanup).
    installTranslators(QLocale(QLocale::English));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTranslations::init()
{
    m_language.emplace();
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_downloads = std::make_unique<DownloadManager>(m_dir->filePath(QStringLiteral("queue.json")));
}

void TestTranslations::cleanup()
{
    m_downloads.reset();
    QSettings().clear();
    m_language.reset(); // the language as it was before the test
}

std::unique_ptr<MainWindow> TestTranslations::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_downloads.get());
    window->setCatalog(Fixtures::pagesCatalog());
    return window;
}

void TestTranslations::everyLanguageIsEmbedded()
{
    const QStringList languages = availableLanguages();
    for (const char *language : {"en", "es", "id", "pt_BR", "ru", "zh_CN"})
        QVERIFY2(languages.contains(QLatin1String(language)), language);
}

void TestTranslations::mainWindowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("anyBranch");
    QTest::newRow("Simplified Chinese") << "zh_CN" << "文件(&F)" << "所有分支";
    QTest::newRow("Russian") << "ru" << "&Файл" << "Любая ветка";
    QTest::newRow("Spanish") << "es" << "&Archivo" << "Cualquier rama";
    QTest::newRow("Brazilian Portuguese") << "pt_BR" << "&Arquivo" << "Qualquer ramo";
    QTest::newRow("Indonesian") << "id" << "&Berkas" << "Semua cabang";
}

void TestTranslations::mainWindowSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, anyBranch);

    installTranslators(QLocale(QLocale::English));
    const std::unique_ptr<MainWindow> english = makeWindow();
    const QStringList englishTitles = menuTitles(*english);
    QCOMPARE(englishTitles.first(), QStringLiteral("&File"));

    QCOMPARE(installTranslators(QLocale(language)), language);
    const std::unique_ptr<MainWindow> window = makeWindow();
    const QStringList titles = menuTitles(*window);
    QCOMPARE(titles.first(), fileMenu);
    QCOMPARE(WindowParts::branchCombo(*window)->itemText(0), anyBranch);
    QVERIFY(WindowParts::searchField(*window)->placeholderText() != WindowParts::searchField(*english)->placeholderText());
    QVERIFY(WindowParts::catalogStatusText(*window) != WindowParts::catalogStatusText(*english));

    // Every menu title and every item of a menu is translated, with its own mnemonic.
    QSet<QChar> used;
    for (int m = 0; m < titles.size(); ++m) {
        QVERIFY2(titles[m] != englishTitles[m], qPrintable(titles[m]));
        const QChar key = mnemonicOf(titles[m]);
        QVERIFY2(!key.isNull() && !used.contains(key), qPrintable(titles[m]));
        used.insert(key);
        QSet<QChar> items;
        int translated = 0, shown = 0;
        const QList<QAction *> actions = window->menuBar()->actions().at(m)->menu()->actions();
        const QList<QAction *> englishActions = english->menuBar()->actions().at(m)->menu()->actions();
        for (int a = 0; a < actions.size(); ++a) {
            if (actions[a]->isSeparator() || !actions[a]->isVisible())
                continue;
            const QString text = actions[a]->text();
            ++shown;
            translated += text != englishActions[a]->text(); // some words are the same ("Downloads" in pt_BR)
            const QChar item = mnemonicOf(text);
            QVERIFY2(!item.isNull() && !items.contains(item), qPrintable(titles[m] + QStringLiteral(" > ") + text));
            items.insert(item);
        }
        QVERIFY2(translated * 2 >= shown, qPrintable(titles[m]));
    }

    // Toolbar buttons show no mnemonic: not "&", not Chinese's "(&D)" suffix as "(D)".
    const QList<QToolButton *> buttons = window->findChildren<QToolButton *>();
    int toolBarButtons = 0;
    for (const QToolButton *button : buttons) {
        if (!qobject_cast<QToolBar *>(button->parentWidget()) || !button->defaultAction())
            continue;
        ++toolBarButtons;
        static const QRegularExpression mnemonic(QStringLiteral("&|\\([A-Z]\\)"));
        QVERIFY2(!button->text().contains(mnemonic), qPrintable(button->text()));
        QVERIFY(!button->text().isEmpty());
    }
    QVERIFY(toolBarButtons >= 2); // Refresh Catalog and Detect Phone, then the Downloads panel's
}

void TestTranslations::russianPluralForms()
{
    installTranslators(QLocale(QStringLiteral("ru")));
    QCOMPARE(CatalogSummary::versions(1), QStringLiteral("1 версия"));
    QCOMPARE(CatalogSummary::versions(3), QStringLiteral("3 версии"));
    QCOMPARE(CatalogSummary::versions(5), QStringLiteral("5 версий"));
    QCOMPARE(CatalogSummary::versions(21), QStringLiteral("21 версия"));
    QCOMPARE(CatalogSummary::files(12), QStringLiteral("12 файлов"));
    QCOMPARE(QCoreApplication::translate("CatalogTreeModel", "%Ln device(s)", nullptr, 22),
             QStringLiteral("22 устройства"));
    // %Ln: the number as the interface language writes it.
    QLocale::setDefault(QLocale(QStringLiteral("ru")));
    QCOMPARE(CatalogSummary::versions(34377), QLocale().toString(34377) + QStringLiteral(" версий"));
    QVERIFY(QLocale().toString(34377) != QStringLiteral("34377"));

    installTranslators(QLocale(QLocale::English));
    QCOMPARE(CatalogSummary::versions(1), QStringLiteral("1 version"));
    QCOMPARE(CatalogSummary::versions(5), QStringLiteral("5 versions"));
    QCOMPARE(QCoreApplication::translate("CatalogTreeModel", "%Ln device(s)", nullptr, 1), QStringLiteral("1 device"));
}

void TestTranslations::qtsOwnTextsAreTranslated()
{
    if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_ru.qm")))
        QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
    installTranslators(QLocale(QStringLiteral("ru")));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Отмена"));
}

void TestTranslations::catalogWordsSpeakTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("words"); // Weekly, Recovery, Fastboot, Global
    QTest::newRow("English") << "en" << QStringList{"Weekly", "Recovery", "Fastboot", "Global"};
    QTest::newRow("Simplified Chinese") << "zh_CN" << QStringList{"开发版", "卡刷包", "线刷包", "国际版"};
    // Xiaomi's Russian pages keep the two modes' names: "Recovery", "Fastboot".
    QTest::newRow("Russian") << "ru" << QStringList{"Еженедельная", "Recovery", "Fastboot", "Глобальная"};
}

// 16.6: the filters, the tree and the cards name branches, types and regions in the user's
// language; the filters' values stay upstream's words.
void TestTranslations::catalogWordsSpeakTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, words);
    const QString &weekly = words[0], &recovery = words[1], &fastboot = words[2], &global = words[3];

    installTranslators(QLocale(language));
    const std::unique_ptr<MainWindow> window = makeWindow();
    QComboBox *branches = WindowParts::branchCombo(*window);
    QCOMPARE(branches->itemText(branches->findData(QStringLiteral("Weekly"))), weekly);
    QComboBox *types = WindowParts::typeCombo(*window);
    QCOMPARE(types->itemText(types->findData(QStringLiteral("Recovery"))), recovery);
    QComboBox *regions = WindowParts::regionCombo(*window);
    QCOMPARE(regions->itemText(regions->findData(QStringLiteral("Global"))), global);

    QVERIFY(window->selectVersion(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    const QModelIndex row = WindowParts::catalogView(*window)->currentIndex();
    QCOMPARE(row.siblingAtColumn(CatalogTreeModel::BranchColumn).data().toString(), weekly);
    QCOMPARE(row.siblingAtColumn(CatalogTreeModel::ContentsColumn).data().toString(),
             recovery + (language == QLatin1String("zh_CN") ? QStringLiteral("、") : QStringLiteral(", ")) + fastboot);

    const QList<RomCardWidget *> cards = WindowParts::detailsPane(*window)->cards();
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards[0]->valueLabel(RomCardWidget::Branch)->value(), weekly);
    QCOMPARE(cards[0]->valueLabel(RomCardWidget::Type)->value(), recovery);
    QCOMPARE(cards[1]->valueLabel(RomCardWidget::Type)->value(), fastboot);
    QCOMPARE(cards[0]->valueLabel(RomCardWidget::Device)->value(), QStringLiteral("MI 5 ") + global);
    QVERIFY(WindowParts::detailsPane(*window)->title().endsWith(QStringLiteral(" 7.6.8 ") + weekly));
    // The package name and the MD5 are upstream's, whatever the language.
    QCOMPARE(cards[0]->valueLabel(RomCardWidget::PackageName)->value(), QStringLiteral("miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip"));
}

void TestTranslations::languageListNamesEachLanguageAsItsSpeakers()
{
    QCOMPARE(LanguageSetting::displayName(QStringLiteral("id")), QStringLiteral("Bahasa Indonesia"));
    QCOMPARE(LanguageSetting::displayName(QStringLiteral("ru")), QStringLiteral("Русский"));
    QCOMPARE(LanguageSetting::displayName(QStringLiteral("es")), QStringLiteral("Español"));
}

void TestTranslations::preferencesChooseTheLanguage()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    PreferencesDialog *dialog = window->showPreferences();
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QString()); // the system's by default
    const int russian = combo->findData(QStringLiteral("ru"));
    QVERIFY(russian > 0);
    QCOMPARE(combo->itemText(russian), QStringLiteral("Русский"));
    QCOMPARE(combo->itemText(combo->findData(QStringLiteral("pt_BR"))), QStringLiteral("Português (Brasil)"));
    combo->setCurrentIndex(russian);
    dialog->accept();
    QCOMPARE(LanguageSetting::load(), QStringLiteral("ru"));
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("next time")));

    // What the next start does.
    LanguageSetting::apply();
    QCOMPARE(QLocale().name(), QStringLiteral("ru_RU"));
    const std::unique_ptr<MainWindow> restarted = makeWindow();
    QCOMPARE(menuTitles(*restarted).first(), QStringLiteral("&Файл"));

    LanguageSetting::save(QString());
    QCOMPARE(LanguageSetting::locale(), QLocale::system());
}

void TestTranslations::restoreDefaultsResetsEveryPage()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    PreferencesDialog *dialog = window->showPreferences();
    RefreshSettings refresh;
    refresh.automatic = false;
    refresh.intervalHours = 48;
    refresh.primaryUrl = QUrl(QStringLiteral("https://example.org/latest.yml"));
    refresh.fallbackUrl = QUrl(QStringLiteral("https://example.org/copy.yml"));
    dialog->setRefreshSettings(refresh);
    dialog->setLanguage(QStringLiteral("ru"));
    dialog->setPhoneSettings({QStringLiteral("/opt/adb"), QStringLiteral("/opt/fastboot"), true});
    DownloadPreferences downloads;
    downloads.parallel = DownloadPreferences::MaxParallel;
    downloads.verify = false;
    downloads.preferredMirror = QStringLiteral("bn.d.miui.com");
    dialog->setPreferences(downloads);

    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog->preferences(), DownloadPreferences());
    QCOMPARE(dialog->phoneSettings(), PhoneSettings());
    QCOMPARE(dialog->language(), QString());
    const RefreshSettings restored = dialog->refreshSettings();
    QVERIFY(restored.automatic);
    QCOMPARE(restored.intervalHours, RefreshSettings().intervalHours);
    QCOMPARE(restored.primaryUrl, CatalogUpdater::defaultPrimaryUrl());
    QCOMPARE(restored.fallbackUrl, CatalogUpdater::defaultFallbackUrl());
    dialog->reject();
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    // German has no file: English, with its plural forms.
    QCOMPARE(installTranslators(QLocale(QLocale::German)), QStringLiteral("en"));
    const std::unique_ptr<MainWindow> window = makeWindow();
    QCOMPARE(menuTitles(*window).first(), QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("CatalogTreeModel", "%Ln device(s)", nullptr, 2), QStringLiteral("2 devices"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
