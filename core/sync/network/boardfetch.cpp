// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/boardfetch.h"

#include "network/boardjobs.h"
#include "network/failureerror.h"
#include "services/networkservice.h"

#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sportello::sync {

BoardFetch::BoardFetch(services::NetworkService &network, NetworkFactory factory,
                       const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_factory(factory ? std::move(factory) : systemNetwork())
    , m_clock(clock)
{ }

BoardFetch::~BoardFetch()
{
    dropJob();
}

void BoardFetch::dropJob()
{
    // Gone before its manager and client are replaced.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abort();
        delete m_job;
    }
}

void BoardFetch::start()
{
    dropJob();
    m_view.reset();
    m_error.reset();
    auto hub = m_network.hub();
    if (!hub)
        return fail(hub.error());
    if (!hub->isEnrolled())
        return fail(makeError(ErrorCode::HubNotEnrolled, u"not enrolled"_s));
    auto token = m_network.token();
    if (!token)
        return fail(token.error());
    m_manager = m_factory();
    m_client = std::make_unique<HubClient>(*m_manager, *hub, *token, m_clock);
    m_job = new BoardViewJob(*m_client, this);
    connect(m_job, &HubJob::finished, this, &BoardFetch::conclude);
    m_job->start();
}

void BoardFetch::cancel()
{
    if (m_job)
        m_job->abort();
}

void BoardFetch::conclude()
{
    BoardViewJob *job = m_job;
    m_job.clear();
    if (!job)
        return;
    job->deleteLater();
    if (job->succeeded())
        m_view = job->view();
    else if (job->wasCancelled())
        m_error = makeError(ErrorCode::Cancelled, u"cancelled"_s);
    else if (job->failure())
        m_error = toError(*job->failure());
    Q_EMIT finished();
}

void BoardFetch::fail(Error error)
{
    m_error = std::move(error);
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}

} // namespace sportello::sync
