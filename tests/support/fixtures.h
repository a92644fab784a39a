// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Real upstream excerpts copied into tests/data, and catalogs built from them.
namespace Fixtures {

// Once, in initTestCase(): QSettings and QStandardPaths in places of the test's own (Qt's test mode,
// organisation FirmwareBrowserTest, application testName), never the user's.
void isolateSettings(const QString &testName);

QString dataPath(const QString &name);   // tests/data/<name>
QByteArray readData(const QString &name);
// A gzip-compressed file of tests/data, unpacked ("latest.yml.gz": the real 1.2 MB feed).
QByteArray readGzipData(const QString &name);

// The seed page (older rendering): MI 5 Global MIUI 7.6.8 Weekly, two cards.
QString seedPagePath();
// A catalog built from every real page in tests/data/pages (seed's current rendering included).
CatalogPtr pagesCatalog();
// pagesCatalog() with the site's other two sections from tests/data/firmware: the firmware pages
// of gemini (V10.2.2.0.OAAMIXM, whose MIUI page is in tests/data/pages, and 8.1.11), air and
// capricorn with their download lists, and cmi's vendor packages.
CatalogPtr sectionsCatalog();

// A catalog with one page, "Test Phone Global" (folder "testphone") 1.0.0 Weekly, holding one
// Recovery file of this name, MD5 and mirrors: tests that need a file whose MD5 or URLs they
// control build it here, never in the shipped catalog.
CatalogPtr singleFileCatalog(const QString &fileName, const QString &md5, const QStringList &urls = {});

} // namespace Fixtures
