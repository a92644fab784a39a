// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelogview.h"

#include "fieldlabel.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace {

bool isHeading(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.size() > 2 && trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']'));
}

} // namespace

ChangelogView::ChangelogView(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_text(new FieldLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_text);

    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_text->setAccessibleName(tr("Changelog"));
    m_text->setVisible(false);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_text->setVisible(on);
        updateToggle();
    });
    updateToggle();
}

void ChangelogView::setChangelog(const QString &changelog)
{
    m_changelog = changelog;
    if (changelog.trimmed().isEmpty()) {
        m_text->setUnavailable(tr("None"));
        m_toggle->setChecked(true);
        m_toggle->setVisible(false);
        return;
    }
    m_text->setValue(changelog, toHtml(changelog));
    m_toggle->setVisible(true);
}

bool ChangelogView::isExpanded() const
{
    return m_toggle->isChecked();
}

void ChangelogView::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
}

void ChangelogView::updateToggle()
{
    const bool on = m_toggle->isChecked();
    m_toggle->setText(on ? tr("Hide changelog") : tr("Show changelog"));
    m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setToolTip(on ? tr("Hide the changelog of this file") : tr("Show the changelog of this file"));
}

QString ChangelogView::toHtml(const QString &changelog)
{
    QStringList lines;
    for (const QString &line : changelog.split(QLatin1Char('\n'))) {
        const QString escaped = line.toHtmlEscaped();
        lines.append(isHeading(line) ? QLatin1String("<b>") + escaped + QLatin1String("</b>") : escaped);
    }
    return lines.join(QLatin1String("<br>"));
}
