// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonetooloutput.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

const QLatin1String NoPermissions("no permissions");

QStringList lines(const QByteArray &output)
{
    QStringList result = QString::fromUtf8(output).split(QLatin1Char('\n'));
    for (QString &line : result) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return result;
}

// adb's chatter around the list: "List of devices attached", "* daemon started successfully".
bool isAdbChatter(const QString &line)
{
    return line.trimmed().isEmpty() || line.startsWith(QLatin1String("List of devices"))
        || line.startsWith(QLatin1Char('*')) || line.startsWith(QLatin1String("adb server"));
}

} // namespace

namespace PhoneToolOutput {

QList<AdbDevice> parseAdbDevices(const QByteArray &output)
{
    QList<AdbDevice> devices;
    for (const QString &line : lines(output)) {
        if (isAdbChatter(line))
            continue;
        const qsizetype end = line.indexOf(QRegularExpression(QStringLiteral("\\s")));
        if (end <= 0)
            continue;
        AdbDevice device;
        device.serial = line.left(end);
        QString rest = line.mid(end).trimmed();
        if (rest.startsWith(NoPermissions)) {
            // The state has spaces: it runs to the "see [URL]" link's ']' (or to the first attribute).
            qsizetype stateEnd = rest.indexOf(QLatin1Char(']'));
            if (stateEnd >= 0) {
                ++stateEnd;
            } else {
                const qsizetype attribute = rest.indexOf(QRegularExpression(QStringLiteral(" (usb|transport_id):")));
                stateEnd = attribute >= 0 ? attribute : rest.size();
            }
            device.state = NoPermissions;
            device.stateText = rest.left(stateEnd).trimmed();
            rest = rest.mid(stateEnd);
        } else {
            const qsizetype space = rest.indexOf(QLatin1Char(' '));
            device.state = space < 0 ? rest : rest.left(space);
            device.stateText = device.state;
            rest = space < 0 ? QString() : rest.mid(space);
        }
        for (const QString &word : rest.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const qsizetype colon = word.indexOf(QLatin1Char(':'));
            if (colon > 0)
                device.attributes.insert(word.left(colon), word.mid(colon + 1));
        }
        devices.append(device);
    }
    return devices;
}

QHash<QString, QString> parseGetprop(const QByteArray &output)
{
    QHash<QString, QString> properties;
    QString key, value;
    bool open = false; // inside a value that spans lines
    for (const QString &line : lines(output)) {
        if (open) {
            value += QLatin1Char('\n');
            if (line.endsWith(QLatin1Char(']'))) {
                value += line.chopped(1);
                properties.insert(key, value);
                open = false;
            } else {
                value += line;
            }
            continue;
        }
        if (!line.startsWith(QLatin1Char('[')))
            continue;
        const qsizetype separator = line.indexOf(QLatin1String("]: ["));
        if (separator < 0)
            continue;
        key = line.mid(1, separator - 1);
        value = line.mid(separator + 4);
        if (value.endsWith(QLatin1Char(']'))) {
            value.chop(1);
            properties.insert(key, value);
        } else {
            open = true;
        }
    }
    return properties;
}

QList<FastbootDevice> parseFastbootDevices(const QByteArray &output)
{
    QList<FastbootDevice> devices;
    for (const QString &line : lines(output)) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        FastbootDevice device;
        if (trimmed.startsWith(NoPermissions)) {
            device.noPermissions = true;
            const qsizetype tab = trimmed.lastIndexOf(QLatin1Char('\t'));
            device.stateText = (tab < 0 ? trimmed : trimmed.left(tab)).trimmed();
        } else {
            const QStringList words = trimmed.split(QRegularExpression(QStringLiteral("\\s+")));
            device.serial = words.first();
            device.stateText = words.value(1, QStringLiteral("fastboot"));
        }
        devices.append(device);
    }
    return devices;
}

std::optional<QString> parseGetvar(const QByteArray &output, const QString &name)
{
    const QString prefix = name + QLatin1Char(':');
    for (QString line : lines(output)) {
        if (line.startsWith(QLatin1String("(bootloader) ")))
            line = line.mid(13);
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return std::nullopt;
}

} // namespace PhoneToolOutput
