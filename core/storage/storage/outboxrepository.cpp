// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/outboxrepository.h"

#include "connection.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/uuid.h"
#include "sync/backoff.h"

using namespace Qt::StringLiterals;

namespace sportello::storage {

using sync::OutboxItem;
using sync::outboxStates;
namespace outboxstate = sync::outboxstate;

namespace {
const QString kSelect = u"SELECT id, event_uid, event_type, payload, created_at, state, attempts,"
                        " next_attempt_at, last_error, settled_at FROM outbox "_s;

QList<OutboxItem> readItems(SqlQuery &query)
{
    QList<OutboxItem> items;
    while (query.next())
        items.append({query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toString().toUtf8(),
                      readStoredTime(query.value(4).toString()), query.value(5).toString(),
                      query.value(6).toInt(), readStoredTime(query.value(7).toString()),
                      query.value(8).toString(), readStoredTime(query.value(9).toString())});
    return items;
}

QString stateText(const char *state)
{
    return QString::fromLatin1(state);
}

// Runs `sql` (whose last two placeholders are the item's id and the state it must be in) for
// each id, in one transaction; InvalidArgument, with nothing changed, when an item is not in
// that state.
Status updateEach(Database &database, const QList<qint64> &ids, const QString &sql,
                  const QVariantList &values, const char *requiredState)
{
    auto tx = Transaction::begin(database);
    if (!tx)
        return tx.error();
    const SqlConnection db = connectionOf(database);
    for (const qint64 id : ids) {
        QVariantList bound = values;
        bound << id << stateText(requiredState);
        auto updated = runValues(db, sql, bound);
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return makeError(ErrorCode::InvalidArgument,
                             u"outbox item %1 is not %2"_s.arg(id).arg(stateText(requiredState)),
                             {u"id"_s, QString::number(id)});
    }
    return tx->commit();
}
} // namespace

OutboxRepository::OutboxRepository(Database &database)
    : m_database(database)
{ }

Result<qint64> OutboxRepository::enqueue(const QString &eventType, const QByteArray &payload,
                                         const QDateTime &at)
{
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto query = run(connectionOf(m_database),
                     u"INSERT INTO outbox(event_uid, event_type, payload, created_at, state) "
                     "VALUES (?, ?, ?, ?, ?)"_s,
                     {newTimeOrderedUuid(), eventType, QString::fromUtf8(payload), storedTime(at),
                      QString::fromLatin1(outboxstate::kQueued)});
    if (!query)
        return query.error();
    const qint64 id = query->lastInsertId().toLongLong();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<OutboxItem>> OutboxRepository::items(const QString &state) const
{
    if (!state.isEmpty() && !outboxStates().contains(state))
        return makeError(ErrorCode::InvalidArgument, u"outbox state %1"_s.arg(state),
                         {u"state"_s, state});
    // Two statements, so the filtered one uses the outbox_state index.
    auto query = state.isEmpty()
        ? run(connectionOf(m_database), kSelect + u"ORDER BY id"_s)
        : run(connectionOf(m_database), kSelect + u"WHERE state = ? ORDER BY id"_s, {state});
    if (!query)
        return query.error();
    return readItems(*query);
}

Result<QList<OutboxItem>> OutboxRepository::claim(int limit, const QDateTime &now,
                                                  qsizetype maxPayloadBytes)
{
    if (limit < 1)
        return makeError(ErrorCode::InvalidArgument, u"claim %1 items"_s.arg(limit),
                         {u"limit"_s, QString::number(limit)});
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    const SqlConnection db = connectionOf(m_database);
    // next_attempt_at is '' (due at once) or an ISO time in UTC: both compare as text. One
    // further ahead than the longest wait was set before the clock went back: due as well, or
    // a corrected date would hold the item for days. Either way the order is the outbox's.
    auto query = run(db,
                     kSelect
                         + u"WHERE state = ? AND (next_attempt_at <= ? OR next_attempt_at > ?)"
                           " ORDER BY id LIMIT ?"_s,
                     {stateText(outboxstate::kQueued), storedTime(now),
                      storedTime(now.addMSecs(sync::kMaxBackoffMs)), limit});
    if (!query)
        return query.error();
    QList<OutboxItem> items = readItems(*query);
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        bytes += items.at(i).payload.size();
        if (i > 0 && bytes > maxPayloadBytes) {
            items.resize(i);
            break;
        }
    }
    // One statement for the whole batch: a claim is on the sync's hot path.
    if (!items.isEmpty()) {
        QVariantList values {stateText(outboxstate::kSending)};
        QStringList marks;
        for (OutboxItem &item : items) {
            values.append(item.id);
            marks.append(u"?"_s);
            item.state = stateText(outboxstate::kSending);
        }
        auto updated = runValues(
            db, u"UPDATE outbox SET state = ? WHERE id IN (%1)"_s.arg(marks.join(u',')), values);
        if (!updated)
            return updated.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return items;
}

Status OutboxRepository::deliver(const QList<qint64> &ids, const QDateTime &at)
{
    if (ids.isEmpty())
        return {};
    // One statement for the whole batch, all or nothing: every item must be SENDING.
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    QVariantList values {stateText(outboxstate::kDelivered), storedTime(at),
                         stateText(outboxstate::kSending)};
    QStringList marks;
    for (const qint64 id : ids) {
        values.append(id);
        marks.append(u"?"_s);
    }
    auto updated
        = runValues(connectionOf(m_database),
                    u"UPDATE outbox SET state = ?, settled_at = ?, last_error = '',"
                    " next_attempt_at = '' WHERE state = ? AND id IN (%1)"_s.arg(marks.join(u',')),
                    values);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != ids.size())
        return makeError(ErrorCode::InvalidArgument, u"an outbox item is not being sent"_s,
                         {u"id"_s, QString::number(ids.constFirst())});
    return tx->commit();
}

Status OutboxRepository::reject(qint64 id, const QString &reason, const QDateTime &at)
{
    return updateEach(m_database, {id},
                      u"UPDATE outbox SET state = ?, last_error = ?, settled_at = ?,"
                      " attempts = attempts + 1, next_attempt_at = '' WHERE id = ? AND state = ?"_s,
                      {stateText(outboxstate::kFailed), reason, storedTime(at)},
                      outboxstate::kSending);
}

Status OutboxRepository::retry(const QList<Retry> &retries, const QString &error)
{
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    for (const Retry &retry : retries) {
        const Status updated = retry.counted
            ? updateEach(m_database, {retry.id},
                         u"UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?,"
                         " next_attempt_at = ? WHERE id = ? AND state = ?"_s,
                         {stateText(outboxstate::kQueued), error, storedTime(retry.nextAttemptAt)},
                         outboxstate::kSending)
            : updateEach(m_database, {retry.id},
                         u"UPDATE outbox SET state = ? WHERE id = ? AND state = ?"_s,
                         {stateText(outboxstate::kQueued)}, outboxstate::kSending);
        if (!updated)
            return updated;
    }
    return tx->commit();
}

Status OutboxRepository::requeueRejected(qint64 id)
{
    const Status updated
        = updateEach(m_database, {id},
                     u"UPDATE outbox SET state = ?, attempts = 0, last_error = '',"
                     " next_attempt_at = '', settled_at = '' WHERE id = ? AND state = ?"_s,
                     {stateText(outboxstate::kQueued)}, outboxstate::kFailed);
    if (!updated && updated.code() == ErrorCode::InvalidArgument)
        return makeError(ErrorCode::NotFound, updated.error().detail, updated.error().args);
    return updated;
}

Status OutboxRepository::discardRejected(qint64 id, const QDateTime &at)
{
    const Status updated
        = updateEach(m_database, {id},
                     u"UPDATE outbox SET state = ?, settled_at = ? WHERE id = ?"
                     " AND state = ?"_s,
                     {stateText(outboxstate::kDiscarded), storedTime(at)}, outboxstate::kFailed);
    if (!updated && updated.code() == ErrorCode::InvalidArgument)
        return makeError(ErrorCode::NotFound, updated.error().detail, updated.error().args);
    return updated;
}

Result<QMap<QString, int>> OutboxRepository::counts() const
{
    auto query
        = run(connectionOf(m_database), u"SELECT state, count(*) FROM outbox GROUP BY state"_s);
    if (!query)
        return query.error();
    QMap<QString, int> counts;
    while (query->next())
        counts.insert(query->value(0).toString(), query->value(1).toInt());
    return counts;
}

Result<std::optional<QDateTime>> OutboxRepository::nextAttempt() const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT min(next_attempt_at) FROM outbox WHERE state = ?"_s,
                     {stateText(outboxstate::kQueued)});
    if (!query)
        return query.error();
    if (!query->next() || query->value(0).isNull())
        return std::optional<QDateTime>();
    const QString text = query->value(0).toString();
    return std::optional<QDateTime>(text.isEmpty() ? QDateTime::fromSecsSinceEpoch(0, Qt::UTC)
                                                   : readStoredTime(text));
}

Result<int> OutboxRepository::requeueInterrupted()
{
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto updated = run(
        connectionOf(m_database), u"UPDATE outbox SET state = ? WHERE state = ?"_s,
        {QString::fromLatin1(outboxstate::kQueued), QString::fromLatin1(outboxstate::kSending)});
    if (!updated)
        return updated.error();
    const int count = updated->numRowsAffected();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return count;
}

} // namespace sportello::storage
