// SPDX-License-Identifier: GPL-3.0-or-later
// The helper modes of the desk's test executables: hold a profile's lock, or its database's
// write lock, as another process would (linked into every suite but the hub's, which must not
// link the desk's storage).
#include "sqlite.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QDir>
#include <QLockFile>
#include <QThread>

#include <cstdio>

namespace sportello::test {

namespace {

// Holds BEGIN IMMEDIATE on the database `path` (key and salt in hex) until killed.
int holdWriteLock(const QString &path)
{
    const QByteArray key = QByteArray::fromHex(qgetenv(kHoldWriteKeyEnv));
    const QByteArray salt = QByteArray::fromHex(qgetenv(kHoldWriteSaltEnv));
    auto opened = storage::SqlConnection::open(path, key, salt);
    if (!opened) {
        std::fprintf(stdout, "failed open\n");
        std::fflush(stdout);
        return 1;
    }
    storage::SqlQuery query(*opened);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        std::fprintf(stdout, "failed begin\n");
        std::fflush(stdout);
        return 1;
    }
    std::fprintf(stdout, "locked\n");
    std::fflush(stdout);
    for (int i = 0; i < 600; ++i)
        QThread::sleep(1);
    return 0;
}

} // namespace

int runHelperModeIfRequested()
{
    if (const QString path = qEnvironmentVariable(kHoldWriteEnv); !path.isEmpty())
        return holdWriteLock(path);
    const QString holdDir = qEnvironmentVariable(kHoldProfileEnv);
    if (holdDir.isEmpty())
        return -1;
    // The lock alone, taken as Profile::open takes it: the database key of the profile is in
    // the test process's own memory keychain, not in this one's.
    QDir().mkpath(holdDir);
    QLockFile lock(QDir(holdDir).filePath(QString::fromLatin1(storage::Profile::kLockFileName)));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        std::fprintf(stdout, "failed %d\n", int(lock.error()));
        std::fflush(stdout);
        return 1;
    }
    std::fprintf(stdout, "locked\n");
    std::fflush(stdout);
    // Held until the test kills this process, as a crash would.
    for (int i = 0; i < 600; ++i)
        QThread::sleep(1);
    return 0;
}

} // namespace sportello::test
