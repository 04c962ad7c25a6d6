// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "common/appsetup.h"
#include "common/keychainsecretstore.h"
#include "common/processhardening.h"
#include "support/clock.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    const QStringList missed = sportello::app::hardenProcess(); // before any personal datum
    QCoreApplication application(argc, argv);
    if (!missed.isEmpty())
        qWarning("process hardening incomplete: %s", qPrintable(missed.join(u", ")));
    sportello::app::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const sportello::SystemClock clock;
    sportello::app::KeychainSecretStore secrets;
    sportello::app::cli::Cli cli(out, err, clock, secrets);
    sportello::app::cli::addDatabaseCommands(cli);
    sportello::app::cli::addDemoCommands(cli);
    sportello::app::cli::addCatalogueCommands(cli);
    sportello::app::cli::addAuditCommands(cli);
    sportello::app::cli::addOutboxCommands(cli);
    sportello::app::cli::addReportCommands(cli);
    sportello::app::cli::addReportCommands(cli);
    sportello::app::cli::addKeyCommands(cli);
    sportello::app::cli::addSyncCommands(cli);
    return cli.run(QCoreApplication::arguments());
}
