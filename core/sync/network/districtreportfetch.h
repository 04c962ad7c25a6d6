// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/hubfetch.h"
#include "reports/districtreport.h"

namespace sportello::sync {

// Asks the hub for the district report (the report page's "Distretto" tab). What comes is
// already suppressed by the hub and holds no personal datum.
class DistrictReportFetch final : public HubFetch
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DistrictReportFetch)

public:
    DistrictReportFetch(services::NetworkService &network, NetworkFactory factory,
                        const Clock &clock, QObject *parent = nullptr);

    // Asks for `months`; finished() follows. HubNotEnrolled before enrolment, HubForbidden for
    // a desk whose token has no coordinator scope, the request's failure otherwise.
    void start(const reports::MonthRange &months);
    [[nodiscard]] const std::optional<reports::DistrictReport> &report() const { return m_report; }

protected:
    void read(HubJob &job) override;
    [[nodiscard]] std::optional<Error> refusal(const HubJob &job) const override;
    void clearResult() override { m_report.reset(); }

private:
    std::optional<reports::DistrictReport> m_report;
};

} // namespace sportello::sync
