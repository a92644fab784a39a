// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolbartexts.h"

#include <QAction>
#include <QRegularExpression>
#include <QToolBar>

namespace {

// The icon text: the text without the suffix, or Qt's default (an empty icon text) when there is
// none. setIconText() does nothing when the value is unchanged, so the changed() it emits ends here.
void updateIconText(QAction *action)
{
    static const QRegularExpression suffix(QStringLiteral("\\s*\\(&[^)]\\)"));
    QString text = action->text();
    if (!text.contains(suffix)) {
        action->setIconText(QString());
        return;
    }
    text.remove(suffix);
    text.remove(QStringLiteral("..."));
    text.remove(QChar(0x2026)); // …
    action->setIconText(text.trimmed());
}

} // namespace

void dropMnemonicSuffixes(QToolBar *toolBar)
{
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        updateIconText(action);
        QObject::connect(action, &QAction::changed, toolBar, [action] { updateIconText(action); });
    }
}
