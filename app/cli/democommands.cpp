// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "demo/demopeople.h"
#include "demo/demoprofile.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "support/logging.h"
#include "text/errortext.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <limits>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace sportello::app::cli {

namespace {

struct DemoOptions
{
    int people = 0; // 0: only the demo profile
    std::optional<quint64> seed;
};

// Reads `--people N` and `--seed S` (also as --people=N); prints the problem and returns false
// on anything else.
bool parseOptions(CommandContext &context, DemoOptions &options)
{
    const QStringList &args = context.args;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args.at(i);
        QString value;
        if (const qsizetype equals = name.indexOf(u'='); equals > 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        } else if ((name == u"--people" || name == u"--seed") && i + 1 < args.size()) {
            value = args.at(++i);
        }
        bool ok = false;
        if (name == u"--people") {
            options.people = value.toInt(&ok);
            if (!ok || options.people < 1 || options.people > demo::kMaximumSyntheticPeople) {
                context.err << Cli::tr("--people needs a number of people from 1 to %1.")
                                   .arg(demo::kMaximumSyntheticPeople)
                            << Qt::endl;
                return false;
            }
        } else if (name == u"--seed") {
            options.seed = value.toULongLong(&ok);
            if (!ok) {
                context.err << Cli::tr("--seed needs a whole number from 0 to %1.")
                                   .arg(std::numeric_limits<quint64>::max())
                            << Qt::endl;
                return false;
            }
        } else {
            context.err << Cli::tr("Unknown argument for demo: %1").arg(args.at(i)) << Qt::endl;
            return false;
        }
    }
    if (options.seed && options.people == 0) {
        context.err << Cli::tr("--seed is used only with --people.") << Qt::endl;
        return false;
    }
    return true;
}

// Creates the demo profile, or rebuilds an outdated one; on success leaves it open in `opened`.
int ensureDemo(CommandContext &context, std::unique_ptr<storage::Profile> &opened)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto profile = storage::Profile::open(context.dataDir, context.secrets);
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
            opened = std::move(profile).value();
            return ExitOk;
        case demo::DemoState::Outdated:
            profile->reset();
            // Demo profiles hold nothing real: the database and its keychain entry go.
            if (!storage::Profile::removeDatabase(context.dataDir, context.secrets)) {
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
            opened = std::move(profile).value();
            return ExitOk;
        }
    }
    return ExitFailure;
}

int addPeople(CommandContext &context, storage::Profile &profile, const DemoOptions &options)
{
    const quint64 seed = options.seed.value_or(QRandomGenerator::system()->generate64());
    if (!options.seed)
        context.out << Cli::tr("Seed: %1 (give --seed %1 to draw the same people again).").arg(seed)
                    << Qt::endl;
    const int total = options.people;
    int shownTenths = 0;
    auto progress = [&context, total, &shownTenths](int done) {
        const int tenths = int(qint64(done) * 10 / total);
        if (tenths > shownTenths) {
            shownTenths = tenths;
            context.out
                << Cli::tr("Adding people: %1% (%2 of %3)").arg(tenths * 10).arg(done).arg(total)
                << Qt::endl;
        }
        return true;
    };
    auto added = demo::addSyntheticPeople(profile, context.clock, total, seed, progress);
    if (!added) {
        qCWarning(lcApp).noquote() << "demo --people failed:" << added.error().toLogString();
        context.err << text::ErrorText::message(added.error()) << Qt::endl;
        return ExitFailure;
    }
    context.out << Cli::tr("Added %n person(s) with %1.", nullptr, added->people)
                       .arg(Cli::tr("%n session(s)", nullptr, added->sessions))
                << Qt::endl;
    return ExitOk;
}

int demo(CommandContext &context)
{
    DemoOptions options;
    if (!parseOptions(context, options))
        return ExitUsage;
    std::unique_ptr<storage::Profile> profile;
    if (const int status = ensureDemo(context, profile); status != ExitOk)
        return status;
    if (options.people == 0)
        return ExitOk;
    return addPeople(context, *profile, options);
}

} // namespace

void addDemoCommands(Cli &cli)
{
    cli.addCommand({{u"demo"_s},
                    u"[--people N [--seed S]]"_s,
                    QT_TRANSLATE_NOOP("Cli",
                                      "create the demo profile in the data folder; --people adds "
                                      "N made-up people with two years of sessions (creating the "
                                      "demo first when missing)"),
                    demo});
}

} // namespace sportello::app::cli
