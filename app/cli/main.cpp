// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "common/appsetup.h"
#include "common/keychainsecretstore.h"
#include "common/processhardening.h"
#include "support/clock.h"

#include <QApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// `report --format pdf` draws charts, which need a GUI application (offscreen unless the
// caller chose a platform); every other command runs without one.
bool drawsCharts(int argc, char **argv)
{
    bool report = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        report = report || std::strcmp(argv[i], "report") == 0;
        pdf = pdf || std::strcmp(argv[i], "pdf") == 0 || std::strcmp(argv[i], "--format=pdf") == 0;
    }
    return report && pdf;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList missed = sportello::app::hardenProcess(); // before any personal datum
    std::unique_ptr<QCoreApplication> application;
    if (drawsCharts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
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
    sportello::app::cli::addKeyCommands(cli);
    sportello::app::cli::addSyncCommands(cli);
    sportello::app::cli::addBackupCommands(cli);
    return cli.run(QCoreApplication::arguments());
}
