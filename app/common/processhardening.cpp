// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/processhardening.h"

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace sportello::app {

QStringList hardenProcess()
{
    QStringList missed;
#if defined(Q_OS_UNIX)
    // The soft limit only: programs the desk starts (a browser for a link) inherit it and
    // may raise it again for themselves.
    rlimit limit {};
    if (getrlimit(RLIMIT_CORE, &limit) != 0)
        limit.rlim_max = 0;
    limit.rlim_cur = 0;
    if (setrlimit(RLIMIT_CORE, &limit) != 0)
        missed.append(u"RLIMIT_CORE"_s);
#endif
#if defined(Q_OS_LINUX)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        missed.append(u"PR_SET_DUMPABLE"_s);
#endif
    return missed;
}

} // namespace sportello::app
