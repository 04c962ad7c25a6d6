// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/ratelimiter.h"

#include <cmath>

namespace sportello::hub {

int RateLimiter::take(const QString &deskId, const QDateTime &now)
{
    if (m_perSecond <= 0)
        return 0; // no limit
    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto it = m_buckets.find(deskId);
    if (it == m_buckets.end()) {
        // Only enrolled desks reach here, so the map is bounded by the desks; the cap is a
        // second fence.
        if (m_buckets.size() >= kMaxBuckets)
            m_buckets.clear();
        it = m_buckets.insert(deskId, {m_burst, nowMs});
    }
    Bucket &bucket = *it;
    const double elapsed = std::max<qint64>(0, nowMs - bucket.atMs) / 1000.0;
    bucket.tokens = std::min(m_burst, bucket.tokens + elapsed * m_perSecond);
    bucket.atMs = nowMs;
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
    }
    return std::max(1, int(std::ceil((1 - bucket.tokens) / m_perSecond)));
}

} // namespace sportello::hub
