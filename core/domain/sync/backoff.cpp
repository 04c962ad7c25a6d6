// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/backoff.h"

#include <algorithm>
#include <cmath>

namespace sportello::sync {

BackoffBounds backoffBounds(FailureKind kind)
{
    constexpr qint64 second = 1000;
    constexpr qint64 minute = 60 * second;
    switch (kind) {
    case FailureKind::ServerError:
    case FailureKind::BadAnswer:
        return {10 * second, 60 * minute};
    case FailureKind::Busy:
        return {5 * second, 15 * minute};
    default:
        // The network, a timeout, a captive portal; and the kinds that pause the sync, for
        // the item the pause caught.
        return {2 * second, 15 * minute};
    }
}

qint64 backoffCeilingMs(FailureKind kind, int attempt)
{
    const BackoffBounds bounds = backoffBounds(kind);
    const int doublings = std::clamp(attempt - 1, 0, 40);
    const double ceiling = double(bounds.baseMs) * std::ldexp(1.0, doublings);
    return ceiling >= double(bounds.capMs) ? bounds.capMs : qint64(ceiling);
}

qint64 backoffDelayMs(FailureKind kind, int attempt, double unit,
                      std::optional<int> retryAfterSeconds)
{
    const qint64 ceiling = backoffCeilingMs(kind, attempt);
    const double draw = std::clamp(unit, 0.0, 1.0);
    qint64 delay = std::max(kMinBackoffMs, qint64(draw * double(ceiling)));
    delay = std::min(delay, std::max(ceiling, kMinBackoffMs));
    if (retryAfterSeconds)
        delay = std::max(delay, qint64(*retryAfterSeconds) * 1000);
    return std::min(delay, kMaxBackoffMs);
}

} // namespace sportello::sync
