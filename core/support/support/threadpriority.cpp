// SPDX-License-Identifier: GPL-3.0-or-later
// The one platform-specific piece of the thread set-up (see the header).
#include "support/threadpriority.h"

#include <QThread>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace sportello {

void lowerCurrentThreadPriority()
{
#if defined(Q_OS_LINUX)
    // On Linux a thread is its own scheduling entity: PRIO_PROCESS with its id sets its nice.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    if (::setpriority(PRIO_PROCESS, tid, 10) == 0)
        return;
#endif
    if (QThread *thread = QThread::currentThread())
        thread->setPriority(QThread::LowPriority);
}

} // namespace sportello
