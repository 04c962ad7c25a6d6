// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhelpers.h"

#include "storage/profile.h"

#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace sportello::test {

TempDir::TempDir()
    : m_dir(QDir::tempPath() + u"/sportello-test-XXXXXX"_s)
{ }

QString cliExecutable()
{
    return QString::fromUtf8(SPORTELLO_CLI_EXECUTABLE);
}

QString desktopExecutable()
{
    return QString::fromUtf8(SPORTELLO_DESKTOP_EXECUTABLE);
}

QString sourceDir()
{
    return QString::fromUtf8(SPORTELLO_SOURCE_DIR);
}

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
