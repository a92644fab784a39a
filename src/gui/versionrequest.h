// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the user asked to open from the command line: a device folder and, usually, a version.
// Read from "CODENAME VERSION", "CODENAME", or a link to an XFU version or device page on
// xmfirmwareupdater.com or its old domain xiaomifirmwareupdater.com, of any section (MIUI, HyperOS,
// Firmware, Vendor).
struct VersionRequest
{
    Q_DECLARE_TR_FUNCTIONS(VersionRequest)

public:
    QString os;      // the section's slug ("miui", "firmware") when a link names it, else empty
    QString folder;  // "gemini"
    QString version; // "7.6.8"; empty asks for the device only
    QString error;   // why the arguments could not be read

    bool isValid() const { return error.isEmpty() && !folder.isEmpty(); }
    bool isEmpty() const { return error.isEmpty() && folder.isEmpty(); }
    QString displayText() const; // "gemini 7.6.8"
    // Where the request is in a catalog, forgiving letter case (the command line, old links):
    // the page of its version, or -1; the device of its folder (and OS), or -1.
    int findPage(const Catalog &catalog) const;
    int findDevice(const Catalog &catalog) const;

    // Positional arguments of firmware-browser; none gives an empty (not invalid) request.
    static VersionRequest fromArguments(const QStringList &arguments);
    static VersionRequest fromUrl(const QUrl &url);
    static bool isSiteHost(const QString &host);
};
