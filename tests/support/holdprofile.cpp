// SPDX-License-Identifier: GPL-3.0-or-later
// The helper mode of the desk's test executables: hold a profile's lock as another process
// would (linked into every suite but the hub's, which must not link the desk's storage).
#include "storage/profile.h"
#include "testhelpers.h"

#include <QThread>

#include <cstdio>

namespace sportello::test {

int runHelperModeIfRequested()
{
    const QString holdDir = qEnvironmentVariable(kHoldProfileEnv);
    if (holdDir.isEmpty())
        return -1;
    auto profile = storage::Profile::open(holdDir);
    if (!profile) {
        std::fprintf(stdout, "failed %d\n", profile.error().number());
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
