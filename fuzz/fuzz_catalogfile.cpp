// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the catalog file reader must reject damaged files cleanly (no crash, no
// out-of-bounds index), and whatever it accepts must be internally consistent.
#include "catalog/catalogfile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CatalogFile::Result result =
        CatalogFile::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!result.ok())
        return 0;
    const Catalog &catalog = *result.catalog;
    for (const CatalogPage &page : catalog.pages()) {
        for (int f : page.files) {
            if (f < 0 || f >= catalog.files().size())
                std::abort();
        }
    }
    for (int p = 0; p < catalog.pages().size(); ++p) {
        if (catalog.deviceOfPage(p) < 0)
            std::abort();
    }
    return 0;
}
