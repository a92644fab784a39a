// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class FieldLabel;
class QToolButton;

// A ROM's changelog, collapsed behind a "Show changelog" toggle like the website's Expand/Hide.
// Line breaks are kept and "[Section]" headings are shown bold.
class ChangelogView : public QWidget
{
    Q_OBJECT

public:
    explicit ChangelogView(QWidget *parent = nullptr);

    void setChangelog(const QString &changelog);
    QString changelog() const { return m_changelog; }

    bool isExpanded() const;
    void setExpanded(bool expanded);

    QToolButton *toggleButton() const { return m_toggle; }
    FieldLabel *textLabel() const { return m_text; }

    // The changelog as rich text: escaped lines joined by <br>, [Section] lines in bold.
    static QString toHtml(const QString &changelog);

private:
    void updateToggle();

    QString m_changelog;
    QToolButton *m_toggle;
    FieldLabel *m_text;
};
