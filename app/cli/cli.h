// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace sportello {
class Clock;
namespace crypto {
class SecretStore;
}
namespace storage {
class Profile;
}
} // namespace sportello

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
    crypto::SecretStore &secrets; // the OS keychain: the database key
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
    Cli(QTextStream &out, QTextStream &err, const Clock &clock, crypto::SecretStore &secrets);
    void addCommand(Command command);
    [[nodiscard]] int run(const QStringList &arguments);

private:
    void printHelp() const;

    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    crypto::SecretStore &m_secrets;
    std::vector<Command> m_commands;
};

// Whether the profile folder holds a database; says so on the error stream when not.
[[nodiscard]] bool requireDatabase(CommandContext &context);
// Opens the profile only when it already holds a database: reading or checking a folder must
// never create an empty profile. Prints the problem and returns null otherwise.
[[nodiscard]] std::unique_ptr<storage::Profile> openExistingProfile(CommandContext &context);
// Opens (creating when missing) the profile; prints the problem and returns null otherwise.
[[nodiscard]] std::unique_ptr<storage::Profile> openProfile(CommandContext &context);

// Local time with its offset ("2026-03-02T10:00:00+01:00"): readable and still unambiguous.
[[nodiscard]] QString localIso(const QDateTime &at);

// Prints `rows` under `headers` in columns two spaces apart, each as wide as its widest cell.
void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows);

// The commands of each area register themselves here (one function per file).
void addDatabaseCommands(Cli &cli);
void addDemoCommands(Cli &cli);
void addCatalogueCommands(Cli &cli);
void addAuditCommands(Cli &cli);
void addOutboxCommands(Cli &cli);
void addReportCommands(Cli &cli);
void addKeyCommands(Cli &cli);
void addSyncCommands(Cli &cli);
void addBackupCommands(Cli &cli);

} // namespace sportello::app::cli
