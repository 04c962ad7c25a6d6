// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/eventsendpoint.h"
#include "hub/http.h"
#include "hub/ratelimiter.h"
#include "hub/store.h"
#include "support/clock.h"

#include <functional>

// Protocol v1 (docs/hub-api.yaml) as one function from a request to its answer: the routing,
// the bearer token of each desk, the rate limit, then the endpoint. The HTTP server only
// carries bytes to and from it.
namespace sportello::hub {

class Api final
{
public:
    // Signs the catalogue answer's exact bytes (base64 Ed25519); none: no catalogue served.
    using Signer = std::function<QByteArray(const QByteArray &)>;

    Api(Store &store, const Clock &clock, RateLimiter &limiter, QByteArray openApiDocument,
        Signer signer = {});

    [[nodiscard]] Reply handle(const Request &request);
    // POST /v1/_floor: authenticated like the others, reads the body and stores nothing — the
    // floor bench/hub_bench compares ingestion with. Off unless hub.conf asks for it.
    void enableFloor(bool enabled) { m_floor = enabled; }

private:
    // The desk the bearer token names, or the 401 to answer.
    [[nodiscard]] std::variant<Desk, Reply> authenticate(const Request &request);
    [[nodiscard]] Reply district();
    [[nodiscard]] Reply catalogue(const Request &request);

    Store &m_store;
    const Clock &m_clock;
    RateLimiter &m_limiter;
    QByteArray m_openApi;
    Signer m_signer;
    bool m_floor = false;
    EventsEndpoint m_events;
};

} // namespace sportello::hub
