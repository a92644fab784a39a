// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QPainter;
class QPalette;
class QRect;

// A segmented download's map, as aria2 and download managers draw theirs: the file cut into equal
// slices, each filled as far as its bytes are there (DownloadStatus::segments, 0-255 per slice).
namespace SegmentMap {

void paint(QPainter *painter, const QRect &rect, const QByteArray &cells, const QPalette &palette);

} // namespace SegmentMap
