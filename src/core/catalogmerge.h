// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xfupage.h"

#include <QList>

// Lays imported version pages over a catalog's pages, the way a user expects a saved page to win:
// - a card whose file name is already known updates every card with that file name (its fields
//   replace the old ones) and their mirror lists are merged (known mirrors first, new ones after);
// - an imported page that already exists (same OS, folder and version) gains the cards it lacks;
// - any other page is added.
QList<XfuPage> mergePages(QList<XfuPage> pages, const QList<XfuPage> &imports);
