// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/districtreportfetch.h"

#include "network/failureerror.h"
#include "network/hubjobs.h"
#include "services/networkservice.h"

#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sportello::sync {

DistrictReportFetch::DistrictReportFetch(services::NetworkService &network, NetworkFactory factory,
                                         const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_factory(factory ? std::move(factory) : systemNetwork())
    , m_clock(clock)
{ }

DistrictReportFetch::~DistrictReportFetch()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abort();
        delete m_job;
    }
}

void DistrictReportFetch::start(const reports::MonthRange &months)
{
    // A request in flight gives way, gone before its manager and client are replaced.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abort();
        delete m_job;
    }
    m_report.reset();
    m_error.reset();
    if (!months.isValid())
        return fail(makeError(ErrorCode::InvalidArgument, u"months"_s, {months.from, months.to}));
    auto hub = m_network.hub();
    if (!hub)
        return fail(hub.error());
    if (!hub->isEnrolled())
        return fail(makeError(ErrorCode::HubNotEnrolled, u"not enrolled"_s));
    auto token = m_network.token();
    if (!token)
        return fail(token.error());
    // A new manager for each hub and trust: one manager never serves two trust policies.
    m_manager = m_factory();
    m_client = std::make_unique<HubClient>(*m_manager, *hub, *token, m_clock);
    m_job = new DistrictReportJob(*m_client, months, this);
    connect(m_job, &HubJob::finished, this, &DistrictReportFetch::conclude);
    m_job->start();
}

void DistrictReportFetch::cancel()
{
    if (m_job)
        m_job->abort();
}

void DistrictReportFetch::conclude()
{
    DistrictReportJob *job = m_job;
    m_job.clear();
    if (!job)
        return;
    job->deleteLater();
    if (job->succeeded()) {
        m_report = job->report();
    } else if (job->wasCancelled()) {
        m_error = makeError(ErrorCode::Cancelled, u"cancelled"_s);
    } else if (job->status() == 403) {
        m_error = makeError(ErrorCode::HubForbidden, u"district report: no coordinator scope"_s);
    } else if (job->failure()) {
        m_error = toError(*job->failure());
    }
    Q_EMIT finished();
}

void DistrictReportFetch::fail(Error error)
{
    m_error = std::move(error);
    // Always after start() returns, as for a request that went out.
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}

} // namespace sportello::sync
