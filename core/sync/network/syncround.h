// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/outboxdelivery.h"
#include "support/result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace sportello::crypto {
class SecretStore;
}
namespace sportello::services {
class NetworkInbox;
class NetworkService;
struct ServiceContext;
} // namespace sportello::services

namespace sportello::sync {

class HubClient;
class HubJob;

// One synchronization round of the desk with its hub, the same for the app's background sync
// and `sportello-cli sync`: reads the enrolment and the token (the keychain's), puts back items
// an interrupted round left in SENDING, delivers the outbox and the
// board's queued actions, reads the desk's feed page by page
// (the destinations' answers, the referrals addressed to this desk) and applies each page with
// its cursor in one transaction, asks for the district catalogue's changes (conditional GET,
// applied in one transaction only when signed by the pinned key), then records the round (its
// time, its problem) and pauses the
// sync when the problem needs a person (a revoked token, the TLS trust, the clock, a proxy, a
// redirect), or clears the pause when the hub answered.
class SyncRound final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool force = false; // "Sincronizza ora": tries even while paused
        int batchLimit = OutboxDelivery::kDefaultBatch;
        int timeoutMs = 30000;
        std::function<double()> random; // the backoff's draws; empty: QRandomGenerator
    };

    SyncRound(const services::ServiceContext &context, crypto::SecretStore &secrets,
              QNetworkAccessManager &network, Options options, QObject *parent = nullptr);
    ~SyncRound() override;

    // Starts; finished() follows, always, once (after start() returned).
    void start();
    void cancel();

    // Why the round did not reach the hub or ended early; nullopt when it did its work.
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }
    [[nodiscard]] const DeliveryReport &delivery() const { return m_delivery; }
    // What the feed brought in this round.
    [[nodiscard]] int answersApplied() const { return m_answersApplied; }
    [[nodiscard]] int answersKept() const { return m_answersKept; }
    [[nodiscard]] int referralsReceived() const { return m_received; }
    // How many catalogue entries the district's catalogue added, changed or ended.
    [[nodiscard]] int catalogueChanges() const { return m_catalogueChanged; }
    // The board's actions the hub applied, and those it refused, in this round.
    [[nodiscard]] int boardDelivered() const { return m_boardDelivered; }
    [[nodiscard]] int boardRefused() const { return m_boardRefused; }

Q_SIGNALS:
    void progress(int settled, int due);
    void finished();

private:
    void deliver();
    // The board's queue (issue 16, point 7), after the outbox: at most kBoardBatches batches.
    void deliverBoard();
    void readFeed();
    void readCatalogue();
    void conclude(std::optional<Error> error, const QString &code);

    const services::ServiceContext &m_context;
    crypto::SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    Options m_options;
    std::unique_ptr<services::NetworkService> m_service;
    std::unique_ptr<services::NetworkInbox> m_inbox;
    std::unique_ptr<HubClient> m_client;
    OutboxDelivery *m_outbox = nullptr;
    QPointer<HubJob> m_feed;
    DeliveryReport m_delivery;
    std::optional<Failure> m_feedFailure;
    int m_pages = 0;
    int m_answersApplied = 0;
    int m_answersKept = 0;
    int m_received = 0;
    int m_catalogueChanged = 0;
    int m_boardDelivered = 0;
    int m_boardRefused = 0;
    int m_boardBatches = 0;
    std::optional<Error> m_error;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace sportello::sync
