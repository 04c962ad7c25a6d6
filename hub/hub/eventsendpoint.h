// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/http.h"
#include "hub/store.h"
#include "support/clock.h"

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

    // A batch: {"events": [...]}, each event checked against the wire schema and the
    // district; a result per event, or a problem for the whole body.
    [[nodiscard]] Reply post(const Desk &desk, const Request &request);
    // The events addressed to the desk after the cursor.
    [[nodiscard]] Reply get(const Desk &desk, const Request &request);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace sportello::hub
