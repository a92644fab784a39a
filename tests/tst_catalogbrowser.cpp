// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog side of the main window as a user meets it (issue 16): what the details pane shows
// is what the tree selects, counts and contents follow the filters, the keyboard lands on matches.
#include "fixtures.h"
#include "mainwindow.h"
#include "romcardwidget.h"
#include "testwindow.h"
#include "whatsnewdialog.h"
#include "windowparts.h"
#include "catalog/catalogtreemodel.h"
#include "util/translations.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QStatusBar>
#include <QToolTip>
#include <QToolButton>
#include <QtTest>

class TestCatalogBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Fixtures::isolateSettings(QStringLiteral("tst_catalogbrowser"));
        installTranslators(QLocale(QLocale::English)); // the English plural forms
        m_catalog = Fixtures::pagesCatalog();
    }

    void init()
    {
        QVERIFY(m_window.open(m_catalog, QSize(1300, 900)));
        QVERIFY(m_window.showExposed());
    }

    void cleanup() { m_window.close(); }

    // 16.1: a search that hides the selected version leaves nothing downloadable by mistake.
    void hiddenSelectionCannotBeDownloaded()
    {
        QVERIFY(m_window->selectVersion(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
        DetailsPane *pane = WindowParts::detailsPane(*m_window);
        QVERIFY(pane->cards().first()->downloadButton()->isEnabled());

        search(QStringLiteral("mondrian")); // two versions, neither of them gemini's
        QTreeView *view = WindowParts::catalogView(*m_window);
        QVERIFY(!view->currentIndex().isValid());
        QVERIFY(view->selectionModel()->selectedRows().isEmpty());
        const QPointer<QLabel> notice = pane->findChild<QLabel *>(QStringLiteral("hiddenBySearchNotice"));
        QVERIFY(notice && notice->isVisible());
        for (RomCardWidget *card : pane->cards())
            QVERIFY(!card->downloadButton()->isEnabled());

        // Cleared: the version is selected and downloadable again.
        search(QString());
        QCOMPARE(m_window->currentPage(), page("gemini", "7.6.8"));
        QCOMPARE(pane->currentPage(), page("gemini", "7.6.8"));
        QVERIFY(!notice || !notice->isVisible());
        for (RomCardWidget *card : pane->cards())
            QVERIFY(card->downloadButton()->isEnabled());
    }

    // 16.1: a search that leaves one version selects it.
    void searchLeavingOneVersionSelectsIt()
    {
        QVERIFY(m_window->selectVersion(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
        search(QStringLiteral("houji"));
        const int houji = page("houji", "OS1.0.1.0.UNCIDXM");
        QCOMPARE(m_window->currentPage(), houji);
        QCOMPARE(WindowParts::detailsPane(*m_window)->currentPage(), houji);
    }

    // 16.7: Down from the search lands on the first match, not on its OS group.
    void downFromTheSearchLandsOnTheFirstMatch()
    {
        search(QStringLiteral("mondrian"));
        QTest::keyClick(WindowParts::searchField(*m_window), Qt::Key_Down);
        QTreeView *view = WindowParts::catalogView(*m_window);
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(view->currentIndex().data(CatalogTreeModel::KindRole).toInt(), int(CatalogTreeModel::VersionRow));
        QCOMPARE(WindowParts::detailsPane(*m_window)->currentPage(), m_window->currentPage());
        QVERIFY(m_window->currentPage() >= 0);
    }

    // 16.3: counts and contents follow the search and filters.
    void countsAndContentsFollowTheFilters()
    {
        QComboBox *type = WindowParts::typeCombo(*m_window);
        type->setCurrentIndex(type->findData(QStringLiteral("Fastboot")));
        QAbstractItemModel *model = WindowParts::catalogView(*m_window)->model();
        const QModelIndex miui = rowNamed(model, {}, QStringLiteral("MIUI"));
        QVERIFY(miui.isValid());
        int miuiDevices = 0;
        for (const CatalogDevice &device : m_catalog->devices())
            miuiDevices += device.os == RomOs::Miui ? 1 : 0;
        QCOMPARE(contents(miui), QStringLiteral("%1 of %2 devices").arg(model->rowCount(miui)).arg(miuiDevices));
        QVERIFY(model->rowCount(miui) < miuiDevices); // apollo, mondrian and HM2013022 have Recovery files only

        const QModelIndex gemini = rowNamed(model, miui, QStringLiteral("MI 5"));
        QVERIFY(gemini.isValid());
        const int geminiVersions = int(m_catalog->pagesOfFolder(QStringLiteral("gemini")).size());
        // Every gemini version has a Fastboot file: its plain count, not "3 of 3 versions".
        QCOMPARE(model->rowCount(gemini), geminiVersions);
        QCOMPARE(contents(gemini), QStringLiteral("%1 versions").arg(geminiVersions));
        const QModelIndex v768 = rowNamed(model, gemini, QStringLiteral("7.6.8"));
        QVERIFY(v768.isValid());
        QCOMPARE(contents(v768), QStringLiteral("Fastboot")); // not "Recovery, Fastboot"

        // A search that leaves one of a device's versions counts what it leaves.
        type->setCurrentIndex(0);
        search(QStringLiteral("gemini 7.6.8"));
        const QModelIndex oneGemini = rowNamed(model, rowNamed(model, {}, QStringLiteral("MIUI")), QStringLiteral("MI 5"));
        QVERIFY(oneGemini.isValid());
        QCOMPARE(contents(oneGemini), QStringLiteral("1 of %1 versions").arg(geminiVersions));
        QCOMPARE(contents(rowNamed(model, {}, QStringLiteral("MIUI"))), QStringLiteral("1 of %1 devices").arg(miuiDevices));
        search(QString());

        type->setCurrentIndex(0); // any type: the plain counts and contents again
        QCOMPARE(contents(rowNamed(model, {}, QStringLiteral("MIUI"))), QStringLiteral("%1 devices").arg(miuiDevices));
        const QModelIndex all768 = rowNamed(model, rowNamed(model, rowNamed(model, {}, QStringLiteral("MIUI")), QStringLiteral("MI 5")),
                                            QStringLiteral("7.6.8"));
        QCOMPARE(contents(all768), QStringLiteral("Recovery, Fastboot"));
    }

    // 16.2: a version's name is never cut, however narrow the window.
    void versionNamesAreNeverCut()
    {
        m_window->resize(800, 600);
        QTRY_COMPARE(m_window->width(), 800);
        QTreeView *view = WindowParts::catalogView(*m_window);
        QString longestVersion;
        int widest = 0;
        for (const CatalogPage &p : m_catalog->pages()) {
            const int width = view->fontMetrics().horizontalAdvance(p.version);
            if (width > widest) {
                widest = width;
                longestVersion = p.version;
            }
        }
        QVERIFY(m_window->selectVersion(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
        const QModelIndex row = view->currentIndex();
        const QRect cell = view->visualRect(row);
        // The cell of a version row (two levels in) holds the longest version name and a badge.
        QVERIFY2(view->header()->sectionSize(CatalogTreeModel::NameColumn) - view->indentation() * 3 >= widest,
                 qPrintable(longestVersion));
        QVERIFY(cell.width() >= widest);
    }

    // 16.2: column widths do not jump from one search to the next.
    void columnWidthsStayAcrossSearches()
    {
        QHeaderView *header = WindowParts::catalogView(*m_window)->header();
        const auto widths = [header] {
            QList<int> sizes;
            for (int c = CatalogTreeModel::BranchColumn; c < CatalogTreeModel::ColumnCount; ++c)
                sizes << header->sectionSize(c);
            return sizes;
        };
        const QList<int> before = widths();
        for (const char *text : {"gemini", "prada", "houji", "7.6.8"}) {
            search(QString::fromLatin1(text));
            QCOMPARE(widths(), before);
        }
        // Every branch name fits its column ("Stable" and "Stable Beta" do not both read "Stabl…").
        const QFontMetrics metrics = WindowParts::catalogView(*m_window)->fontMetrics();
        QVERIFY(header->sectionSize(CatalogTreeModel::BranchColumn) > metrics.horizontalAdvance(QStringLiteral("Stable Beta")));
    }

    // 16.2: a device name too long for its cell keeps its end and shows all of it on hover.
    void cutDeviceNameShowsItsTooltip()
    {
        QTreeView *view = WindowParts::catalogView(*m_window);
        QVERIFY(m_window->selectVersion(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
        const QModelIndex device = view->currentIndex().parent();
        const QString name = device.data().toString();
        view->header()->resizeSection(CatalogTreeModel::NameColumn, view->indentation() * 2 + 40);
        const QRect cell = view->visualRect(device);
        QHelpEvent help(QEvent::ToolTip, cell.center(), view->viewport()->mapToGlobal(cell.center()));
        QVERIFY(QCoreApplication::sendEvent(view->viewport(), &help));
        QTRY_COMPARE(QToolTip::text(), name);
        QToolTip::hideText();
    }

    // 16.8: an empty pane tells a newcomer where to start.
    void emptyPaneSaysWhereToStart()
    {
        const QString message = WindowParts::detailsPane(*m_window)->message();
        QVERIFY2(message.contains(QLatin1String("Search for your phone")) && message.contains(QLatin1String("Detect Phone")),
                 qPrintable(message));
    }

    // 16.8: What's New is never greyed without a reason: before any refresh it says so.
    void whatsNewSaysWhyItIsEmpty()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionWhatsNew"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = m_window->findChild<WhatsNewDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        bool explained = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            explained = explained || label->text().contains(QLatin1String("Refresh Catalog"));
        QVERIFY(explained);
        dialog->close();
    }

    // 16.4: a long message is cut short of the catalog's counts, never run into them.
    void statusMessageStaysClearOfTheCounts()
    {
        QStatusBar *bar = m_window->statusBar();
        auto *counts = m_window->findChild<QLabel *>(QStringLiteral("catalogStatus"));
        QVERIFY(counts && counts->isVisible());
        bar->showMessage(QStringLiteral("Download of rom.zip failed: ") + QString(300, QLatin1Char('W')));
        QTRY_VERIFY(!bar->currentMessage().isEmpty());
        const QImage image = bar->grab().toImage();
        const QColor background = image.pixelColor(counts->x() - 3, 1);
        const int em = bar->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        int ink = 0;
        for (int x = counts->x() - em; x < counts->x() - 1; ++x) {
            for (int y = 0; y < image.height(); ++y)
                ink += qAbs(qGray(image.pixel(x, y)) - qGray(background.rgb())) > 60 ? 1 : 0;
        }
        QCOMPARE(ink, 0);
    }

    // 16.8: Detect Phone shows a phone, drawn from an SVG (sharp at 2x), not a hard disk.
    void detectPhoneShowsAPhone()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionDetectPhone"));
        QVERIFY(action);
        if (QIcon::hasThemeIcon(QStringLiteral("smartphone")))
            QSKIP("the desktop theme draws the phone");
        const QIcon ours(QStringLiteral(":/icons/smartphone.svg"));
        QVERIFY(!ours.isNull());
        QCOMPARE(action->icon().pixmap(QSize(96, 96)).toImage(), ours.pixmap(QSize(96, 96)).toImage());
        QCOMPARE(action->icon().pixmap(QSize(96, 96)).size(), QSize(96, 96));
    }

private:
    static QString contents(const QModelIndex &row)
    {
        return row.siblingAtColumn(CatalogTreeModel::ContentsColumn).data().toString();
    }

    // The first row under parent whose name starts with name ("MI 5" finds "MI 5 (gemini)").
    static QModelIndex rowNamed(const QAbstractItemModel *model, const QModelIndex &parent, const QString &name)
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex row = model->index(r, 0, parent);
            if (row.data().toString().startsWith(name))
                return row;
        }
        return {};
    }

    int page(const char *folder, const char *version) const
    {
        return m_catalog->findPage(QString::fromLatin1(folder), QString::fromLatin1(version));
    }

    void search(const QString &text)
    {
        SearchField *field = WindowParts::searchField(*m_window);
        field->setText(text);
        QTest::keyClick(field, Qt::Key_Return); // at once, not after the typing pause
    }

    CatalogPtr m_catalog;
    TestWindow m_window;
};

QTEST_MAIN(TestCatalogBrowser)
#include "tst_catalogbrowser.moc"
