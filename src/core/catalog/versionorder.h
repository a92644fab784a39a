// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

// Orders ROM versions as people read them: numbers compare as numbers (V14.0.3.0 > V9.6.1.0),
// HyperOS (OS2.0.1.0…) is newer than any MIUI V-version, and MIUI V-versions newer than weeklies
// such as 7.6.8 or 20.3.5. Returns <0, 0 or >0 like strcmp.
int compareVersions(QStringView a, QStringView b);

inline bool versionNewer(QStringView a, QStringView b)
{
    return compareVersions(a, b) > 0;
}
