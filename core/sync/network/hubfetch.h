// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/networkfactory.h"
#include "support/error.h"

#include <QObject>
#include <QPointer>

#include <functional>
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

class HubClient;
class HubJob;

// One request a page makes to the hub outside the sync rounds (the district report, the board),
// in the thread that owns it, with the desk's hub, trust and token; one request at a time. The
// kinds differ only in their job and in what they read of its answer.
class HubFetch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubFetch)

public:
    ~HubFetch() override;

    // Ends the request in flight: finished() with a Cancelled error.
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_job.isNull(); }
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

Q_SIGNALS:
    // Exactly once after each start, unless another start or the end of the fetch comes first.
    void finished();

protected:
    // `network` and `clock` must outlive the fetch.
    HubFetch(services::NetworkService &network, NetworkFactory factory, const Clock &clock,
             QObject *parent);

    // Forgets the last result, then sends the job `make` returns for the desk's hub;
    // HubNotEnrolled before enrolment.
    void begin(const std::function<HubJob *(const HubClient &client, QObject *parent)> &make);
    // Fails without asking (a bad argument), the request in flight given up: finished() after
    // the caller returns.
    void fail(Error error);
    // What a succeeded job brought; and the error of a failed one that is this kind's own
    // (none: the failure as the sync classifies it).
    virtual void read(HubJob &job) = 0;
    [[nodiscard]] virtual std::optional<Error> refusal(const HubJob &job) const;
    // Before each start: the kind's result forgotten.
    virtual void clearResult() = 0;

private:
    void conclude();
    void dropJob();

    services::NetworkService &m_network;
    NetworkFactory m_factory;
    const Clock &m_clock;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<HubClient> m_client;
    QPointer<HubJob> m_job;
    std::optional<Error> m_error;
};

} // namespace sportello::sync
