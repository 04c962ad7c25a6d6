// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/outboxdelivery.h"

#include "network/hubjobs.h"
#include "storage/outboxrepository.h"
#include "support/clock.h"
#include "sync/backoff.h"
#include "sync/outbox.h"
#include "wire/events.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sportello::sync {

namespace {

QString reasonOf(const EventResult &result)
{
    Failure failure;
    failure.kind = FailureKind::Refused;
    failure.problemType
        = result.outcome == EventResult::Outcome::Conflict ? u"conflict"_s : u"invalid"_s;
    failure.field = result.field;
    return failureCode(failure);
}

} // namespace

QByteArray batchBody(const QList<OutboxItem> &items)
{
    QByteArray body = "{\"events\":[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        const OutboxItem &item = items.at(i);
        if (i > 0)
            body += ',';
        body += "{\"id\":\"" + item.eventUid.toLatin1() + "\",\"type\":\""
            + item.eventType.toLatin1() + "\",\"occurred_at\":\""
            + wire::wireTime(item.createdAt).toLatin1() + "\",\"data\":" + item.payload + '}';
    }
    body += "]}";
    return body;
}

OutboxDelivery::OutboxDelivery(storage::Database &database, const HubClient &client,
                               const Clock &clock, std::function<double()> random, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_client(client)
    , m_clock(clock)
    , m_random(random ? std::move(random)
                      : [] { return QRandomGenerator::global()->generateDouble(); })
{ }

OutboxDelivery::~OutboxDelivery() = default;

void OutboxDelivery::setBatchLimit(int limit)
{
    m_defaultBatch = m_batch = std::clamp(limit, 1, wire::kMaxBatchEvents);
}

void OutboxDelivery::start()
{
    auto counts = storage::OutboxRepository(m_database).counts();
    if (!check(counts.ok() ? Status() : Status(counts.error())))
        return;
    m_due = counts->value(QString::fromLatin1(outboxstate::kQueued));
    next();
}

void OutboxDelivery::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->abort();
}

bool OutboxDelivery::check(const Status &status)
{
    if (status)
        return true;
    m_report.localError = status.error();
    stop(std::nullopt);
    return false;
}

void OutboxDelivery::next()
{
    if (m_finished)
        return;
    if (m_cancelled) {
        m_report.cancelled = true;
        return stop(std::nullopt);
    }
    auto claimed
        = storage::OutboxRepository(m_database).claim(m_batch, m_clock.nowUtc(), kMaxPayloadBytes);
    if (!check(claimed.ok() ? Status() : Status(claimed.error())))
        return;
    if (claimed->isEmpty())
        return stop(std::nullopt);
    m_inFlight = *claimed;
    QStringList ids;
    for (const OutboxItem &item : std::as_const(m_inFlight))
        ids.append(item.eventUid);
    m_job = new PostEventsJob(m_client, batchBody(m_inFlight), ids, this);
    connect(m_job, &HubJob::finished, this, &OutboxDelivery::onAnswered);
    m_job->start();
}

void OutboxDelivery::onAnswered()
{
    PostEventsJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    const QList<OutboxItem> items = std::exchange(m_inFlight, {});
    storage::OutboxRepository outbox(m_database);
    const QDateTime now = m_clock.nowUtc();

    if (job->wasCancelled()) {
        putBack(items, *job->failure(), false);
        m_report.cancelled = true;
        return stop(std::nullopt);
    }
    if (const auto &failure = job->failure()) {
        const bool batchRefused
            = failure->kind == FailureKind::TooLarge || failure->kind == FailureKind::Refused;
        if (batchRefused && items.size() > 1) {
            // Split until the culprit stands alone; nobody is blamed meanwhile.
            m_batch = int(std::max<qsizetype>(1, items.size() / 2));
            putBack(items, *failure, false);
            return next();
        }
        if (batchRefused) {
            if (!check(outbox.reject(items.first().id, failureCode(*failure), now)))
                return;
            ++m_report.rejected;
            Q_EMIT progress(m_report.delivered + m_report.rejected, m_due);
            return next();
        }
        putBack(items, *failure, isTransient(failure->kind));
        return stop(failure);
    }

    QList<qint64> delivered;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const EventResult &result = job->results().at(i);
        if (result.outcome == EventResult::Outcome::Stored
            || result.outcome == EventResult::Outcome::Duplicate) {
            delivered.append(items.at(i).id);
        } else {
            if (!check(outbox.reject(items.at(i).id, reasonOf(result), now)))
                return;
            ++m_report.rejected;
        }
    }
    if (!check(outbox.deliver(delivered, now)))
        return;
    m_report.delivered += int(delivered.size());
    m_batch = m_defaultBatch;
    Q_EMIT progress(m_report.delivered + m_report.rejected, m_due);
    next();
}

void OutboxDelivery::putBack(const QList<OutboxItem> &items, const Failure &failure, bool counted)
{
    QList<storage::OutboxRepository::Retry> retries;
    const QDateTime now = m_clock.nowUtc();
    for (const OutboxItem &item : items) {
        QDateTime nextAttempt;
        if (counted)
            nextAttempt = now.addMSecs(backoffDelayMs(failure.kind, item.attempts + 1, m_random(),
                                                      failure.retryAfterSeconds));
        retries.append({item.id, nextAttempt, counted});
    }
    if (check(storage::OutboxRepository(m_database).retry(retries, failureCode(failure)))
        && counted)
        m_report.retried += int(items.size());
}

void OutboxDelivery::stop(std::optional<Failure> failure)
{
    if (m_finished)
        return;
    m_finished = true;
    m_report.stoppedBy = std::move(failure);
    Q_EMIT finished();
}

} // namespace sportello::sync
