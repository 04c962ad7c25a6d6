// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sportello {

// Lowers the calling thread's CPU priority one step below normal: for background loads (the
// person directory, the catalogue's search snapshot, housekeeping scans) that must give way to
// the GUI thread on a two-core counter PC, yet keep going when the machine is busy. On Linux
// that is a nice value of 10 for this thread alone (QThread::LowPriority does nothing there
// under the normal scheduler, and IdlePriority's SCHED_IDLE would starve the load while any
// other program works); elsewhere QThread's LowPriority, which the system honours.
void lowerCurrentThreadPriority();

} // namespace sportello
