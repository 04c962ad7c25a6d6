// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "storage/database.h"
#include "storage/migration.h"
#include "storage/profile.h"
#include "text/errortext.h"

#include <QDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::app::cli {

namespace {
int dbInfo(CommandContext &context)
{
    if (!context.args.isEmpty()) {
        context.err << Cli::tr("db info takes no arguments.") << Qt::endl;
        return ExitUsage;
    }
    auto profile = storage::Profile::open(context.dataDir, context.secrets);
    if (!profile) {
        context.err << text::ErrorText::message(profile.error()) << Qt::endl;
        return ExitFailure;
    }
    const int programVersion = storage::MigrationSet::application().latestVersion();
    auto info = (*profile)->database().info(programVersion);
    if (!info) {
        context.err << text::ErrorText::message(info.error()) << Qt::endl;
        return ExitFailure;
    }
    const QString labels[]
        = {Cli::tr("Database:"), Cli::tr("Schema version:"), Cli::tr("Integrity check:")};
    qsizetype width = 0;
    for (const QString &label : labels)
        width = std::max(width, label.size());
    context.out
        << labels[0].leftJustified(width + 1) << QDir::toNativeSeparators(info->path) << '\n'
        << labels[1].leftJustified(width + 1)
        << Cli::tr("%1 (this program: %2)").arg(info->schemaVersion).arg(info->programSchemaVersion)
        << '\n'
        << labels[2].leftJustified(width + 1) << info->integrity << Qt::endl;
    return info->integrity == u"ok"_s ? ExitOk : ExitFailure;
}
} // namespace

void addDatabaseCommands(Cli &cli)
{
    cli.addCommand(
        {{u"db"_s, u"info"_s},
         {},
         QT_TRANSLATE_NOOP("Cli", "show the database path, schema version and integrity"),
         dbInfo});
}

} // namespace sportello::app::cli
