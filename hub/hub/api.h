// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/eventsendpoint.h"
#include "hub/http.h"
#include "hub/ratelimiter.h"
#include "hub/store.h"
#include "support/clock.h"

#include <functional>
#include <optional>

// Protocol v1 (docs/hub-api.yaml) as one function from a request to its answer: the routing,
// the bearer token of each desk, the rate limit, then the endpoint. The HTTP server only
// carries bytes to and from it.
namespace sportello::hub {

class BatchWriter;
namespace web {
class BoardWeb;
}
class BoardDeskApi;

class Api final
{
public:
    // Signs the catalogue answer's exact bytes (base64 Ed25519); none: no catalogue served.
    using Signer = std::function<QByteArray(const QByteArray &)>;

    Api(Store &store, const Clock &clock, RateLimiter &limiter, QByteArray openApiDocument,
        Signer signer = {});

    using Answer = std::function<void(Reply)>;

    [[nodiscard]] Reply handle(const Request &request);
    // The same, except that with a writer set a batch of events goes to it and `answer` runs
    // once the batch is stored; any other request is answered before this returns.
    void handle(const Request &request, const Answer &answer);
    // Batches go to `writer`, which hands their results back on `context`'s thread; both
    // must outlive the requests in flight.
    void setWriter(BatchWriter *writer, QObject *context);
    // POST /v1/_floor: authenticated like the others, reads the body and stores nothing — the
    // floor bench/hub_bench compares ingestion with. Off unless hub.conf asks for it.
    void enableFloor(bool enabled) { m_floor = enabled; }
    // The catalogue's public key (base64 Ed25519), given in GET /v1/district so that a desk
    // pins it at enrolment, over the TLS channel it already trusts.
    void setCatalogueKey(QByteArray publicKeyBase64)
    {
        m_catalogueKey = std::move(publicKeyBase64);
    }

    // The Bacheca's pages under /bacheca/ (issue 16); none: not served.
    void setBoard(web::BoardWeb *board) { m_board = board; }
    // The board's paths for desks, /v1/board and /v1/board/actions; none: not served.
    void setBoardDesk(BoardDeskApi *boardDesk) { m_boardDesk = boardDesk; }

    // The district report's smallest count shown (hub.conf report_threshold).
    void setReportThreshold(int threshold)
    {
        m_reportThreshold = reports::clampThreshold(threshold);
    }

private:
    // The answer now, or none when `later` will be given it.
    [[nodiscard]] std::optional<Reply> route(const Request &request, const Answer *later);
    // POST /v1/events for the writer: none when queued.
    [[nodiscard]] std::optional<Reply> queueBatch(const Desk &desk, const Request &request,
                                                  const Answer &later);
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
    QByteArray m_catalogueKey;
    int m_reportThreshold = reports::kDefaultThreshold;
    EventsEndpoint m_events;
    BatchWriter *m_writer = nullptr;
    web::BoardWeb *m_board = nullptr;
    BoardDeskApi *m_boardDesk = nullptr;
    QObject *m_writerContext = nullptr;
};

} // namespace sportello::hub
