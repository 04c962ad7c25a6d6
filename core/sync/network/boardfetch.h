// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/deskboard.h"
#include "network/networkfactory.h"
#include "support/error.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace sportello {
class Clock;
namespace services {
class NetworkService;
}
} // namespace sportello

namespace sportello::sync {

class BoardViewJob;
class HubClient;

// Asks the hub for the board as this desk sees it (the Bacheca page), in the thread that owns
// it, with the desk's hub, trust and token; one request at a time. What the desk queues goes
// the other way, with the sync round.
class BoardFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardFetch)

public:
    // `network` and `clock` must outlive the fetch.
    BoardFetch(services::NetworkService &network, NetworkFactory factory, const Clock &clock,
               QObject *parent = nullptr);
    ~BoardFetch() override;

    // finished() follows, exactly once, unless another start() or the end of the fetch comes
    // first. HubNotEnrolled before enrolment, the request's failure otherwise.
    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_job.isNull(); }

    [[nodiscard]] const std::optional<board::DeskView> &view() const { return m_view; }
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void conclude();
    void fail(Error error);
    void dropJob();

    services::NetworkService &m_network;
    NetworkFactory m_factory;
    const Clock &m_clock;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<HubClient> m_client;
    QPointer<BoardViewJob> m_job;
    std::optional<board::DeskView> m_view;
    std::optional<Error> m_error;
};

} // namespace sportello::sync
