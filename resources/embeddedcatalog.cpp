// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedcatalog.h"

#include <QtGlobal>

void initEmbeddedCatalog()
{
    Q_INIT_RESOURCE(catalog);
}
