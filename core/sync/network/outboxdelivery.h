// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"
#include "sync/failure.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace sportello {
class Clock;
}
namespace sportello::storage {
class Database;
}

namespace sportello::sync {

class HubClient;
class PostEventsJob;
struct OutboxItem;

// The body of POST /v1/events for `items`: {"events":[{"id", "type", "occurred_at", "data"}…]},
// each record put in as stored (compact JSON), so a retry sends the very bytes of the first try.
[[nodiscard]] QByteArray batchBody(const QList<OutboxItem> &items);

// What one delivery did.
struct DeliveryReport
{
    int delivered = 0; // stored by the hub, or already there
    int rejected = 0; // quarantined: refused for good, with their reason
    int retried = 0; // back in the queue after a failure that may pass
    std::optional<Failure> stoppedBy; // the failure that ended it early, if any
    std::optional<Error> localError; // the desk's own database failed (busy, full)
    bool cancelled = false;
};

// Delivers the outbox's due items to the hub in batches, each item settled on its own (after
// DHIS2's and CommCare's per-item states): stored or duplicate → DELIVERED; conflict or
// invalid → FAILED with the hub's reason, never blocking those behind it. A batch the hub
// refuses whole is split until the culprit stands alone (413, or a 4xx about the batch); a
// failure that may pass puts the batch back with a counted attempt and a next attempt drawn
// by sync::backoffDelayMs (full jitter, Retry-After honoured) and ends the delivery; one that
// needs a person (401, 407, TLS, the clock, a redirect) puts it back uncounted. An item's
// event id is its idempotency key, the same on every try and after a restart.
class OutboxDelivery final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultBatch = 200;
    static constexpr qsizetype kMaxPayloadBytes = 900 * 1024; // the envelope fits in 1 MiB

    // `random` draws uniformly in [0, 1) for the backoff's jitter.
    OutboxDelivery(storage::Database &database, const HubClient &client, const Clock &clock,
                   std::function<double()> random = {}, QObject *parent = nullptr);
    ~OutboxDelivery() override;

    void setBatchLimit(int limit);
    // Starts; finished() follows, always, once.
    void start();
    // Stops after the batch in flight is answered or aborted (it is put back uncounted).
    void cancel();

    [[nodiscard]] const DeliveryReport &report() const { return m_report; }

Q_SIGNALS:
    // `settled` items of the `due` there were at the start.
    void progress(int settled, int due);
    void finished();

private:
    void next();
    void onAnswered();
    void putBack(const QList<OutboxItem> &items, const Failure &failure, bool counted);
    void stop(std::optional<Failure> failure);
    [[nodiscard]] bool check(const Status &status);

    storage::Database &m_database;
    const HubClient &m_client;
    const Clock &m_clock;
    std::function<double()> m_random;
    int m_defaultBatch = kDefaultBatch;
    int m_batch = kDefaultBatch;
    int m_due = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    QList<OutboxItem> m_inFlight;
    QPointer<PostEventsJob> m_job;
    DeliveryReport m_report;
};

} // namespace sportello::sync
