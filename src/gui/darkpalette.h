// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

// A dark palette for the Fusion style, to check that nothing in the GUI assumes a light one
// (firmware-browser applies it when FWB_DARK=1).
QPalette darkFusionPalette();
