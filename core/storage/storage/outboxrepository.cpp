// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/outboxrepository.h"

#include "connection.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/uuid.h"

using namespace Qt::StringLiterals;

namespace sportello::storage {

using sync::OutboxItem;
using sync::outboxStates;
namespace outboxstate = sync::outboxstate;

namespace {
const QString kSelect
    = u"SELECT id, event_uid, event_type, payload, created_at, state FROM outbox "_s;

QList<OutboxItem> readItems(SqlQuery &query)
{
    QList<OutboxItem> items;
    while (query.next())
        items.append({query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toString().toUtf8(),
                      readStoredTime(query.value(4).toString()), query.value(5).toString()});
    return items;
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

Result<QList<OutboxItem>> OutboxRepository::claim(int limit)
{
    if (limit < 1)
        return makeError(ErrorCode::InvalidArgument, u"claim %1 items"_s.arg(limit),
                         {u"limit"_s, QString::number(limit)});
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    const SqlConnection db = connectionOf(m_database);
    auto query = run(db, kSelect + u"WHERE state = ? ORDER BY id LIMIT ?"_s,
                     {QString::fromLatin1(outboxstate::kQueued), limit});
    if (!query)
        return query.error();
    QList<OutboxItem> items = readItems(*query);
    for (OutboxItem &item : items) {
        auto updated = run(db, u"UPDATE outbox SET state = ? WHERE id = ?"_s,
                           {QString::fromLatin1(outboxstate::kSending), item.id});
        if (!updated)
            return updated.error();
        item.state = QString::fromLatin1(outboxstate::kSending);
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return items;
}

Status OutboxRepository::mark(const QList<qint64> &ids, const QString &state)
{
    const QString sending = QString::fromLatin1(outboxstate::kSending);
    if (state == sending || !outboxStates().contains(state))
        return makeError(ErrorCode::InvalidArgument, u"mark outbox items %1"_s.arg(state),
                         {u"state"_s, state});
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    const SqlConnection db = connectionOf(m_database);
    for (const qint64 id : ids) {
        auto updated = run(db, u"UPDATE outbox SET state = ? WHERE id = ? AND state = ?"_s,
                           {state, id, sending});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return makeError(ErrorCode::InvalidArgument,
                             u"outbox item %1 is not being sent"_s.arg(id),
                             {u"id"_s, QString::number(id)});
    }
    return tx->commit();
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
