// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Registers the embedded catalog (":/catalog/xfu.fwbcat") of a static build. Call once in main().
void initEmbeddedCatalog();
