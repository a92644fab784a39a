// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentmap.h"

#include <QPainter>
#include <QPalette>

namespace SegmentMap {

void paint(QPainter *painter, const QRect &rect, const QByteArray &cells, const QPalette &palette)
{
    if (cells.isEmpty() || rect.width() <= 0 || rect.height() <= 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QColor empty = palette.color(QPalette::Mid);
    const QColor full = palette.color(QPalette::Highlight);
    painter->fillRect(rect, empty);
    const int count = int(cells.size());
    for (int i = 0; i < count; ++i) {
        const int level = uchar(cells[i]);
        if (level == 0)
            continue;
        // Slice i covers [x0, x1) of the strip; a partly filled one is drawn lighter.
        const int x0 = rect.left() + int(qint64(i) * rect.width() / count);
        const int x1 = rect.left() + int(qint64(i + 1) * rect.width() / count);
        QColor color = full;
        if (level < 255)
            color.setAlpha(80 + level * 175 / 255);
        painter->fillRect(QRect(x0, rect.top(), std::max(1, x1 - x0), rect.height()), color);
    }
    painter->restore();
}

} // namespace SegmentMap
