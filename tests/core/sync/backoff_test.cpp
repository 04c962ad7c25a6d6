// SPDX-License-Identifier: GPL-3.0-or-later
// The backoff: full jitter within bounds that grow and stop at a cap, Retry-After as a floor,
// and draws that do not bring a district's desks back together.
#include "sync/backoff.h"

#include <QHash>
#include <QRandomGenerator>

#include <catch2/catch_test_macros.hpp>
#include <cmath>

using namespace sportello;
using sync::FailureKind;

TEST_CASE("the backoff's ceiling doubles per attempt up to its cap", "[sync][backoff]")
{
    const sync::BackoffBounds bounds = sync::backoffBounds(FailureKind::Network);
    CHECK(sync::backoffCeilingMs(FailureKind::Network, 1) == bounds.baseMs);
    CHECK(sync::backoffCeilingMs(FailureKind::Network, 2) == 2 * bounds.baseMs);
    CHECK(sync::backoffCeilingMs(FailureKind::Network, 5) == 16 * bounds.baseMs);
    CHECK(sync::backoffCeilingMs(FailureKind::Network, 60) == bounds.capMs);
    CHECK(sync::backoffCeilingMs(FailureKind::Network, 1000000) == bounds.capMs);
    // A hub that answers with errors is given more time than a network that comes and goes.
    CHECK(sync::backoffBounds(FailureKind::ServerError).baseMs > bounds.baseMs);
    CHECK(sync::backoffBounds(FailureKind::ServerError).capMs > bounds.capMs);
}

TEST_CASE("1,000 sampled delays stay within their bounds and are not synchronised",
          "[sync][backoff]")
{
    QRandomGenerator random(20261206);
    for (const FailureKind kind :
         {FailureKind::Network, FailureKind::ServerError, FailureKind::Busy}) {
        for (const int attempt : {1, 3, 8, 30}) {
            const qint64 ceiling = sync::backoffCeilingMs(kind, attempt);
            QHash<qint64, int> repeats;
            QList<int> buckets(10, 0);
            for (int i = 0; i < 1000; ++i) {
                const qint64 delay = sync::backoffDelayMs(kind, attempt, random.generateDouble());
                REQUIRE(delay >= sync::kMinBackoffMs);
                REQUIRE(delay <= ceiling);
                ++repeats[delay];
                ++buckets[int(std::min<qint64>(9, delay * 10 / ceiling))];
            }
            // Spread over the whole range (full jitter), not gathered on a few values: every
            // tenth of the range above the floor gets about a tenth of the draws, and no value
            // comes up more than a handful of times.
            for (int b = 0; b < 10; ++b) {
                if (ceiling * b / 10 <= sync::kMinBackoffMs) // the floor gathers the draws below it
                    continue;
                INFO("bucket " << b << " of ceiling " << ceiling);
                CHECK(buckets.at(b) > 50);
                CHECK(buckets.at(b) < 160);
            }
            int most = 0;
            for (auto it = repeats.cbegin(); it != repeats.cend(); ++it) {
                if (it.key() != sync::kMinBackoffMs)
                    most = std::max(most, it.value());
            }
            CHECK(most <= 8);
        }
    }
}

TEST_CASE("the backoff's draw is a pure function with its ends pinned", "[sync][backoff]")
{
    CHECK(sync::backoffDelayMs(FailureKind::Network, 3, 0.0) == sync::kMinBackoffMs);
    CHECK(sync::backoffDelayMs(FailureKind::Network, 3, 0.5)
          == sync::backoffCeilingMs(FailureKind::Network, 3) / 2);
    CHECK(sync::backoffDelayMs(FailureKind::Network, 3, 0.5)
          == sync::backoffDelayMs(FailureKind::Network, 3, 0.5));
    CHECK(sync::backoffDelayMs(FailureKind::Network, 3, 1.0)
          == sync::backoffCeilingMs(FailureKind::Network, 3));
    CHECK(sync::backoffDelayMs(FailureKind::Network, 3, 7.0)
          == sync::backoffCeilingMs(FailureKind::Network, 3));
}

TEST_CASE("Retry-After is a floor under the drawn delay", "[sync][backoff]")
{
    CHECK(sync::backoffDelayMs(FailureKind::Busy, 1, 0.0, 120) == 120000);
    CHECK(sync::backoffDelayMs(FailureKind::Busy, 1, 0.9, 1)
          == std::max<qint64>(1000,
                              qint64(0.9 * double(sync::backoffCeilingMs(FailureKind::Busy, 1)))));
}

TEST_CASE("no wait is longer than the longest backoff, whatever Retry-After says",
          "[sync][backoff][clock]")
{
    CHECK(sync::backoffDelayMs(FailureKind::Busy, 1, 0.5, 7 * 24 * 3600) == sync::kMaxBackoffMs);
    for (const FailureKind kind :
         {FailureKind::Network, FailureKind::ServerError, FailureKind::Busy})
        CHECK(sync::backoffDelayMs(kind, 1000, 1.0) <= sync::kMaxBackoffMs);
}
