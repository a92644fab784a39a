// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"

#include <QProcess>
#include <QSignalSpy>

CliProcess::CliProcess(QString program)
    : m_program(std::move(program))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    if (!m_home.isValid())
        qFatal("no temporary folder for firmware-cli's home");
    m_environment.insert(QStringLiteral("HOME"), m_home.path());
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
}

QString CliProcess::appDataPath(const QString &fileName) const
{
    // <XDG_DATA_HOME>/<organisation>/<application>, as setApplicationIdentity() names them.
    return m_home.filePath(QStringLiteral("data/FirmwareBrowser/FirmwareBrowser/") + fileName);
}

CliProcess::Run CliProcess::run(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_program, arguments);
    if (!process.waitForStarted())
        qFatal("%s did not start: %s", qPrintable(m_program), qPrintable(process.errorString()));
    if (!finished.wait(120'000))
        qFatal("firmware-cli %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}
