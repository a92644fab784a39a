// SPDX-License-Identifier: GPL-3.0-or-later
// The fake adb and fastboot of tests/support (shell scripts printing real output of real phones)
// and the embedded catalog, for the phone detection tests.
#pragma once

#include "embeddedcatalog.h"
#include "fakephoneskip.h"
#include "catalog/catalogfile.h"
#include "catalog/catalogstore.h"
#include "phone/phonesettings.h"

#include <QtTest>

namespace FakePhones {

inline QString adb()
{
    return QDir::cleanPath(QStringLiteral(FWB_TEST_DATA "/../support/fake-adb"));
}

inline QString fastboot()
{
    return QDir::cleanPath(QStringLiteral(FWB_TEST_DATA "/../support/fake-fastboot"));
}

// Which phones the fakes (and processes started from here on) report: see tests/support/fake-adb.
inline void useScenario(const char *scenario)
{
    qputenv("FWB_FAKE_PHONES", scenario);
}

// Points the user's settings (Preferences → Phone) at the fakes, as a user would.
inline void saveFakeToolSettings(bool autoDetect = false)
{
    PhoneSettings settings;
    settings.adbPath = adb();
    settings.fastbootPath = fastboot();
    settings.autoDetect = autoDetect;
    settings.save();
}

// The whole embedded catalog: the fakes' phones are real devices of it.
inline CatalogPtr embeddedCatalog()
{
    static CatalogPtr catalog = [] {
        initEmbeddedCatalog();
        const CatalogFile::Result result = CatalogFile::readFile(CatalogStore::embeddedCatalogPath());
        if (!result.ok())
            qFatal("cannot read the embedded catalog: %s", qPrintable(result.error));
        return result.catalog;
    }();
    return catalog;
}

} // namespace FakePhones
