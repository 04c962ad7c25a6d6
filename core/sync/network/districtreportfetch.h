// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/networkfactory.h"
#include "reports/districtreport.h"
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

class DistrictReportJob;
class HubClient;

// Asks the hub for the district report (the report page's "Distretto" tab), in the thread that
// owns it, with the desk's hub, trust and token; one request at a time. What comes is already
// suppressed by the hub and holds no personal datum.
class DistrictReportFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DistrictReportFetch)

public:
    // `network` and `clock` must outlive the fetch.
    DistrictReportFetch(services::NetworkService &network, NetworkFactory factory,
                        const Clock &clock, QObject *parent = nullptr);
    ~DistrictReportFetch() override;

    // Asks for `months`; finished() follows, exactly once, unless another start() or the end of
    // the fetch comes first. HubNotEnrolled before enrolment, HubForbidden for a desk whose
    // token has no coordinator scope, the request's failure otherwise.
    void start(const reports::MonthRange &months);
    // Ends the request in flight: finished() with a Cancelled error.
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_job.isNull(); }

    [[nodiscard]] const std::optional<reports::DistrictReport> &report() const { return m_report; }
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void conclude();
    void fail(Error error);

    services::NetworkService &m_network;
    NetworkFactory m_factory;
    const Clock &m_clock;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<HubClient> m_client;
    QPointer<DistrictReportJob> m_job;
    std::optional<reports::DistrictReport> m_report;
    std::optional<Error> m_error;
};

} // namespace sportello::sync
