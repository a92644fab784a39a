// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: SafeFileName is the last gate before a catalog or URL name becomes a path.
// Every name it accepts must keep the promises of safefilename.h, checked here independently:
// no separators, no "..", no control characters, none of Windows' reserved characters or device
// names, no leading space or trailing dot/space, at most 255 UTF-8 bytes, and pathIn() puts it
// directly inside the folder. The input is read both as UTF-8 and as UTF-16 (lone surrogates).
#include "util/safefilename.h"

#include <QString>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

QString asciiUpper(QString text)
{
    for (QChar &c : text) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            c = QChar(c.unicode() - 'a' + 'A');
    }
    return text;
}

// Windows matches the part before the first dot, trailing spaces ignored, in any case.
bool isWindowsDeviceName(const QString &name)
{
    QString stem = name.section(QLatin1Char('.'), 0, 0);
    while (stem.endsWith(QLatin1Char(' ')))
        stem.chop(1);
    stem = asciiUpper(stem);
    for (const char *device : {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}) {
        if (stem == QLatin1String(device))
            return true;
    }
    return stem.size() == 4 && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT")))
        && QStringLiteral("0123456789\u00b9\u00b2\u00b3").contains(stem.at(3));
}

bool keepsPromises(const QString &name)
{
    if (name.isEmpty() || name.contains(QLatin1String("..")) || name == QLatin1String(".")
        || name.toUtf8().size() > 255 || name.startsWith(QLatin1Char(' ')) || name.endsWith(QLatin1Char(' '))
        || name.endsWith(QLatin1Char('.')) || isWindowsDeviceName(name))
        return false;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c))
            return false;
    }
    return true;
}

void checkName(const QString &name)
{
    if (!SafeFileName::check(name).isEmpty())
        return;
    if (!keepsPromises(name))
        std::abort();
    QString error;
    const QString folder = QStringLiteral("/tmp/fwb-fuzz-downloads");
    if (SafeFileName::pathIn(folder, name, &error) != folder + QLatin1Char('/') + name || !error.isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkName(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    std::u16string units(size / 2, u'\0');
    std::memcpy(units.data(), data, units.size() * 2);
    checkName(QString::fromStdU16String(units));
    return 0;
}
