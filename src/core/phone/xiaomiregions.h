// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Where a Xiaomi phone or ROM belongs, in the catalog's region names (the last word of a card's
// Device field): China, Global, EEA, Russia, India, Indonesia, Taiwan, Turkey, Japan, Korea,
// Singapore. Every function returns an empty string when it cannot tell.
namespace XiaomiRegions {

// The region of a device variant as ro.product.mod_device and upstream's devices.yml spell it:
// "alioth_global" -> Global, "alioth_eea_global" -> EEA, "angelicain_in_rf_global" -> India, a
// variant without "_global" -> China ("cepheus", "gemini_alpha").
QString ofVariant(QStringView variant);

// The region a MIUI / HyperOS version was built for, from the region letters of its last part:
// "V14.0.7.0.TKHMIXM" -> Global (MI), "OS1.0.3.0.TKHCNXM" -> China (CN), EU -> EEA, RU, IN, ID,
// TW, TR, JP, KR. Weeklies and betas ("9.3.28", "V13.0.3.1.15.DEV") carry none.
QString ofVersion(QStringView version);

// The hardware region of ro.boot.hwc ("CN", "GLOBAL", "INDIA", "India", "JP", ...).
QString ofHardwareCode(QStringView hwc);

} // namespace XiaomiRegions
