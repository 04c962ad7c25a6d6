// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/syncround.h"

#include "network/boardjobs.h"
#include "network/failureerror.h"
#include "network/hubjob.h"
#include "network/hubjobs.h"
#include "services/boardservice.h"
#include "services/networkcatalogue.h"
#include "services/networkinbox.h"
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
    , m_inbox(std::make_unique<services::NetworkInbox>(context))
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
    if (m_feed)
        m_feed->abort();
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
        deliverBoard();
    });
    m_outbox->start();
}

void SyncRound::deliverBoard()
{
    constexpr int kBoardBatches = 10;
    if (m_cancelled)
        return conclude(makeError(ErrorCode::Cancelled, u"cancelled"_s), {});
    services::BoardService board(m_context);
    auto queued = board.queued(board::kMaxDeskActions);
    if (!queued)
        return conclude(queued.error(), {});
    if (queued->isEmpty() || m_boardBatches >= kBoardBatches)
        return readFeed();
    ++m_boardBatches;
    QList<board::DeskAction> actions;
    for (const board::QueuedAction &item : std::as_const(*queued))
        actions.append(item.action);
    auto *job = new BoardActionsJob(*m_client, actions, this);
    connect(job, &HubJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->wasCancelled())
            return conclude(makeError(ErrorCode::Cancelled, u"cancelled"_s), {});
        // A hub from before the board answers 404: the queue waits for its upgrade.
        if (job->status() == 404)
            return readFeed();
        if (const auto &failure = job->failure()) {
            m_feedFailure = failure;
            return conclude(toError(*failure), failureCode(*failure));
        }
        services::BoardService board(m_context);
        QList<QString> settled;
        for (const BoardActionsJob::Result &result : job->results()) {
            if (result.settled) {
                settled.append(result.id);
            } else {
                if (auto refused = board.refused(result.id, result.reason); !refused)
                    return conclude(refused.error(), {});
                ++m_boardRefused;
            }
        }
        if (auto delivered = board.delivered(settled); !delivered)
            return conclude(delivered.error(), {});
        m_boardDelivered += int(settled.size());
        deliverBoard();
    });
    m_feed = job;
    job->start();
}

void SyncRound::readFeed()
{
    // A round reads at most this many pages (200 events each); the rest waits for the next.
    constexpr int kMaxPages = 50;
    if (m_cancelled)
        return conclude(makeError(ErrorCode::Cancelled, u"cancelled"_s), {});
    auto after = m_inbox->cursor();
    if (!after)
        return conclude(after.error(), {});
    auto *job = new FeedJob(*m_client, *after, this);
    connect(job, &HubJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->wasCancelled())
            return conclude(makeError(ErrorCode::Cancelled, u"cancelled"_s), {});
        if (const auto &failure = job->failure()) {
            m_feedFailure = failure;
            return conclude(toError(*failure), failureCode(*failure));
        }
        auto applied = m_inbox->apply(job->events(), job->next());
        if (!applied)
            return conclude(applied.error(), {});
        m_answersApplied += applied->answersApplied;
        m_answersKept += applied->answersKept;
        m_received += applied->received;
        if (job->more() && !job->events().isEmpty() && ++m_pages < kMaxPages)
            return readFeed();
        readCatalogue();
    });
    m_feed = job;
    job->start();
}

void SyncRound::readCatalogue()
{
    if (m_cancelled)
        return conclude(makeError(ErrorCode::Cancelled, u"cancelled"_s), {});
    services::NetworkCatalogue catalogue(m_context);
    auto version = catalogue.version();
    auto etag = catalogue.etag();
    if (!version)
        return conclude(version.error(), {});
    if (!etag)
        return conclude(etag.error(), {});
    auto *job = new CatalogueJob(*m_client, *version, *etag, this);
    connect(job, &HubJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->wasCancelled())
            return conclude(makeError(ErrorCode::Cancelled, u"cancelled"_s), {});
        if (const auto &failure = job->failure()) {
            m_feedFailure = failure;
            return conclude(toError(*failure), failureCode(*failure));
        }
        if (job->unchanged())
            return conclude(std::nullopt, {}); // one request, no write
        auto applied = services::NetworkCatalogue(m_context).apply(job->update());
        if (!applied)
            return conclude(applied.error(), {});
        m_catalogueChanged = applied->services + applied->ended;
        conclude(std::nullopt, {});
    });
    m_feed = job;
    job->start();
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
        const std::optional<Failure> &failure
            = m_delivery.stoppedBy ? m_delivery.stoppedBy : m_feedFailure;
        const bool local = m_delivery.localError.has_value()
            || (m_error && !failure && m_error->code != ErrorCode::Cancelled);
        const bool cancelled = m_error && m_error->code == ErrorCode::Cancelled;
        if (failure && pausesSync(failure->kind))
            (void)m_service->setPaused(code);
        else if (!failure && !local && !cancelled)
            (void)m_service->setPaused(QString());
        if (!cancelled && !local)
            (void)m_service->recordRound(m_context.clock.nowUtc(), failure ? code : QString());
    }
    Q_EMIT finished();
}

} // namespace sportello::sync
