// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace sportello::app {

// The desk holds decrypted personal data in memory while an operator works. This keeps it out
// of crash files and away from the user's other processes: no core dump (a soft RLIMIT_CORE
// of 0 on Linux and macOS) and, on Linux, a process that is not dumpable (no core through a crash
// handler, no ptrace attach or /proc/<pid>/mem read by another process of the same user).
// Windows writes no local crash dump unless an administrator turned WER LocalDumps on; that
// stays the administrator's choice. Returns what could not be done (empty when all of it was).
[[nodiscard]] QStringList hardenProcess();

} // namespace sportello::app
