// SPDX-License-Identifier: GPL-3.0-or-later
#include "deviceprobe.h"

#include "phone/phonesettings.h"
#include "phone/phonetooloutput.h"
#include "phone/toolrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

QString firstLine(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes).trimmed();
    return text.left(text.indexOf(QLatin1Char('\n'))).trimmed();
}

QString seconds(int ms)
{
    return QString::number((ms + 999) / 1000);
}

} // namespace

QString DeviceProbe::udevAdvice()
{
    return tr("This user may not open the phone's USB device. On Linux, install udev rules for Android "
              "phones (Debian/Ubuntu: sudo apt install android-sdk-platform-tools-common), make sure you "
              "are in the plugdev group, then unplug the phone and plug it in again.");
}

void DeviceProbe::describeAdbState(PhoneInfo &phone, const QString &state)
{
    if (state == QLatin1String("unauthorized")) {
        phone.state = PhoneInfo::State::Unauthorized;
        phone.problem = tr("The phone has not allowed USB debugging from this computer. Unlock it, tap "
                           "“Allow” in the “Allow USB debugging?” prompt, then detect again.");
    } else if (state == QLatin1String("no permissions")) {
        phone.state = PhoneInfo::State::NoPermissions;
        phone.problem = udevAdvice();
    } else if (state == QLatin1String("offline")) {
        phone.state = PhoneInfo::State::Offline;
        phone.problem = tr("The phone is connected but does not answer. Unplug it and plug it in again; if "
                           "that does not help, run “adb kill-server” and detect again.");
    } else if (state == QLatin1String("authorizing") || state == QLatin1String("connecting")) {
        phone.state = PhoneInfo::State::Offline;
        phone.problem = tr("The phone is still connecting. Wait a moment, then detect again.");
    } else {
        phone.state = PhoneInfo::State::Other;
        phone.problem = tr("The phone is in “%1” mode. Start Android with USB debugging on, or fastboot "
                           "mode, then detect again.")
                            .arg(state);
    }
}

namespace {

void fillFromProperties(PhoneInfo &phone, const QHash<QString, QString> &props)
{
    const auto first = [&props](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            const QString value = props.value(QLatin1String(key)).trimmed();
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    phone.model = first({"ro.product.marketname", "ro.product.model"});
    phone.device = first({"ro.product.device", "ro.product.vendor.device"});
    phone.variant = first({"ro.product.mod_device"});
    // HyperOS keeps its "OS1.0.5.0.UNCMIXM" here (its ro.build.version.incremental is an internal "V816…").
    phone.installedVersion = first({"ro.mi.os.version.incremental", "ro.build.version.incremental"});
    phone.androidVersion = first({"ro.build.version.release"});
    phone.hardwareCode = first({"ro.boot.hwc"});
    phone.localeHint = first({"ro.miui.region", "ro.product.locale"});
}

} // namespace

DeviceProbe::DeviceProbe(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PhoneScan>();
}

DeviceProbe::~DeviceProbe() = default; // running ToolRuns are children: they kill their process

void DeviceProbe::setTools(const QString &adbPath, const QString &fastbootPath)
{
    m_adb = adbPath;
    m_fastboot = fastbootPath;
}

void DeviceProbe::setTools(const PhoneSettings &settings)
{
    setTools(settings.resolvedAdb(), settings.resolvedFastboot());
}

void DeviceProbe::start()
{
    if (isRunning())
        return;
    m_scan = PhoneScan();
    // A command that fails to start may report it at once: finish only after both are launched.
    m_starting = true;
    startAdb();
    startFastboot();
    m_starting = false;
    maybeFinish();
}

void DeviceProbe::cancel()
{
    const QList<ToolRun *> runs = findChildren<ToolRun *>(QString(), Qt::FindDirectChildrenOnly);
    for (ToolRun *run : runs)
        delete run;
    m_running = 0;
    m_starting = false;
}

void DeviceProbe::runTool(const QString &program, const QStringList &arguments, int timeoutMs,
                          std::function<void(const ToolRun &)> done)
{
    auto *run = new ToolRun(program, arguments, timeoutMs, this);
    ++m_running;
    connect(run, &ToolRun::finished, this, [this, run, done = std::move(done)] {
        --m_running;
        done(*run);
        run->deleteLater();
        maybeFinish();
    });
    run->start();
}

PhoneScan::ToolFailure DeviceProbe::failureOf(const ToolRun &run)
{
    switch (run.outcome()) {
    case ToolRun::Outcome::TimedOut:
        return PhoneScan::ToolFailure::TimedOut;
    case ToolRun::Outcome::Finished:
        return run.exitCode() == 0 ? PhoneScan::ToolFailure::None : PhoneScan::ToolFailure::Failed;
    default:
        return PhoneScan::ToolFailure::Failed;
    }
}

QString DeviceProbe::runProblem(const ToolRun &run) const
{
    switch (run.outcome()) {
    case ToolRun::Outcome::Running:
    case ToolRun::Outcome::Finished:
        break;
    case ToolRun::Outcome::TimedOut:
        return tr("“%1” did not answer within %2 s and was stopped.")
            .arg(run.commandLine(), seconds(run.timeoutMs()));
    case ToolRun::Outcome::FailedToStart:
        return tr("“%1” could not be started: %2").arg(run.commandLine(), run.errorString());
    case ToolRun::Outcome::Crashed:
        return tr("“%1” crashed.").arg(run.commandLine());
    }
    if (run.exitCode() == 0)
        return {};
    QString why = firstLine(run.standardError());
    if (why.isEmpty())
        why = firstLine(run.standardOutput());
    return why.isEmpty() ? tr("“%1” failed (exit code %2).").arg(run.commandLine()).arg(run.exitCode())
                         : tr("“%1” failed: %2").arg(run.commandLine(), why);
}

QString DeviceProbe::missingToolProblem(const QString &path, const QString &tool, const QString &option)
{
    if (path.isEmpty()) {
        return tr("%1 is not installed. On Debian or Ubuntu: sudo apt install adb fastboot. On Windows or "
                  "macOS, install Android's platform-tools and set the path to %1 in Preferences → Phone "
                  "(firmware-cli: %2 PATH).")
            .arg(tool, option);
    }
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1 was not found at %2. Correct the path in Preferences → Phone (firmware-cli: %3 PATH).")
            .arg(tool, QDir::toNativeSeparators(path), option);
    if (!info.isFile() || !info.isExecutable())
        return tr("%1 is not a program (%2). Correct the path in Preferences → Phone (firmware-cli: %3 PATH).")
            .arg(tool, QDir::toNativeSeparators(path), option);
    return {};
}

void DeviceProbe::startAdb()
{
    const QString problem = missingToolProblem(m_adb, QStringLiteral("adb"), QStringLiteral("--adb"));
    if (!problem.isEmpty()) {
        m_scan.adbFailure = PhoneScan::ToolFailure::NotInstalled;
        m_scan.toolProblems.append(problem);
        return;
    }
    runTool(m_adb, {QStringLiteral("devices"), QStringLiteral("-l")}, m_timeouts.listMs,
            [this](const ToolRun &run) { onAdbDevices(run); });
}

void DeviceProbe::startFastboot()
{
    const QString problem = missingToolProblem(m_fastboot, QStringLiteral("fastboot"), QStringLiteral("--fastboot"));
    if (!problem.isEmpty()) {
        m_scan.fastbootFailure = PhoneScan::ToolFailure::NotInstalled;
        m_scan.toolProblems.append(problem);
        return;
    }
    runTool(m_fastboot, {QStringLiteral("devices")}, m_timeouts.listMs,
            [this](const ToolRun &run) { onFastbootDevices(run); });
}

void DeviceProbe::onAdbDevices(const ToolRun &run)
{
    if (const QString problem = runProblem(run); !problem.isEmpty()) {
        m_scan.adbFailure = failureOf(run);
        m_scan.toolProblems.append(run.outcome() == ToolRun::Outcome::TimedOut
                                       ? problem + QLatin1Char(' ')
                                           + tr("Unplug the phone and plug it in again, or run “adb kill-server”, "
                                                "then detect again.")
                                       : problem);
        return;
    }
    for (const PhoneToolOutput::AdbDevice &listed : PhoneToolOutput::parseAdbDevices(run.standardOutput())) {
        PhoneInfo phone;
        phone.connection = PhoneInfo::Connection::Adb;
        phone.serial = listed.serial;
        phone.stateText = listed.stateText;
        phone.model = listed.attributes.value(QStringLiteral("model")).replace(QLatin1Char('_'), QLatin1Char(' '));
        phone.device = listed.attributes.value(QStringLiteral("device"));
        const int index = int(m_scan.phones.size());
        if (listed.state == QLatin1String("device")) {
            m_scan.phones.append(phone);
            runTool(m_adb, {QStringLiteral("-s"), phone.serial, QStringLiteral("shell"), QStringLiteral("getprop")},
                    m_timeouts.queryMs, [this, index](const ToolRun &getprop) { onGetprop(index, getprop); });
        } else {
            describeAdbState(phone, listed.state);
            m_scan.phones.append(phone);
        }
    }
}

void DeviceProbe::onGetprop(int index, const ToolRun &run)
{
    PhoneInfo &phone = m_scan.phones[index];
    if (const QString problem = runProblem(run); !problem.isEmpty()) {
        phone.state = PhoneInfo::State::Unreadable;
        phone.problem = problem + QLatin1Char(' ') + tr("Unplug the phone and plug it in again, then detect again.");
        return;
    }
    const QHash<QString, QString> props = PhoneToolOutput::parseGetprop(run.standardOutput());
    if (props.isEmpty()) {
        phone.state = PhoneInfo::State::Unreadable;
        phone.problem = tr("The phone answered “%1” without any property.").arg(run.commandLine());
        return;
    }
    fillFromProperties(phone, props);
}

void DeviceProbe::onFastbootDevices(const ToolRun &run)
{
    if (const QString problem = runProblem(run); !problem.isEmpty()) {
        m_scan.fastbootFailure = failureOf(run);
        m_scan.toolProblems.append(problem);
        return;
    }
    for (const PhoneToolOutput::FastbootDevice &listed : PhoneToolOutput::parseFastbootDevices(run.standardOutput())) {
        PhoneInfo phone;
        phone.connection = PhoneInfo::Connection::Fastboot;
        phone.serial = listed.serial;
        phone.stateText = listed.stateText;
        if (listed.noPermissions) {
            phone.state = PhoneInfo::State::NoPermissions;
            phone.problem = udevAdvice();
            m_scan.phones.append(phone);
            continue;
        }
        m_scan.phones.append(phone);
        queryFastbootProduct(int(m_scan.phones.size() - 1));
    }
}

void DeviceProbe::queryFastbootProduct(int index)
{
    const QString serial = m_scan.phones[index].serial;
    const auto unreadable = [this, index](const QString &problem) {
        m_scan.phones[index].state = PhoneInfo::State::Unreadable;
        m_scan.phones[index].problem = problem + QLatin1Char(' ')
            + tr("Restart the phone into fastboot mode (hold Volume Down while powering on), then detect again.");
    };
    // fastboot prints getvar answers on stderr. One command at a time per phone: the bootloader
    // serves one client.
    runTool(m_fastboot, {QStringLiteral("-s"), serial, QStringLiteral("getvar"), QStringLiteral("product")},
            m_timeouts.queryMs, [this, index, serial, unreadable](const ToolRun &product) {
                if (const QString problem = runProblem(product); !problem.isEmpty()) {
                    unreadable(problem);
                    return;
                }
                const auto value = PhoneToolOutput::parseGetvar(product.standardError() + product.standardOutput(),
                                                                QStringLiteral("product"));
                if (!value || value->isEmpty()) {
                    unreadable(tr("The phone did not say which product it is."));
                    return;
                }
                m_scan.phones[index].device = *value;
                runTool(m_fastboot, {QStringLiteral("-s"), serial, QStringLiteral("getvar"), QStringLiteral("anti")},
                        m_timeouts.queryMs, [this, index](const ToolRun &anti) {
                            // Phones without anti-rollback answer "anti: " or "FAILED": the index stays unknown.
                            const auto text = PhoneToolOutput::parseGetvar(anti.standardError() + anti.standardOutput(),
                                                                           QStringLiteral("anti"));
                            bool ok = false;
                            const int number = text ? text->toInt(&ok) : 0;
                            if (ok)
                                m_scan.phones[index].anti = number;
                        });
            });
}

void DeviceProbe::maybeFinish()
{
    if (m_running > 0 || m_starting)
        return;
    Q_EMIT finished(m_scan);
}
