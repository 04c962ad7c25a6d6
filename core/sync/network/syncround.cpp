// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/syncround.h"

#include "network/failureerror.h"
#include "network/hubjob.h"
#include "services/networkservice.h"
#include "services/servicecontext.h"
#include "storage/outboxrepository.h"
#include "support/clock.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace sportello::sync {

namespace {

// The error of a pause recorded by an earlier round.
Error pausedError(const QString &code)
{
    Failure failure;
    failure.detail = u"paused since an earlier round"_s;
    if (code == u"unauthorized")
        failure.kind = FailureKind::Unauthorized;
    else if (code == u"proxy-auth")
        failure.kind = FailureKind::ProxyAuth;
    else if (code == u"clock")
        failure.kind = FailureKind::Clock;
    else if (code == u"redirect")
        failure.kind = FailureKind::Redirect;
    else
        failure.kind = FailureKind::Tls;
    return toError(failure);
}

} // namespace

SyncRound::SyncRound(const services::ServiceContext &context, crypto::SecretStore &secrets,
                     QNetworkAccessManager &network, Options options, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_secrets(secrets)
    , m_network(network)
    , m_options(std::move(options))
    , m_service(std::make_unique<services::NetworkService>(context, secrets))
{ }

SyncRound::~SyncRound() = default;

void SyncRound::start()
{
    // Deferred, so that finished() always comes after start() returned.
    QTimer::singleShot(0, this, &SyncRound::deliver);
}

void SyncRound::cancel()
{
    m_cancelled = true;
    if (m_outbox)
        m_outbox->cancel();
}

void SyncRound::deliver()
{
    if (m_cancelled)
        return conclude(makeError(ErrorCode::Cancelled, u"cancelled"_s), {});
    auto hub = m_service->hub();
    if (!hub)
        return conclude(hub.error(), {});
    if (!hub->isEnrolled())
        return conclude(makeError(ErrorCode::HubNotEnrolled, u"not enrolled"_s), {});
    auto status = m_service->status();
    if (!status)
        return conclude(status.error(), {});
    if (!status->paused.isEmpty() && !m_options.force)
        return conclude(pausedError(status->paused), status->paused);
    auto token = m_service->token();
    if (!token)
        return conclude(token.error(), {});
    // The keychain answers in a local event loop (KeychainSecretStore), where a cancel can come.
    if (m_cancelled)
        return conclude(makeError(ErrorCode::Cancelled, u"cancelled"_s), {});
    if (auto requeued = storage::OutboxRepository(m_context.database).requeueInterrupted();
        !requeued)
        return conclude(requeued.error(), {});

    m_client = std::make_unique<HubClient>(m_network, *hub, *token, m_context.clock,
                                           m_options.timeoutMs);
    m_outbox = new OutboxDelivery(m_context.database, *m_client, m_context.clock, m_options.random,
                                  this);
    m_outbox->setBatchLimit(m_options.batchLimit);
    connect(m_outbox, &OutboxDelivery::progress, this, &SyncRound::progress);
    connect(m_outbox, &OutboxDelivery::finished, this, [this] {
        m_delivery = m_outbox->report();
        if (m_delivery.localError)
            return conclude(m_delivery.localError, {});
        if (m_delivery.cancelled)
            return conclude(makeError(ErrorCode::Cancelled, u"cancelled"_s), {});
        if (m_delivery.stoppedBy)
            return conclude(toError(*m_delivery.stoppedBy), failureCode(*m_delivery.stoppedBy));
        conclude(std::nullopt, {});
    });
    m_outbox->start();
}

void SyncRound::conclude(std::optional<Error> error, const QString &code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    if (m_client) {
        // The round's record, and the pause: set by a problem that needs a person, cleared by
        // a round that got through. Bookkeeping failures do not hide the round's own outcome.
        const bool pause = m_delivery.stoppedBy && pausesSync(m_delivery.stoppedBy->kind);
        if (pause)
            (void)m_service->setPaused(code);
        else if (!m_delivery.stoppedBy && !m_delivery.localError && !m_delivery.cancelled)
            (void)m_service->setPaused(QString());
        if (!m_delivery.cancelled && !m_delivery.localError)
            (void)m_service->recordRound(m_context.clock.nowUtc(),
                                         m_delivery.stoppedBy ? code : QString());
    }
    Q_EMIT finished();
}

} // namespace sportello::sync
