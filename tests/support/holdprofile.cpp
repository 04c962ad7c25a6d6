// SPDX-License-Identifier: GPL-3.0-or-later
// The helper mode of the desk's test executables: hold a profile's lock as another process
// would (linked into every suite but the hub's, which must not link the desk's storage).
#include "storage/profile.h"
#include "testhelpers.h"

#include <QDir>
#include <QLockFile>
#include <QThread>

#include <cstdio>

namespace sportello::test {

int runHelperModeIfRequested()
{
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
