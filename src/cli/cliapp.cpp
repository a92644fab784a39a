// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "catalogstore.h"

#include <QDir>
#include <cstdio>

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
              "\n"
              "Options of every command:\n"
              "  --catalog FILE       use this catalog file instead of the built-in one\n"
              "  -h, --help           show this help;  -v, --version  show the version\n"
              "\n"
              "Exit codes:\n"
              "  0  done\n"
              "  1  bad usage or refused input (a clear message on stderr)\n"
              "  2  network or disk failure\n"
              "  3  checksum or size mismatch\n"
              "  4  nothing found\n"
              "  130 interrupted (Ctrl+C)\n");
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
