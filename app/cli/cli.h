// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace sportello {
class Clock;
}

namespace sportello::app::cli {

// Exit codes of sportello-cli.
enum ExitCode : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// What a command gets: its own arguments, the global options and the output streams.
struct CommandContext
{
    QStringList args;
    QString dataDir;
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;
};

// One subcommand: the words that name it ("db", "info"), its arguments, a summary marked with
// QT_TRANSLATE_NOOP("Cli", …) (translated when help is printed) and its body.
struct Command
{
    QStringList path;
    QString usage;
    const char *summary = nullptr;
    std::function<int(CommandContext &)> run;
};

// The command-line front end: global options, dispatch to subcommands, help and errors.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream &out, QTextStream &err, const Clock &clock);
    void addCommand(Command command);
    [[nodiscard]] int run(const QStringList &arguments);

private:
    void printHelp() const;

    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    std::vector<Command> m_commands;
};

// The commands of each area register themselves here (one function per file).
void addDatabaseCommands(Cli &cli);
void addDemoCommands(Cli &cli);
void addCatalogueCommands(Cli &cli);
void addAuditCommands(Cli &cli);

} // namespace sportello::app::cli
