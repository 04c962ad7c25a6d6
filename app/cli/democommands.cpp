// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "demo/demoprofile.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "support/logging.h"
#include "text/errortext.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace sportello::app::cli {

namespace {
// Removes an outdated demo database so it can be rebuilt; demo profiles hold nothing real.
bool removeDemoDatabase(const QString &dataDir)
{
    const QDir dir(dataDir);
    const QString db = QString::fromLatin1(storage::Profile::kDatabaseFileName);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        const QString path = dir.filePath(db + suffix);
        if (QFile::exists(path) && !QFile::remove(path))
            return false;
    }
    return true;
}

int demo(CommandContext &context)
{
    if (!context.args.isEmpty()) {
        context.err << Cli::tr("Unknown argument for demo: %1").arg(context.args.join(u' '))
                    << Qt::endl;
        return ExitUsage;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto profile = storage::Profile::open(context.dataDir);
        if (!profile) {
            context.err << text::ErrorText::message(profile.error()) << Qt::endl;
            return ExitFailure;
        }
        auto state = demo::demoState(**profile, context.clock);
        if (!state) {
            context.err << text::ErrorText::message(state.error()) << Qt::endl;
            return ExitFailure;
        }
        switch (*state) {
        case demo::DemoState::RealDesk:
            context.err << Cli::tr("The profile in %1 holds a desk's real data: the demo is "
                                   "created only in an empty folder.")
                               .arg(QDir::toNativeSeparators(context.dataDir))
                        << Qt::endl;
            return ExitFailure;
        case demo::DemoState::Current:
            context.out << Cli::tr("The demo profile in %1 is up to date.")
                               .arg(QDir::toNativeSeparators((*profile)->dataDir()))
                        << Qt::endl;
            return ExitOk;
        case demo::DemoState::Outdated:
            profile->reset();
            if (!removeDemoDatabase(context.dataDir)) {
                context.err << Cli::tr("The old demo profile cannot be removed.") << Qt::endl;
                return ExitFailure;
            }
            context.out << Cli::tr("Rebuilding the demo profile from an older version.")
                        << Qt::endl;
            continue;
        case demo::DemoState::Absent:
            if (auto status = demo::seedDemoProfile(**profile, context.clock); !status) {
                qCWarning(lcApp).noquote() << "demo failed:" << status.error().toLogString();
                context.err << text::ErrorText::message(status.error()) << Qt::endl;
                return ExitFailure;
            }
            context.out << Cli::tr("Demo profile created in %1.")
                               .arg(QDir::toNativeSeparators((*profile)->dataDir()))
                        << Qt::endl;
            return ExitOk;
        }
    }
    return ExitFailure;
}
} // namespace

void addDemoCommands(Cli &cli)
{
    cli.addCommand({{u"demo"_s},
                    {},
                    QT_TRANSLATE_NOOP("Cli", "create the demo profile in the data folder"),
                    demo});
}

} // namespace sportello::app::cli
