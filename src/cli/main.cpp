// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"
#include "cliapp.h"
#include "embeddedcatalog.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    initEmbeddedCatalog();
    installTranslators();
    CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
