// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionorder.h"

#include <QString>

namespace {

// HyperOS "OS…" > MIUI "V…" > weekly/beta "7.6.8" / "20.3.5".
int family(QStringView v)
{
    if (v.startsWith(QLatin1String("OS")))
        return 2;
    if (v.startsWith(QLatin1Char('V')))
        return 1;
    return 0;
}

} // namespace

int compareVersions(QStringView a, QStringView b)
{
    if (const int fa = family(a), fb = family(b); fa != fb)
        return fa - fb;
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = a[i].isDigit(), db = b[j].isDigit();
        if (da && db) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            // Compare digit runs as numbers without overflow: skip leading zeros, then length, then text.
            QStringView na = a.mid(i, ei - i), nb = b.mid(j, ej - j);
            while (na.size() > 1 && na.front() == QLatin1Char('0'))
                na = na.mid(1);
            while (nb.size() > 1 && nb.front() == QLatin1Char('0'))
                nb = nb.mid(1);
            if (na.size() != nb.size())
                return na.size() < nb.size() ? -1 : 1;
            if (const int c = na.compare(nb); c != 0)
                return c;
            i = ei;
            j = ej;
        } else {
            if (a[i] != b[j])
                return a[i] < b[j] ? -1 : 1;
            ++i;
            ++j;
        }
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}
