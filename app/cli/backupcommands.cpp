// SPDX-License-Identifier: GPL-3.0-or-later
// sportello-cli backup and restore (issue 18, decision 59): a backup of a desk that is not
// running (a running desk holds its profile's lock: its coordinators use Backup in the app),
// and the restore of one into a new profile.
#include "audit/audit.h"
#include "cli.h"
#include "crypto/secretstore.h"
#include "services/backupservice.h"
#include "services/deskservices.h"
#include "storage/auditlog.h"
#include "storage/backupfile.h"
#include "storage/database.h"
#include "storage/databasekey.h"
#include "storage/migration.h"
#include "storage/profile.h"
#include "storage/recoveryslot.h"
#include "support/clock.h"
#include "text/errortext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sportello::app::cli {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Opens the profile for a backup; a desk running on it gets a message saying what to do.
std::unique_ptr<storage::Profile> openForBackup(CommandContext &context)
{
    if (!requireDatabase(context))
        return nullptr;
    auto profile = storage::Profile::open(context.dataDir, context.secrets);
    if (!profile) {
        if (profile.error().code == ErrorCode::ProfileLocked)
            context.err << Cli::tr("Sportello is open on this profile. A coordinator takes the "
                                   "backup from the app (the Backup page), or close "
                                   "Sportello and run this again.")
                        << Qt::endl;
        else
            context.err << text::ErrorText::message(profile.error()) << Qt::endl;
        return nullptr;
    }
    return std::move(profile).value();
}

int backup(CommandContext &context)
{
    const QStringList &args = context.args;
    if (args.size() != 2 || args.at(0) != u"--out"_s) {
        context.err << Cli::tr("Usage: sportello-cli backup --out FILE") << Qt::endl;
        return ExitUsage;
    }
    QString out = args.at(1);
    if (!out.endsWith(QString::fromLatin1(storage::BackupFile::kSuffix)))
        out += QString::fromLatin1(storage::BackupFile::kSuffix);
    auto profile = openForBackup(context);
    if (!profile)
        return ExitFailure;
    services::BackupOutcome outcome;
    outcome.path = QFileInfo(out).absoluteFilePath();
    auto header
        = storage::BackupFile::write(profile->database(), outcome.path, context.clock.nowUtc());
    const Result<services::BackupOutcome> result = header
        ? Result<services::BackupOutcome>(outcome)
        : Result<services::BackupOutcome>(header.error());
    // The attempt is recorded like the app's, so the desk's home page shows it.
    const services::DeskServices desk(profile->database(), context.clock);
    if (auto recorded = services::BackupService(desk.context()).record(0, result); !recorded)
        context.err << text::ErrorText::message(recorded.error()) << Qt::endl;
    if (!header) {
        context.err << text::ErrorText::message(header.error()) << Qt::endl;
        return ExitFailure;
    }
    context.out << Cli::tr("Backup written: %1 (%2 MiB, schema %3).")
                       .arg(QDir::toNativeSeparators(outcome.path),
                            megabytes(header->databaseBytes))
                       .arg(header->schemaVersion)
                << '\n';
    context.out << (header->recoverySlot.isEmpty()
                        ? Cli::tr("It holds no copy of the key under the recovery key: it opens "
                                  "only on this computer. A coordinator who unlocks with the "
                                  "recovery key makes that copy.")
                        : Cli::tr("On another computer it opens with the desk's recovery key."))
                << Qt::endl;
    return ExitOk;
}

// The restored database's key: in this computer's keychain already, or put back from the
// backup's recovery slot with the recovery key read from standard input.
std::unique_ptr<storage::Profile> openRestored(CommandContext &context, bool withRecoveryKey,
                                               bool *keyAdded)
{
    auto profile = storage::Profile::open(context.dataDir, context.secrets);
    if (!profile && profile.error().code == ErrorCode::DatabaseKeyMissing && withRecoveryKey) {
        QTextStream in(stdin);
        const QString recoveryKey = in.readLine().trimmed();
        if (auto restored
            = storage::RecoverySlot::restoreKey(context.dataDir, recoveryKey, context.secrets);
            !restored) {
            if (restored.error().code == ErrorCode::NotFound)
                context.err << Cli::tr("The backup holds no copy of its key under the recovery "
                                       "key: it opens only on the computer that wrote it.")
                            << Qt::endl;
            else if (restored.error().code == ErrorCode::WrongCredentials)
                context.err << Cli::tr("This is not the recovery key of this desk.") << Qt::endl;
            else
                context.err << text::ErrorText::message(restored.error()) << Qt::endl;
            return nullptr;
        }
        *keyAdded = true;
        profile = storage::Profile::open(context.dataDir, context.secrets);
    }
    if (!profile) {
        if (profile.error().code == ErrorCode::DatabaseKeyMissing)
            context.err << Cli::tr("The key of this backup is not in this computer's keychain "
                                   "(it was written on another computer). Run the restore again "
                                   "with --with-recovery-key and type the desk's recovery key.")
                        << Qt::endl;
        else
            context.err << text::ErrorText::message(profile.error()) << Qt::endl;
        return nullptr;
    }
    return std::move(profile).value();
}

int restore(CommandContext &context)
{
    QStringList args = context.args;
    const bool withRecoveryKey = args.removeAll(u"--with-recovery-key"_s) > 0;
    if (args.size() != 1 || args.at(0).startsWith(u"--"_s)) {
        context.err << Cli::tr("Usage: sportello-cli --data-dir NEW_FOLDER restore FILE "
                               "[--with-recovery-key]")
                    << Qt::endl;
        return ExitUsage;
    }
    const int programVersion = storage::MigrationSet::application().latestVersion();
    const QString dataDir = context.dataDir;
    auto header = storage::BackupFile::restore(args.at(0), dataDir, programVersion);
    if (!header) {
        context.err << text::ErrorText::message(header.error()) << Qt::endl;
        return ExitFailure;
    }
    bool keyAdded = false;
    const auto removeRestored = [&dataDir, &context, &keyAdded, &header] {
        // A desk's key left on a computer where its restore was given up serves nobody.
        if (keyAdded)
            (void)context.secrets.remove(storage::DatabaseKey::keychainAccount(header->salt));
        const QDir dir(dataDir);
        const QString database
            = dir.filePath(QString::fromLatin1(storage::Profile::kDatabaseFileName));
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(database + suffix);
        QFile::remove(dir.filePath(QString::fromLatin1(storage::RecoverySlot::kFileName)));
    };
    // All or nothing: a restore that cannot finish leaves the folder as it found it, so that it
    // can be run again.
    auto profile = openRestored(context, withRecoveryKey, &keyAdded);
    if (!profile) {
        removeRestored();
        return ExitFailure;
    }
    // Opening migrated an older schema; the pages are checked now, before anyone works on it.
    auto info = profile->database().info(programVersion);
    if (!info || info->integrity != u"ok"_s) {
        context.err << (info ? Cli::tr("The restored database fails its integrity check: %1")
                                   .arg(info->integrity.left(300))
                             : text::ErrorText::message(info.error()))
                    << '\n'
                    << Cli::tr("The restored files were removed; try another backup.") << Qt::endl;
        profile.reset();
        removeRestored();
        return ExitFailure;
    }
    if (auto audited = storage::AuditLog(profile->database(), context.clock)
                           .append(0, QString::fromLatin1(audit::kBackupRestored), u"backup"_s,
                                   QFileInfo(args.at(0)).fileName());
        !audited) {
        context.err << text::ErrorText::message(audited.error()) << Qt::endl;
        profile.reset();
        removeRestored();
        return ExitFailure;
    }
    context.out << Cli::tr("Restored into %1: the backup of %2, schema %3 (now %4); integrity "
                           "check ok.")
                       .arg(QDir::toNativeSeparators(dataDir), localIso(header->createdAt))
                       .arg(header->schemaVersion)
                       .arg(info->schemaVersion)
                << Qt::endl;
    return ExitOk;
}

} // namespace

void addBackupCommands(Cli &cli)
{
    cli.addCommand({{u"backup"_s},
                    u"--out FILE"_s,
                    QT_TRANSLATE_NOOP("Cli",
                                      "write a backup of the profile (Sportello not running on "
                                      "it), encrypted like the profile"),
                    backup});
    cli.addCommand({{u"restore"_s},
                    u"FILE [--with-recovery-key]"_s,
                    QT_TRANSLATE_NOOP("Cli",
                                      "restore a backup into the new profile of --data-dir "
                                      "(the recovery key on standard input when asked)"),
                    restore});
}

} // namespace sportello::app::cli
