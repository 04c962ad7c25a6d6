// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/networkfactory.h"
#include "network/outboxdelivery.h"
#include "support/result.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace sportello {
class Clock;
namespace crypto {
class SecretStore;
}
namespace services {
class ChangeNotifier;
}
namespace storage {
class Database;
}
} // namespace sportello

namespace sportello::sync {

// How one round of the background sync ended.
struct RoundResult
{
    std::optional<Error> error; // why it did not reach the hub or ended early; none: it did
    DeliveryReport delivery;
    bool forced = false; // "Sincronizza ora": it tried even while paused
};

// The desk's background sync, living in the GUI thread: decides when a round runs and runs it
// off the GUI thread, on a thread of its own whose worker has its own service set (so its own
// database connection, decision 17) and its own network manager, both made in that thread.
// Rounds come at start-up, every period, when the system says the network came back (a hint:
// it never skips a round) and on "Sincronizza ora" (forced through a pause). One round at a
// time: a trigger during a round is remembered and runs once after it. Needs no login: the
// outbox is anonymized and the token is in the keychain, so it goes on while the desk is
// locked. Every round dispatched ends with exactly one roundFinished().
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    struct Options
    {
        std::chrono::milliseconds startDelay = std::chrono::seconds(5); // after start()
        std::chrono::milliseconds period = std::chrono::minutes(5);
        int timeoutMs = 30000; // a transfer without progress for this long ends
        int batchLimit = OutboxDelivery::kDefaultBatch;
        // Called in the sync thread; empty: the system's network (sync::systemNetwork()).
        NetworkFactory network;
        std::function<double()> random; // the backoff's draws; empty: QRandomGenerator
        // Listens to QNetworkInformation's reachability (the system's network backend).
        bool watchReachability = true;
        // The GUI's notifier: the worker's commits are announced on the worker's own one, in
        // its thread, so the controller repeats syncChanged() here for the pages.
        services::ChangeNotifier *notifier = nullptr;
    };

    // `database`, `clock` and `secrets` must outlive the controller and be usable from any
    // thread (a Database opens one connection per thread; the keychain answers in any thread).
    SyncController(storage::Database &database, const Clock &clock, crypto::SecretStore &secrets,
                   Options options, QObject *parent = nullptr);
    // Cancels the round in flight and waits for the sync thread to end.
    ~SyncController() override;

    // Arms the triggers: a first round after the start delay, then every period, and the
    // network's reachability when watched.
    void start();
    // An automatic round (a trigger): sends nothing while the sync is paused.
    void requestRound();
    // "Sincronizza ora": a round that tries even while the sync is paused.
    void syncNow();
    // Cancels the round in flight (what it holds goes back to the queue) and forgets a trigger
    // remembered during it.
    void cancel();
    // The system's hint that the network came (true) or went (false): coming back triggers a
    // round; going never stops one, since the hint may be wrong.
    void setNetworkReachable(bool reachable);
    // The user name and password for the network's proxy, when it answered 407: kept in memory
    // only, for this run of the program, and given to the proxy once per round when it asks;
    // refused ones are forgotten (the round then pauses again with proxy-auth). The outbox is
    // untouched either way. Follow with syncNow().
    void setProxyCredentials(const QString &user, const QString &password);

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const std::optional<RoundResult> &lastResult() const { return m_lastResult; }

Q_SIGNALS:
    void roundStarted(bool forced);
    // `settled` items of the `due` that were waiting when the round began.
    void progress(int settled, int due);
    void roundFinished(const sportello::sync::RoundResult &result);

private:
    struct Worker;
    void trigger(bool forced);
    void dispatch(bool forced);
    void conclude(const RoundResult &result);
    void watchReachability();

    Options m_options;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; the lambdas posted to it run there
    std::shared_ptr<Worker> m_worker; // touched in m_thread only
    QTimer m_period;
    std::optional<RoundResult> m_lastResult;
    bool m_running = false;
    bool m_pending = false; // a trigger came during the round
    bool m_pendingForced = false;
};

} // namespace sportello::sync
