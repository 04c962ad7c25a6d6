// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/codedexports.h"
#include "reports/deskreport.h"
#include "security/permissions.h"
#include "support/result.h"

#include <functional>

namespace sportello::services {

struct ServiceContext;

// The desk's report for coordinators (issue 15): the period and the one before it, from the
// database's aggregates. Refuses (and audits) anyone else. Reads coded columns only, so the
// vault need not be open.
class ReportService final
{
public:
    explicit ReportService(const ServiceContext &context);

    static constexpr int kTopServices = 10;
    // Told the steps done of `total` as the report is computed; returning false stops it with
    // ErrorCode::Cancelled. Called in the thread that computes.
    using Progress = std::function<bool(int done, int total)>;

    // Refuses (and audits) anyone but a coordinator.
    [[nodiscard]] Status authorize(const security::Actor &actor) const;
    [[nodiscard]] Result<reports::DeskReport> deskReport(const security::Actor &actor,
                                                         const reports::Period &period,
                                                         const Progress &progress = {}) const;
    // The same without an operator: for the command line, which reads no personal field and so
    // needs no login (the report holds counts only, and what leaves the desk is suppressed,
    // ReportCsv), and for a worker thread once authorize() let the coordinator in.
    [[nodiscard]] Result<reports::DeskReport>
    deskReportAsSystem(const reports::Period &period, const Progress &progress = {}) const;
    // The coded exports' counts (reports/codedexports.h), without an operator like the above.
    [[nodiscard]] Result<reports::CaritasReport>
    caritasReportAsSystem(const reports::Period &period) const;
    [[nodiscard]] Result<reports::FacilitaReport>
    facilitaReportAsSystem(const reports::Period &period) const;

private:
    const ServiceContext &m_context;
};

} // namespace sportello::services
