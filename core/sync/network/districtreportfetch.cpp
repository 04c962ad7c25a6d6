// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/districtreportfetch.h"

#include "network/hubjobs.h"

using namespace Qt::StringLiterals;

namespace sportello::sync {

DistrictReportFetch::DistrictReportFetch(services::NetworkService &network, NetworkFactory factory,
                                         const Clock &clock, QObject *parent)
    : HubFetch(network, std::move(factory), clock, parent)
{ }

void DistrictReportFetch::start(const reports::MonthRange &months)
{
    if (!months.isValid())
        return fail(makeError(ErrorCode::InvalidArgument, u"months"_s, {months.from, months.to}));
    begin([months](const HubClient &client, QObject *parent) -> HubJob * {
        return new DistrictReportJob(client, months, parent);
    });
}

void DistrictReportFetch::read(HubJob &job)
{
    m_report = static_cast<DistrictReportJob &>(job).report();
}

std::optional<Error> DistrictReportFetch::refusal(const HubJob &job) const
{
    if (job.status() == 403)
        return makeError(ErrorCode::HubForbidden, u"district report: no coordinator scope"_s);
    return std::nullopt;
}

} // namespace sportello::sync
