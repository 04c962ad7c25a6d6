// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/http.h"
#include "hub/store.h"
#include "support/clock.h"

#include <variant>

// POST /v1/events and GET /v1/events for an authenticated desk.
namespace sportello::hub {

class EventsEndpoint final
{
public:
    static constexpr int kDefaultPage = 100;
    static constexpr int kMaxPage = 500;

    EventsEndpoint(Store &store, const Clock &clock)
        : m_store(store)
        , m_clock(clock)
    { }

    // A batch checked event by event: the results of the invalid events, and the valid ones
    // for the store.
    struct CheckedBatch
    {
        QList<IngestResult> results; // one per posted event, in their order
        QList<wire::Event> valid;
        QList<qsizetype> validAt; // where each valid event was in the batch
    };

    // A batch: {"events": [...]}, each event checked against the wire schema and the
    // district; a result per event, or a problem for the whole body. check() and answer()
    // are its two halves, for a store on another thread.
    [[nodiscard]] Reply post(const Desk &desk, const Request &request);
    [[nodiscard]] std::variant<Reply, CheckedBatch> check(const Request &request);
    // The answer once the store has had the batch's valid events (and gave their results).
    [[nodiscard]] static Reply answer(CheckedBatch batch,
                                      const Result<QList<IngestResult>> &stored);
    // The events addressed to the desk after the cursor.
    [[nodiscard]] Reply get(const Desk &desk, const Request &request);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace sportello::hub
