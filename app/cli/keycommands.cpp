// SPDX-License-Identifier: GPL-3.0-or-later
// sportello-cli key …: the database key of a profile (decision 30) — where it is, and putting
// it back in this computer's keychain with the desk's recovery key.
#include "audit/audit.h"
#include "cli.h"
#include "crypto/secretstore.h"
#include "storage/auditlog.h"
#include "storage/databasekey.h"
#include "storage/profile.h"
#include "storage/recoveryslot.h"
#include "text/errortext.h"

#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace sportello::app::cli {

namespace {

QString databasePath(const CommandContext &context)
{
    return QDir(context.dataDir).filePath(QString::fromLatin1(storage::Profile::kDatabaseFileName));
}

int keyStatus(CommandContext &context)
{
    if (!context.args.isEmpty()) {
        context.err << Cli::tr("key status takes no arguments.") << Qt::endl;
        return ExitUsage;
    }
    QByteArray salt;
    const storage::DatabaseFileKind kind = storage::databaseFileKind(databasePath(context), &salt);
    switch (kind) {
    case storage::DatabaseFileKind::Missing:
        context.err << Cli::tr("There is no Sportello database in %1.")
                           .arg(QDir::toNativeSeparators(context.dataDir))
                    << Qt::endl;
        return ExitFailure;
    case storage::DatabaseFileKind::Plain:
        context.out << Cli::tr("Database: not encrypted yet (it will be at the next start).")
                    << Qt::endl;
        return ExitOk;
    case storage::DatabaseFileKind::Unreadable:
        context.err << Cli::tr("The database file cannot be read.") << Qt::endl;
        return ExitFailure;
    case storage::DatabaseFileKind::Encrypted:
        break;
    }
    context.out << Cli::tr("Database: encrypted.") << '\n';
    auto key = context.secrets.read(storage::DatabaseKey::keychainAccount(salt));
    if (key.ok())
        context.out << Cli::tr("Key in this computer's keychain: yes.") << '\n';
    else if (key.error().code == ErrorCode::SecretNotFound)
        context.out << Cli::tr("Key in this computer's keychain: no (sportello-cli key restore "
                               "puts it back with the recovery key).")
                    << '\n';
    else
        context.out << Cli::tr("Key in this computer's keychain: unknown.") << ' '
                    << text::ErrorText::message(key.error()) << '\n';
    const bool slot = storage::RecoverySlot::exists(context.dataDir);
    context.out << (slot ? Cli::tr("Copy under the recovery key: yes.")
                         : Cli::tr("Copy under the recovery key: no (a coordinator who unlocks "
                                   "with the recovery key makes it)."))
                << Qt::endl;
    return key.ok() ? ExitOk : ExitFailure;
}

int keyRestore(CommandContext &context)
{
    if (!context.args.isEmpty()) {
        context.err << Cli::tr("Usage: sportello-cli key restore (the recovery key on standard "
                               "input)")
                    << Qt::endl;
        return ExitUsage;
    }
    // From standard input, like a password: never on the command line, where other users of
    // the computer can read it.
    QTextStream in(stdin);
    const QString recoveryKey = in.readLine().trimmed();
    if (recoveryKey.isEmpty()) {
        context.err << Cli::tr("Type the desk's recovery key on standard input.") << Qt::endl;
        return ExitUsage;
    }
    if (auto restored
        = storage::RecoverySlot::restoreKey(context.dataDir, recoveryKey, context.secrets);
        !restored) {
        if (restored.error().code == ErrorCode::NotFound)
            context.err << Cli::tr("This profile has no copy of its key under the recovery key.")
                        << Qt::endl;
        else if (restored.error().code == ErrorCode::WrongCredentials)
            context.err << Cli::tr("This is not the recovery key of this desk.") << Qt::endl;
        else
            context.err << text::ErrorText::message(restored.error()) << Qt::endl;
        return ExitFailure;
    }
    auto profile = openProfile(context);
    if (!profile)
        return ExitFailure;
    if (auto audited
        = storage::AuditLog((*profile).database(), context.clock)
              .append(0, QString::fromLatin1(audit::kKeyRestored), u"profile"_s, QString());
        !audited) {
        context.err << text::ErrorText::message(audited.error()) << Qt::endl;
        return ExitFailure;
    }
    context.out << Cli::tr("The database key is back in this computer's keychain.") << Qt::endl;
    return ExitOk;
}

} // namespace

void addKeyCommands(Cli &cli)
{
    cli.addCommand({{u"key"_s, u"status"_s},
                    {},
                    QT_TRANSLATE_NOOP("Cli", "show where the database key of the profile is"),
                    keyStatus});
    cli.addCommand({{u"key"_s, u"restore"_s},
                    {},
                    QT_TRANSLATE_NOOP("Cli",
                                      "put the database key back in this computer's "
                                      "keychain with the recovery key (on standard input)"),
                    keyRestore});
}

} // namespace sportello::app::cli
