// SPDX-License-Identifier: GPL-3.0-or-later
#include "md5text.h"

#include <algorithm>

bool isMd5Hex(QStringView text)
{
    const auto isHexDigit = [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    };
    return text.size() == 32 && std::all_of(text.begin(), text.end(), isHexDigit);
}
