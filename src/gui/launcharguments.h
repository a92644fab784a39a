// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// firmware-browser's positional arguments, split into files to open (FILE…: what the desktop's
// "Open with" passes) and the version to show ("codename [version]" or a site link).
// A file is a file: URL, an argument naming a file on disk, or one ending as a ROM or a saved
// page does (.zip, .tgz, .tar, .html, .htm, .md), so that a missing file is reported as such
// rather than looked up as a codename. Files are made absolute against the launch's working
// folder: the hand-over to a running instance gives them to a process that runs elsewhere.
struct LaunchArguments
{
    QStringList files;   // absolute paths
    QStringList request; // for VersionRequest::fromArguments()

    // What a later launch hands to the running instance (parse() reads it back unchanged).
    QStringList forwarded() const { return files + request; }

    static LaunchArguments parse(const QStringList &arguments, const QString &workingFolder);
};
