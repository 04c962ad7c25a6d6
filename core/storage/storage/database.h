// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QString>

#include <functional>
#include <memory>

namespace sportello::storage {

class DatabaseAccess;
class DatabaseKey;
class MigrationSet;

// What `db info` and the About dialog show about a database.
struct DatabaseInfo
{
    QString path;
    int schemaVersion = 0;
    int programSchemaVersion = 0;
    QString integrity; // "ok" or SQLite's first complaint
};

// Owns one SQLite file: opens a connection per thread with the project's pragmas on each, and
// brings the schema up to date at open. The connections are storage's own business: the
// repositories reach them through an internal header, everyone else through repositories and
// the Transaction guard, so no Qt Sql type leaves this layer.
class Database final
{
public:
    // "SPRT": marks the file as ours in the SQLite header.
    static constexpr int kApplicationId = 0x53505254;
    static constexpr int kBusyTimeoutMs = 5000;

    // Opens (creating when missing) the SQLCipher file at `filePath` under `key`; there is no
    // way to open a database in clear (decision 30): a null key is refused.
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    open(const QString &filePath, const MigrationSet &migrations, const DatabaseKey &key);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    [[nodiscard]] const QString &filePath() const;
    [[nodiscard]] int schemaVersion();
    [[nodiscard]] Result<QString> integrityCheck();
    [[nodiscard]] Result<DatabaseInfo> info(int programSchemaVersion);
    // Folds the WAL back into the main file and truncates it.
    [[nodiscard]] Status checkpoint();
    // A consistent copy of the database as it is now, written to `outPath` while other threads
    // go on writing: exported from one read snapshot on a connection of its own (SQLCipher
    // refuses SQLite's backup API on encrypted files; never a copy of the file), encrypted
    // under the same key — as useless without the desk's keys as the profile itself — into
    // `outPath.partial`, checked (integrity, cipher and foreign keys), then renamed.
    // FileUnwritable when `outPath` exists or cannot be written; nothing is left behind then.
    // `keepGoing`, asked now and then while the copy is made, stops it when false (Cancelled).
    [[nodiscard]] Status backupTo(const QString &outPath,
                                  const std::function<bool()> &keepGoing = {}) const;
    // Whether a Transaction is open on the calling thread's connection.
    [[nodiscard]] bool inTransaction() const;
    // Seals this database's key under the desk's recovery key (its text) into the recovery slot
    // beside the file (storage/recoveryslot.h), replacing an older one; the key never leaves.
    [[nodiscard]] Status sealKeyForRecovery(const QString &recoveryKeyText) const;
    // Whether the recovery slot beside the file opens this database (with the right key).
    [[nodiscard]] bool hasRecoverySlot() const;

private:
    friend class DatabaseAccess;
    struct Private;
    Database(QString filePath, const DatabaseKey &key);

    std::unique_ptr<Private> d;
};

} // namespace sportello::storage
