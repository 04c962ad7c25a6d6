// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/failure.h"

#include <QtGlobal>

// How long an item waits before its next delivery: capped exponential backoff with full
// jitter (a uniform draw between zero and the exponential bound), so that the desks of a
// district that lost the hub together do not come back together.
namespace sportello::sync {

struct BackoffBounds
{
    qint64 baseMs = 0; // the bound of the first retry
    qint64 capMs = 0; // no bound grows past this
};

// The bounds for a kind of failure: short for a network that comes and goes, longer for a hub
// that answers with errors.
[[nodiscard]] BackoffBounds backoffBounds(FailureKind kind);
// The upper bound of the delay after `attempt` failed attempts (1 for the first):
// min(cap, base · 2^(attempt − 1)).
[[nodiscard]] qint64 backoffCeilingMs(FailureKind kind, int attempt);
// The delay in ms after `attempt` failed attempts, `unit` a uniform draw in [0, 1): at least
// kMinBackoffMs, at most the ceiling; never less than `retryAfterSeconds` when the hub said so.
// A pure function: the caller draws `unit`, the tests choose it.
inline constexpr qint64 kMinBackoffMs = 500;
// No wait is ever longer, whatever the hub's Retry-After says; so an item whose next attempt is
// further ahead than this was scheduled by a clock that has since gone back (a PC whose date
// was wrong and was corrected): the outbox takes it as due (OutboxRepository::claim).
inline constexpr qint64 kMaxBackoffMs = 6LL * 3600 * 1000;
[[nodiscard]] qint64 backoffDelayMs(FailureKind kind, int attempt, double unit,
                                    std::optional<int> retryAfterSeconds = std::nullopt);

} // namespace sportello::sync
