// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/hubfetch.h"

#include "network/failureerror.h"
#include "network/hubjob.h"
#include "services/networkservice.h"

#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sportello::sync {

HubFetch::HubFetch(services::NetworkService &network, NetworkFactory factory, const Clock &clock,
                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_factory(factory ? std::move(factory) : systemNetwork())
    , m_clock(clock)
{ }

HubFetch::~HubFetch()
{
    dropJob();
}

void HubFetch::dropJob()
{
    // A request in flight gives way, gone before its manager and client are replaced.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abort();
        delete m_job;
    }
}

std::optional<Error> HubFetch::refusal(const HubJob &) const
{
    return std::nullopt;
}

void HubFetch::begin(const std::function<HubJob *(const HubClient &, QObject *)> &make)
{
    dropJob();
    clearResult();
    m_error.reset();
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
    m_job = make(*m_client, this);
    connect(m_job, &HubJob::finished, this, &HubFetch::conclude);
    m_job->start();
}

void HubFetch::cancel()
{
    if (m_job)
        m_job->abort();
}

void HubFetch::conclude()
{
    HubJob *job = m_job;
    m_job.clear();
    if (!job)
        return;
    job->deleteLater();
    if (job->succeeded())
        read(*job);
    else if (job->wasCancelled())
        m_error = makeError(ErrorCode::Cancelled, u"cancelled"_s);
    else if (auto own = refusal(*job))
        m_error = std::move(own);
    else if (job->failure())
        m_error = toError(*job->failure());
    Q_EMIT finished();
}

void HubFetch::fail(Error error)
{
    dropJob();
    clearResult();
    m_error = std::move(error);
    // Always after start() returns, as for a request that went out.
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}

} // namespace sportello::sync
