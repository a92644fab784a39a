// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "catalog/catalogstore.h"

#include <QCommandLineOption>
#include <QDir>
#include <cstdio>

QCommandLineOption CliOptions::catalog()
{
    return QCommandLineOption(QStringLiteral("catalog"), QCoreApplication::translate("CliApp", "Catalog file to use."),
                              QStringLiteral("FILE"));
}

QCommandLineOption CliOptions::json()
{
    return QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("CliApp", "Print JSON."));
}

CliApp::CliApp()
    : m_out(stdout)
    , m_err(stderr)
{
}

QString CliApp::mainHelp() const
{
    return tr("Usage: firmware-cli COMMAND [OPTIONS]\n"
              "Find and inspect official Xiaomi MIUI / HyperOS ROMs (data: Xiaomi Firmware Updater).\n"
              "\n"
              "Commands:\n"
              "  list [--device TEXT] [--branch B] [--type T] [--region R] [--json]\n"
              "                       the ROM files of the catalog, one per card per version page\n"
              "  show CODENAME VERSION [--json]\n"
              "                       the cards of a version page (CODENAME is the site's device folder)\n"
              "  import FILE          add a saved XFU version page to your catalog\n"
              "  latest CODENAME [--region R] [--json]\n"
              "                       the newest file of a device per branch, type and region\n"
              "  refresh [--source URL] [--timeout SECONDS] [--json]\n"
              "                       add the ROMs published since the catalog was made (upstream\n"
              "                       latest.yml); exit 2: network failure, 1: bad data (catalog unchanged)\n"
              "  download CODENAME VERSION [--type recovery|fastboot] [--mirror HOST] [-o DIR]\n"
              "                       download a catalog file from its mirrors (HOST first), check\n"
              "                       its size and MD5\n"
              "  fetch URL [MIRROR-URL...] [--md5 HEX] [--size BYTES] [--name FILE] [-o DIR]\n"
              "                       download any URL, the other URLs as mirrors of the same file\n"
              "                       (named after the first URL, never a redirect)\n"
              "    download and fetch: --retries N (failed attempts in a row without new bytes,\n"
              "                       10), --timeout SECONDS (no byte for that long = stall, 30);\n"
              "                       a .part left by an earlier run (even a killed one) is resumed\n"
              "  verify FILE [--md5 HEX]\n"
              "                       hash FILE; without --md5 the catalog's MD5 for its name\n"
              "  device [--adb PATH] [--fastboot PATH] [--serial SERIAL] [--timeout SECONDS] [--json]\n"
              "                       the phone connected by USB (adb or fastboot mode) and the ROMs\n"
              "                       for it; exit 4: no phone found, 2: adb / fastboot missing or failing\n"
              "\n"
              "Options of every command:\n"
              "  --catalog FILE       use this catalog file instead of the built-in one\n"
              "  -h, --help           show this help;  -v, --version  show the version\n"
              "\n"
              "Exit codes:\n"
              "  0  done (download/fetch: verified, prefix verified, or no checksum known: the\n"
              "     last line says which)\n"
              "  1  bad usage or refused input (a clear message on stderr)\n"
              "  2  network or disk failure (after the retries; the .part stays for a resume),\n"
              "     or every mirror says the file is gone\n"
              "  3  checksum or size mismatch (no final file and no .part are kept)\n"
              "  4  nothing found (verify: no checksum known)\n"
              "  130 interrupted (Ctrl+C; the .part stays for a resume)\n");
}

int CliApp::usageError(const QString &message)
{
    m_err << "firmware-cli: " << message << '\n'
          << tr("Run 'firmware-cli --help' for usage.") << '\n';
    m_err.flush();
    return ExitUsage;
}

int CliApp::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usageError(tr("no command given"));
    const QString command = arguments.at(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + QLatin1Char(' ') + command);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        m_out << mainHelp();
        return ExitOk;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        m_out << "firmware-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    if (command == QLatin1String("list"))
        return list(rest);
    if (command == QLatin1String("show"))
        return show(rest);
    if (command == QLatin1String("import"))
        return importPage(rest);
    if (command == QLatin1String("download"))
        return download(rest);
    if (command == QLatin1String("fetch"))
        return fetch(rest);
    if (command == QLatin1String("verify"))
        return verify(rest);
    if (command == QLatin1String("device"))
        return device(rest);
    if (command == QLatin1String("refresh"))
        return refresh(rest);
    if (command == QLatin1String("latest"))
        return latest(rest);
    return usageError(tr("unknown command '%1'").arg(command));
}

CatalogPtr CliApp::loadCatalog(const QString &baseOverride)
{
    const CatalogStore store(baseOverride.isEmpty() ? CatalogStore::embeddedCatalogPath() : baseOverride);
    const CatalogStore::Loaded loaded = store.load();
    if (!loaded.warning.isEmpty())
        m_err << "firmware-cli: " << loaded.warning << '\n';
    if (!loaded.catalog)
        m_err << "firmware-cli: " << loaded.error << '\n';
    m_err.flush();
    return loaded.catalog;
}
