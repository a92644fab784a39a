// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"
#include "embeddedcatalog.h"
#include "util/appidentity.h"
#include "util/translations.h"

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
