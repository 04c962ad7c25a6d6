// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/enrolment.h"

#include "network/failureerror.h"
#include "network/hubjobs.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sportello::sync {

namespace {

std::unique_ptr<QNetworkAccessManager> makeNetwork(const NetworkFactory &factory)
{
    std::unique_ptr<QNetworkAccessManager> network = factory ? factory() : nullptr;
    return network ? std::move(network) : std::make_unique<QNetworkAccessManager>();
}

} // namespace

Enrolment::Enrolment(QNetworkAccessManager &network, const Clock &clock, EnrolmentRequest request,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_request(std::move(request))
{ }

Enrolment::Enrolment(const NetworkFactory &network, const Clock &clock, EnrolmentRequest request,
                     QObject *parent)
    : QObject(parent)
    , m_ownedNetwork(makeNetwork(network))
    , m_network(*m_ownedNetwork)
    , m_clock(clock)
    , m_request(std::move(request))
{ }

Enrolment::~Enrolment()
{
    // The job's request belongs to the manager, which may be this object's own and go first.
    delete m_job.data();
}

void Enrolment::start()
{
    QUrl url = m_request.url;
    if (url.path() == u"/")
        url.setPath(QString());
    if (auto problem = hubUrlProblem(url))
        return fail(makeError(ErrorCode::HubAddressInvalid, *problem));
    const bool hasCa = !m_request.caPem.isEmpty();
    if (hasCa == (m_request.spkiPin.size() == 32))
        return fail(makeError(ErrorCode::HubTrustMissing, u"give a CA or a pin, one of them"_s));
    if (hasCa && QSslCertificate::fromData(m_request.caPem, QSsl::Pem).isEmpty())
        return fail(makeError(ErrorCode::HubTrustMissing, u"the CA file holds no certificate"_s));
    if (!isHubToken(m_request.token))
        return fail(makeError(ErrorCode::HubTokenInvalid, u"token of an unknown form"_s));
    m_hub.url = url;
    m_hub.caPem = m_request.caPem;
    m_hub.spkiPin = m_request.spkiPin;
    m_hub.http2 = m_request.http2;
    m_client = std::make_unique<HubClient>(m_network, m_hub, m_request.token, m_clock);
    m_job = new DistrictJob(*m_client, this);
    connect(m_job, &HubJob::finished, this, [this] {
        m_job->deleteLater();
        if (const auto &failure = m_job->failure())
            return fail(toError(*failure));
        m_district = m_job->district();
        m_hub.catalogueKey = m_job->catalogueKey();
        m_finished = true;
        Q_EMIT finished();
    });
    m_job->start();
}

void Enrolment::cancel()
{
    if (m_job)
        m_job->abort();
}

void Enrolment::fail(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    // Always after start() returned, so a caller connecting after start() hears it too.
    QTimer::singleShot(0, this, &Enrolment::finished);
}

} // namespace sportello::sync
