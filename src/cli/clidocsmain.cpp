// SPDX-License-Identifier: GPL-3.0-or-later
// firmware-cli-docs: a build tool that writes firmware-cli's man page and bash completion from its
// command table (see CliDocs). packaging/CMakeLists.txt runs it.
#include "clidocs.h"

#include "catalog/catalogfile.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    const QString usage = QStringLiteral("usage: firmware-cli-docs CATALOG man|completion TEMPLATE OUTPUT\n");
    if (args.size() != 5) {
        err << usage;
        return 1;
    }
    const CatalogFile::Result read = CatalogFile::readFile(args[1]);
    if (!read.ok()) {
        err << "firmware-cli-docs: " << read.error << '\n';
        return 1;
    }
    const CliDocs docs(*read.catalog);
    const QString what = args[2];
    if (what != QLatin1String("man") && what != QLatin1String("completion")) {
        err << usage;
        return 1;
    }
    QFile templateFile(args[3]);
    if (!templateFile.open(QIODevice::ReadOnly)) {
        err << "firmware-cli-docs: " << args[3] << ": " << templateFile.errorString() << '\n';
        return 1;
    }
    const QString templateText = QString::fromUtf8(templateFile.readAll());
    QString error;
    const QString text = what == QLatin1String("man") ? docs.manPage(templateText, &error)
                                                      : docs.completion(templateText, &error);
    if (!error.isEmpty() || !writeFileAtomically(args[4], text.toUtf8(), &error)) {
        err << "firmware-cli-docs: " << args[3] << ": " << error << '\n';
        return 1;
    }
    return 0;
}
