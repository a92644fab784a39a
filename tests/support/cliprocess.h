// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// firmware-cli run as a user runs it, with a home folder of its own: the settings, imports, feed
// and caches it writes stay in the test's temporary folder.
class CliProcess
{
public:
    struct Run
    {
        int exitCode = -1; // -1: crashed or killed
        QByteArray out, err;
    };

    explicit CliProcess(QString program);

    QString homePath(const QString &relative) const { return m_home.filePath(relative); }
    // A file in the CLI's AppDataLocation (imports.fwbcat, feed.fwbcat, ...).
    QString appDataPath(const QString &fileName) const;
    // Sets an environment variable for every following run (PATH, FWB_FAKE_PHONES, ...).
    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }

    // Waits with the event loop running, so that a server in the test's own process keeps
    // answering; a run taking over two minutes stops the test.
    Run run(const QStringList &arguments) const;

private:
    QString m_program;
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
};
