// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/error.h"
#include "sync/failure.h"

namespace sportello::sync {

// The error a person is shown for a failed request (ErrorText translates it), with the
// arguments its message needs: the clock's dates, the seconds to wait, the hub's problem.
[[nodiscard]] Error toError(const Failure &failure);

} // namespace sportello::sync
