// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flashcontroller.h"
#include "catalog/catalog.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class CounterpartLinks;
class FieldLabel;
class QBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class RomCardWidget;

// The right side of the main window: a version page as the website shows it (a header with
// the page's title and a link to it, then one RomCardWidget per file in page order), or a short
// summary of a device or OS, or a message ("Loading catalog…").
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void setCatalog(CatalogPtr catalog); // shows the placeholder
    const CatalogPtr &catalog() const { return m_catalog; }

    void showPage(int page);     // index into Catalog::pages()
    void showDevice(int device); // index into Catalog::devices()
    void showOs(RomOs os);
    void showMessage(const QString &message);
    void showPlaceholder();

    // A line under the page's title about the page as a whole, e.g. that it is being completed
    // from the website or why it cannot be; empty hides it. Cleared when another view is shown.
    void setPageNotice(const QString &notice);
    QString pageNotice() const;
    // The search or a filter hides the version shown: a line says so and its files cannot be
    // downloaded from here (the user may think another version is shown). Until another view.
    void setHiddenBySearch(bool hidden);
    bool isHiddenBySearch() const;

    int currentPage() const { return m_page; } // -1 unless a page is shown
    // Moves the keyboard focus into the first card (its first field); false without cards.
    bool focusFirstCard();
    QString title() const;
    QString message() const;
    QList<RomCardWidget *> cards() const { return m_cards; }
    QPushButton *websiteButton() const { return m_websiteButton; }
    // The page's links to its firmware-only zip, or a firmware page's to its ROM pages; null when none.
    CounterpartLinks *counterpartLinks() const { return m_counterparts; }
    QUrl website() const { return m_website; } // what Open on Website opens

    // "MI 5 Global · MIUI 7.6.8 Weekly"
    static QString pageTitle(const Catalog &catalog, const CatalogPage &page);

    // Warnings a card shows above its fields (the connected phone's: region, downgrade, …).
    using WarningProvider = std::function<QStringList(const RomFile &file)>;
    void setWarningProvider(WarningProvider provider);
    // Asks the provider again for the cards shown (the phone changed).
    void refreshWarnings();
    // What a card shows about its file on disk (FlashController::stateFor).
    using FlashStateProvider = std::function<FlashController::CardState(const RomFile &file)>;
    void setFlashStateProvider(FlashStateProvider provider);
    // Asks again for the cards of this file name (all cards when empty).
    void refreshFlashStates(const QString &fileName = QString());

Q_SIGNALS:
    // A Download button (url empty) or mirror was chosen. fileIndex indexes Catalog::files().
    // MainWindow connects this once, to the download queue.
    void downloadRequested(int fileIndex, const QUrl &url);
    // A card's "Open in Browser": the system browser downloads instead.
    void openInBrowserRequested(const QUrl &url);
    // A link to the same version in another section (ROM <-> firmware) was followed.
    void pageRequested(int page);
    // A field was copied: for a status bar message.
    void copied(const QString &what, const QString &text);
    // A card's Open Folder, Inspect and Extract, for the file on disk.
    void openFolderRequested(const QString &folder);
    void inspectRequested(const QString &path);
    void extractRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void clear();
    void placeWebsiteButton();
    void keepContentInViewport();
    void setHeader(const QString &title, const QString &subtitle, const QUrl &website = {});
    void addSummaryRow(const QString &name, const QString &value);
    void placeInTabOrder();
    QLabel *addNotice(const QString &accessibleName);

    CatalogPtr m_catalog;
    int m_page = -1;
    QUrl m_website;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QBoxLayout *m_header = nullptr; // the titles, and beside them or under them Open on Website
    FieldLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_hiddenNotice = nullptr;
    QPushButton *m_websiteButton = nullptr;
    CounterpartLinks *m_counterparts = nullptr;
    QList<RomCardWidget *> m_cards;
    WarningProvider m_warnings;
    FlashStateProvider m_flashStates;
};
