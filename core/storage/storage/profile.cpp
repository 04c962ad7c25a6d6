// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/profile.h"

#include "storage/database.h"
#include "storage/migration.h"
#include "support/logging.h"

#include <QDir>
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

Result<std::unique_ptr<Profile>> Profile::open(const QString &dataDir)
{
    return open(dataDir, MigrationSet::application());
}

Result<std::unique_ptr<Profile>> Profile::open(const QString &dataDir,
                                               const MigrationSet &migrations)
{
    if (dataDir.isEmpty())
        return makeError(ErrorCode::DataDirUnavailable, u"no data directory"_s);
    if (isUncPath(dataDir))
        return makeError(ErrorCode::NetworkFilesystem, u"UNC path"_s, {dataDir});
    const QString absolute = QDir(dataDir).absolutePath();
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

    auto database = Database::open(QDir(absolute).filePath(QString::fromLatin1(kDatabaseFileName)),
                                   migrations);
    if (!database)
        return database.error();
    profile->m_database = std::move(database).value();
    qCInfo(lcStorage) << "profile opened, schema version" << profile->m_database->schemaVersion();
    return profile;
}

Profile::~Profile()
{
    m_database.reset(); // close the database before releasing the lock
    if (m_lock)
        m_lock->unlock();
}

} // namespace sportello::storage
