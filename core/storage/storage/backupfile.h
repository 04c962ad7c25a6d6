// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace sportello::storage {

class Database;

// What a backup file says of itself, in clear ahead of the database copy. Nothing in it is
// personal: the schema, the time, the database file's salt (which keychain entry opens it) and
// the recovery slot, whose key is sealed under the desk's recovery key.
struct BackupHeader
{
    int schemaVersion = 0;
    QDateTime createdAt; // UTC
    QByteArray salt; // the database file's 16 bytes in clear
    qint64 databaseBytes = 0;
    QByteArray databaseSha256;
    QByteArray recoverySlot; // the profile's sportello.keys as it was; empty when it had none
};

// Called while a backup is written or restored with the bytes done and the total; returning
// false cancels (the call ends with ErrorCode::Cancelled and leaves nothing behind).
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

// One backup of a desk in one file (decision 59), so a coordinator can keep it on a USB stick
// and restore it on another computer: a first line naming the format, the header as JSON, then
// the database as Database::backupTo copied it — still encrypted under the desk's key. Opening
// it needs that key: the keychain of the computer the desk ran on, or the recovery key with
// the slot the header carries. It is never a copy of the live file.
class BackupFile final
{
public:
    static constexpr char kSuffix[] = ".sportello-backup";
    // The largest header read: the slot is well under 1 KiB.
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

    // Writes a backup of `database` (open, with its profile's lock held) to `outPath`, which
    // must not exist: a live copy into the profile's folder first (Database::backupTo), then
    // the file, written under a temporary name and renamed when complete. FileUnwritable when
    // `outPath` exists or cannot be written, StorageFull when the disk fills up.
    [[nodiscard]] static Result<BackupHeader> write(Database &database, const QString &outPath,
                                                    const QDateTime &now,
                                                    const BackupProgress &progress = {});

    // The header of the backup at `path`: FileUnreadable, or BackupMalformed for a file that is
    // not a backup of Sportello or is cut short.
    [[nodiscard]] static Result<BackupHeader> readHeader(const QString &path);

    // Puts the backup at `path` in place as the profile in `dataDir`, which must hold no
    // database (RestoreTargetNotEmpty): the database, then the recovery slot. Refuses a backup
    // of a newer schema than `programSchemaVersion` before writing anything (DatabaseTooNew),
    // and one whose copy does not match its checksum (BackupMalformed). The database is opened,
    // checked and migrated by the caller, as any profile (Profile::open): with the keychain's
    // key on the same computer, after `key restore` elsewhere.
    [[nodiscard]] static Result<BackupHeader> restore(const QString &path, const QString &dataDir,
                                                      int programSchemaVersion,
                                                      const BackupProgress &progress = {});
};

} // namespace sportello::storage
