// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace sportello::crypto {
class SecretStore;
}

namespace sportello::storage {

class Database;
class MigrationSet;

// A profile is one data directory: the database, its lock file and later the desk's files.
// Opening one takes the lock (refusing a second instance, recovering a stale lock left by a
// crash) and then the database, migrated to the program's schema.
class Profile final
{
public:
    static constexpr char kDatabaseFileName[] = "sportello.db";
    static constexpr char kLockFileName[] = "sportello.lock";

    // The default data directory: QStandardPaths::AppLocalDataLocation.
    [[nodiscard]] static QString defaultDataDir();
    // Opens (creating when missing) the profile in `dataDir`. The database is encrypted under
    // a key kept in `secrets` (the OS keychain; decision 30): a new profile gets a new key, a
    // profile from before decision 30 is encrypted on the way.
    [[nodiscard]] static Result<std::unique_ptr<Profile>> open(const QString &dataDir,
                                                               crypto::SecretStore &secrets);
    [[nodiscard]] static Result<std::unique_ptr<Profile>>
    open(const QString &dataDir, const MigrationSet &migrations, crypto::SecretStore &secrets);
    // Removes the database of the profile in `dataDir` (not open) and its keychain entry: for
    // the demo profile, which holds nothing real, when it is rebuilt.
    [[nodiscard]] static Status removeDatabase(const QString &dataDir,
                                               crypto::SecretStore &secrets);
    ~Profile();
    Q_DISABLE_COPY_MOVE(Profile)

    [[nodiscard]] const QString &dataDir() const { return m_dataDir; }
    [[nodiscard]] Database &database() const { return *m_database; }

private:
    Profile() = default;

    QString m_dataDir;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_database;
};

// True for filesystems on which SQLite's locking and WAL are unsafe (NFS, SMB, sshfs…).
[[nodiscard]] bool isNetworkFilesystem(const QByteArray &fileSystemType);
// True for a Windows UNC path (\\server\share or //server/share).
[[nodiscard]] bool isUncPath(const QString &path);

} // namespace sportello::storage
