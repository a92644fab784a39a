// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phone/phoneinfo.h"

#include <QObject>
#include <QString>

#include <functional>

class ToolRun;
struct PhoneSettings;

// Finds the phones connected over USB with Android's own tools, without blocking the caller's
// thread: `adb devices -l` and `fastboot devices` run side by side, then `adb -s SERIAL shell
// getprop` for every phone in Android with USB debugging allowed, and `fastboot -s SERIAL getvar
// product` and `getvar anti` for every phone in fastboot mode. Every command has a time limit
// and is killed past it. finished() reports what was found and, for each tool or phone that
// could not be read, what the user should do.
class DeviceProbe : public QObject
{
    Q_OBJECT

public:
    struct Timeouts
    {
        int listMs = 20000;  // `adb devices` may first start adb's server (a few seconds)
        int queryMs = 10000; // getprop / getvar
    };

    explicit DeviceProbe(QObject *parent = nullptr);
    ~DeviceProbe() override;

    // Paths of the executables; an empty path means "not installed".
    void setTools(const QString &adbPath, const QString &fastbootPath);
    void setTools(const PhoneSettings &settings);
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    const Timeouts &timeouts() const { return m_timeouts; }

    // Starts a detection; ignored while one runs. When neither tool can be run, finished() comes
    // before start() returns.
    void start();
    // Stops a running detection and kills its commands; finished() is not emitted.
    void cancel();
    bool isRunning() const { return m_running > 0 || m_starting; }

Q_SIGNALS:
    void finished(const PhoneScan &scan);

private:
    void runTool(const QString &program, const QStringList &arguments, int timeoutMs,
                 std::function<void(const ToolRun &)> done);
    void startAdb();
    void startFastboot();
    void onAdbDevices(const ToolRun &run);
    void onGetprop(int phone, const ToolRun &run);
    void onFastbootDevices(const ToolRun &run);
    void queryFastbootProduct(int phone);
    void maybeFinish();
    // Why a command's run is no use, or empty when it ran and exited 0.
    QString runProblem(const ToolRun &run) const;
    static PhoneScan::ToolFailure failureOf(const ToolRun &run);
    // Why a tool path cannot be run (not installed, wrong path), or empty when it can.
    static QString missingToolProblem(const QString &path, const QString &tool, const QString &option);
    static QString udevAdvice();
    // What a phone listed in a state other than "device" needs before it can be read.
    static void describeAdbState(PhoneInfo &phone, const QString &state);

    QString m_adb, m_fastboot;
    Timeouts m_timeouts;
    PhoneScan m_scan;
    int m_running = 0;
    bool m_starting = false;
};
