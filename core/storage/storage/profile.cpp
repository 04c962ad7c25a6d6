// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/profile.h"

#include "crypto/secretstore.h"
#include "profilekey.h"
#include "storage/database.h"
#include "storage/databasekey.h"
#include "storage/migration.h"
#include "support/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace sportello::storage {

QString Profile::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

bool isNetworkFilesystem(const QByteArray &fileSystemType)
{
    static const QByteArrayList network
        = {"nfs", "nfs4", "cifs",       "smb",   "smbfs",       "smb2", "smb3",     "ncpfs",
           "afs", "9p",   "fuse.sshfs", "davfs", "fuse.davfs2", "ceph", "glusterfs"};
    const QByteArray type = fileSystemType.toLower();
    return network.contains(type) || type.startsWith("fuse.sshfs");
}

bool isUncPath(const QString &path)
{
    return path.startsWith(u"\\\\"_s) || path.startsWith(u"//"_s);
}

namespace {

// On Unix the profile is the user's alone: the folder 0700, its files 0600 — also for a profile
// made by an older version. The database file is created here when missing, because SQLite
// gives its -wal and -shm files the mode of the database file. Windows keeps the per-user ACL
// of the folder the profile lives in.
void restrictToOwner(const QString &dir, bool ownFolder, const QString &databasePath,
                     const QString &lockPath)
{
#if defined(Q_OS_UNIX)
    constexpr auto kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // The folder only when it is the profile's own: one it has just made or one holding its
    // database — never a folder of the user's that --data-dir happens to name.
    if (ownFolder)
        QFile::setPermissions(dir, kOwnerFile | QFileDevice::ExeOwner);
    if (!QFileInfo::exists(databasePath)) {
        QFile created(databasePath);
        if (created.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            created.close();
    }
    const QString files[]
        = {databasePath, databasePath + u"-wal"_s, databasePath + u"-shm"_s, lockPath};
    for (const QString &file : files) {
        if (QFileInfo::exists(file) && !QFile::setPermissions(file, kOwnerFile))
            qCWarning(lcStorage).noquote() << "cannot restrict" << QFileInfo(file).fileName();
    }
#else
    Q_UNUSED(dir)
    Q_UNUSED(ownFolder)
    Q_UNUSED(databasePath)
    Q_UNUSED(lockPath)
#endif
}

} // namespace

Result<std::unique_ptr<Profile>> Profile::open(const QString &dataDir, crypto::SecretStore &secrets)
{
    return open(dataDir, MigrationSet::application(), secrets);
}

Result<std::unique_ptr<Profile>>
Profile::open(const QString &dataDir, const MigrationSet &migrations, crypto::SecretStore &secrets)
{
    if (dataDir.isEmpty())
        return makeError(ErrorCode::DataDirUnavailable, u"no data directory"_s);
    if (isUncPath(dataDir))
        return makeError(ErrorCode::NetworkFilesystem, u"UNC path"_s, {dataDir});
    const QString absolute = QDir(dataDir).absolutePath();
    const bool folderExisted = QFileInfo::exists(absolute);
    if (!QDir().mkpath(absolute))
        return makeError(ErrorCode::DataDirUnavailable, u"cannot create the data directory"_s,
                         {absolute});
    const QStorageInfo storage(absolute);
    if (isNetworkFilesystem(storage.fileSystemType()))
        return makeError(ErrorCode::NetworkFilesystem,
                         QString::fromLatin1(storage.fileSystemType()), {absolute});

    std::unique_ptr<Profile> profile(new Profile);
    profile->m_dataDir = absolute;
    profile->m_lock
        = std::make_unique<QLockFile>(QDir(absolute).filePath(QString::fromLatin1(kLockFileName)));
    // The lock is held for the program's lifetime, so age says nothing: only a lock whose
    // process is gone (a crash, kill -9) is stale, which QLockFile detects by its PID.
    profile->m_lock->setStaleLockTime(0);
    if (!profile->m_lock->tryLock(0)) {
        if (profile->m_lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString app;
            profile->m_lock->getLockInfo(&pid, &host, &app);
            return makeError(ErrorCode::ProfileLocked, u"profile in use by pid %1"_s.arg(pid),
                             {absolute, QString::number(pid), host});
        }
        return makeError(ErrorCode::ProfileLockFailed, u"lock file not writable"_s, {absolute});
    }

    const QString databasePath = QDir(absolute).filePath(QString::fromLatin1(kDatabaseFileName));
    recoverInterruptedEncryption(databasePath);
    restrictToOwner(absolute, !folderExisted || QFileInfo::exists(databasePath), databasePath,
                    profile->m_lock->fileName());
    bool created = false;
    auto key = profileDatabaseKey(databasePath, secrets, &created);
    if (!key)
        return key.error();
    auto database = Database::open(databasePath, migrations, *key);
    if (!database)
        return database.error();
    profile->m_database = std::move(database).value();
    // The salt in the file's first bytes names the key's keychain entry: write it out now
    // rather than at the first automatic checkpoint.
    if (created) {
        if (auto status = profile->m_database->checkpoint(); !status)
            return status.error();
    }
    qCInfo(lcStorage) << "profile opened, schema version" << profile->m_database->schemaVersion();
    return profile;
}

Status Profile::removeDatabase(const QString &dataDir, crypto::SecretStore &secrets)
{
    const QString databasePath = QDir(dataDir).filePath(QString::fromLatin1(kDatabaseFileName));
    QByteArray salt;
    if (databaseFileKind(databasePath, &salt) == DatabaseFileKind::Encrypted) {
        if (auto removed = secrets.remove(DatabaseKey::keychainAccount(salt)); !removed)
            return removed;
    }
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        const QString path = databasePath + suffix;
        if (QFile::exists(path) && !QFile::remove(path))
            return makeError(ErrorCode::FileUnwritable, u"cannot remove the database"_s, {path});
    }
    return {};
}

Profile::~Profile()
{
    m_database.reset(); // close the database before releasing the lock
    if (m_lock)
        m_lock->unlock();
}

} // namespace sportello::storage
