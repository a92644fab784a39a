// SPDX-License-Identifier: GPL-3.0-or-later
// firmware-cli device: the connected phone and the ROMs to offer it
#include "cliapp.h"

#include "catalogjson.h"
#include "phone/deviceprobe.h"
#include "phone/phonematcher.h"
#include "phone/phonesettings.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The phone's name: its own (ro.product.marketname / model), else the catalog's (fastboot mode).
QString phoneName(const Catalog &catalog, const PhoneMatch &match)
{
    if (!match.phone.model.isEmpty())
        return match.phone.model;
    if (match.device >= 0 && !catalog.devices()[match.device].marketingName.isEmpty())
        return catalog.devices()[match.device].marketingName;
    return match.phone.codename();
}

QJsonObject phoneToJson(const Catalog &catalog, const PhoneMatch &match)
{
    const PhoneInfo &phone = match.phone;
    QJsonArray recommended;
    for (const PhoneCandidate &candidate : match.recommended)
        recommended.append(cardToJson(catalog.files()[candidate.file], catalog.pages()[candidate.page]));
    return QJsonObject{
        {QStringLiteral("codename"), textOrNull(phone.codename())},
        {QStringLiteral("variant"), textOrNull(phone.variant)},
        {QStringLiteral("region"), textOrNull(phone.romRegion())},
        {QStringLiteral("installedVersion"), textOrNull(phone.installedVersion)},
        {QStringLiteral("androidVersion"), textOrNull(phone.androidVersion)},
        {QStringLiteral("anti"), phone.anti ? QJsonValue(*phone.anti) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("recommended"), recommended},
        {QStringLiteral("serial"), phone.serial},
        {QStringLiteral("name"), phoneName(catalog, match)},
        {QStringLiteral("mode"), phone.connectionName()},
        {QStringLiteral("hardwareRegion"), textOrNull(phone.hardwareRegion())},
        {QStringLiteral("catalogFolder"), textOrNull(match.folder)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(match.notes)},
    };
}

} // namespace

const CliOption CliPhoneOptions::adb{{QStringLiteral("adb")},
                                    QT_TRANSLATE_NOOP("CliApp", "The adb program (default: Preferences, else PATH)."),
                                    QStringLiteral("PATH"), CliValue::File};
const CliOption CliPhoneOptions::fastboot{{QStringLiteral("fastboot")},
                                         QT_TRANSLATE_NOOP("CliApp", "The fastboot program (default: Preferences, else PATH)."),
                                         QStringLiteral("PATH"), CliValue::File};
const CliOption CliPhoneOptions::serial{{QStringLiteral("serial")},
                                       QT_TRANSLATE_NOOP("CliApp", "The phone to use when several are connected."),
                                       QStringLiteral("SERIAL"), CliValue::Text};
const CliOption CliPhoneOptions::timeout{{QStringLiteral("timeout")},
                                        QT_TRANSLATE_NOOP("CliApp", "Seconds each adb / fastboot command may take (20)."),
                                        QStringLiteral("SECONDS"), CliValue::Text, QStringLiteral("20")};

void CliPhoneOptions::addTo(CliSyntax &syntax)
{
    syntax.add(adb).add(fastboot).add(serial).add(timeout);
}

void CliApp::declareDevice(CliSyntax &syntax)
{
    CliPhoneOptions::addTo(syntax);
    syntax.add(CliOptions::json).add(CliOptions::catalog);
}

std::optional<PhoneInfo> CliApp::detectPhone(const CliCommandLine &commandLine, int *exitCode)
{
    bool ok = false;
    const double seconds = commandLine.value(CliPhoneOptions::timeout).toDouble(&ok);
    if (!ok || seconds <= 0) {
        *exitCode = usageError(tr("--timeout wants a number of seconds, not '%1'").arg(commandLine.value(CliPhoneOptions::timeout)));
        return std::nullopt;
    }

    // The same settings the app's Preferences write; the options override them.
    const PhoneSettings settings = PhoneSettings::load();
    DeviceProbe probe;
    probe.setTools(commandLine.isSet(CliPhoneOptions::adb) ? PhoneSettings::resolve(commandLine.value(CliPhoneOptions::adb), QStringLiteral("adb"))
                                           : settings.resolvedAdb(),
                   commandLine.isSet(CliPhoneOptions::fastboot)
                       ? PhoneSettings::resolve(commandLine.value(CliPhoneOptions::fastboot), QStringLiteral("fastboot"))
                       : settings.resolvedFastboot());
    probe.setTimeouts({int(seconds * 1000), int(seconds * 1000)});
    PhoneScan scan;
    QEventLoop loop;
    QObject::connect(&probe, &DeviceProbe::finished, &loop, [&](const PhoneScan &result) {
        scan = result;
        loop.quit();
    });
    probe.start();
    if (probe.isRunning())
        loop.exec();

    QList<PhoneInfo> candidates;
    bool unreadable = false;
    for (const PhoneInfo &phone : std::as_const(scan.phones)) {
        if (commandLine.isSet(CliPhoneOptions::serial) && phone.serial != commandLine.value(CliPhoneOptions::serial))
            continue;
        if (phone.isReady()) {
            candidates.append(phone);
            continue;
        }
        unreadable = unreadable || phone.state == PhoneInfo::State::Unreadable;
        m_err << "firmware-cli: "
              << tr("phone %1 (%2, %3): %4")
                     .arg(phone.serial.isEmpty() ? tr("without serial") : phone.serial, phone.connectionName(),
                          phone.stateText.section(QLatin1Char(' '), 0, 1), phone.problem)
              << '\n';
    }
    if (candidates.isEmpty()) {
        // A missing fastboot matters only when adb found nothing either.
        for (const QString &problem : std::as_const(scan.toolProblems))
            m_err << "firmware-cli: " << problem << '\n';
        if (commandLine.isSet(CliPhoneOptions::serial))
            m_err << "firmware-cli: " << tr("no readable phone with the serial '%1'").arg(commandLine.value(CliPhoneOptions::serial))
                  << '\n';
        else if (scan.phones.isEmpty() && !scan.allToolsFailed())
            m_err << "firmware-cli: "
                  << tr("no phone found. Connect it by USB with USB debugging on (Settings → Additional settings → "
                        "Developer options), or start it in fastboot mode.")
                  << '\n';
        m_err.flush();
        // A tool that failed (or a phone it could not read) may hide a phone: that is not "nothing found".
        *exitCode = unreadable || (scan.phones.isEmpty() && scan.anyToolFailed()) ? ExitNetwork : ExitNotFound;
        return std::nullopt;
    }
    if (candidates.size() > 1) {
        m_err << "firmware-cli: " << tr("several phones are connected; choose one with --serial SERIAL:") << '\n';
        for (const PhoneInfo &phone : std::as_const(candidates))
            m_err << "  " << phone.serial << '\t' << phone.connectionName() << '\t' << phone.displayName() << '\n';
        m_err.flush();
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return candidates.first();

}

int CliApp::device(const CliCommandLine &commandLine)
{
    if (!commandLine.arguments().isEmpty())
        return usageError(tr("device takes no arguments, only options"));
    int exitCode = ExitOk;
    const std::optional<PhoneInfo> phone = detectPhone(commandLine, &exitCode);
    if (!phone)
        return exitCode;

    const CatalogPtr catalog = loadCatalog(commandLine.value(CliOptions::catalog));
    if (!catalog)
        return ExitUsage;
    const PhoneMatch match = PhoneMatcher::match(*catalog, *phone);
    if (commandLine.isSet(CliOptions::json)) {
        m_out << QJsonDocument(phoneToJson(*catalog, match)).toJson(QJsonDocument::Indented);
        m_out.flush();
        return ExitOk;
    }
    printPhone(*catalog, match);
    return ExitOk;
}

void CliApp::printPhone(const Catalog &catalog, const PhoneMatch &match)
{
    const PhoneInfo &phone = match.phone;
    const QString unknown = tr("unknown");
    const auto orUnknown = [&unknown](const QString &text) { return text.isEmpty() ? unknown : text; };
    m_out << tr("Phone: %1 (%2, serial %3)").arg(phoneName(catalog, match), phone.connectionName(), phone.serial)
          << '\n'
          << tr("Codename: %1").arg(orUnknown(phone.codename())) << '\n'
          << tr("Variant: %1").arg(orUnknown(phone.variant)) << '\n'
          << tr("Region: %1").arg(orUnknown(phone.romRegion())) << '\n';
    if (!phone.hardwareRegion().isEmpty())
        m_out << tr("Hardware region: %1 (ro.boot.hwc = %2)").arg(phone.hardwareRegion(), phone.hardwareCode) << '\n';
    m_out << tr("Installed version: %1").arg(orUnknown(phone.installedVersion)) << '\n'
          << tr("Android: %1").arg(orUnknown(phone.androidVersion)) << '\n'
          << tr("Anti-rollback index: %1").arg(phone.anti ? QString::number(*phone.anti) : unknown) << '\n';
    if (match.found()) {
        m_out << tr("Catalog device: %1").arg(match.folder);
        if (!match.siblingFolders.isEmpty())
            m_out << ' ' << tr("(also listed under %1)").arg(match.siblingFolders.join(QLatin1String(", ")));
        m_out << '\n';
    }
    if (match.installedPage >= 0)
        m_out << tr("Installed version's page: %1").arg(catalog.pages()[match.installedPage].websiteUrl().toString(QUrl::FullyEncoded))
              << '\n';
    if (match.installedPage >= 0 || !match.newerPages.isEmpty())
        m_out << tr("Newer versions for its region and branch: %1").arg(match.newerPages.size()) << '\n';
    for (const QString &note : match.notes)
        m_out << "! " << note << '\n';
    if (match.recommended.isEmpty())
        return;
    m_out << '\n' << tr("Recommended ROMs (best first):") << '\n';
    for (const PhoneCandidate &candidate : match.recommended) {
        const RomFile &file = catalog.files()[candidate.file];
        m_out << catalog.pages()[candidate.page].folder << '\t' << file.version << '\t' << file.branch << '\t'
              << file.type << '\t' << file.region() << '\t' << file.size << '\t' << file.releaseDate << '\t'
              << file.fileName << '\n';
        for (const QString &warning : candidate.warnings)
            m_out << "    ! " << warning << '\n';
    }
    m_out.flush();
}
