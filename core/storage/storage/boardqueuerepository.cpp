// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/boardqueuerepository.h"

#include "connection.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/uuid.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

const QString kSelect = u"SELECT id, type, payload, post_id, person_id, created_at, state, error,"
                        " settled_at FROM board_queue "_s;

QList<board::QueuedAction> readItems(SqlQuery &query)
{
    QList<board::QueuedAction> items;
    while (query.next()) {
        board::QueuedAction item;
        item.action.id = query.value(0).toString();
        item.action.type = query.value(1).toString();
        item.action.data = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        item.postId = query.value(3).toString();
        item.personId = query.value(4).toLongLong();
        item.createdAt = readStoredTime(query.value(5).toString());
        item.state = query.value(6).toString();
        item.error = query.value(7).toString();
        item.settledAt = readStoredTime(query.value(8).toString());
        items.append(item);
    }
    return items;
}

} // namespace

BoardQueueRepository::BoardQueueRepository(Database &database)
    : m_database(database)
{ }

Status BoardQueueRepository::enqueue(const board::QueuedAction &item)
{
    auto query
        = run(connectionOf(m_database),
              u"INSERT INTO board_queue(id, type, payload, post_id, person_id, created_at,"
              " state) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
              {item.action.id, item.action.type,
               QString::fromUtf8(QJsonDocument(item.action.data).toJson(QJsonDocument::Compact)),
               item.postId, nullableId(item.personId), storedTime(item.createdAt),
               QString::fromLatin1(board::queuestate::kQueued)});
    return query ? Status() : Status(query.error());
}

Result<QList<board::QueuedAction>> BoardQueueRepository::queued(int limit) const
{
    auto query = run(connectionOf(m_database),
                     kSelect + u"WHERE state = ? ORDER BY created_at, rowid LIMIT ?"_s,
                     {QString::fromLatin1(board::queuestate::kQueued), qMax(1, limit)});
    if (!query)
        return query.error();
    return readItems(*query);
}

Result<QList<board::QueuedAction>> BoardQueueRepository::recent(int limit) const
{
    auto query = run(connectionOf(m_database),
                     kSelect + u"ORDER BY created_at DESC, rowid DESC LIMIT ?"_s, {qMax(1, limit)});
    if (!query)
        return query.error();
    return readItems(*query);
}

Status BoardQueueRepository::deliver(const QList<QString> &ids, const QDateTime &at)
{
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    for (const QString &id : ids) {
        auto done = run(connectionOf(m_database),
                        u"UPDATE board_queue SET state = ?, payload = '{}', error = '',"
                        " settled_at = ? WHERE id = ?"_s,
                        {QString::fromLatin1(board::queuestate::kDelivered), storedTime(at), id});
        if (!done)
            return done.error();
    }
    return tx->commit();
}

Status BoardQueueRepository::reject(const QString &id, const QString &reason, const QDateTime &at)
{
    auto done = run(connectionOf(m_database),
                    u"UPDATE board_queue SET state = ?, error = ?, settled_at = ? WHERE id = ?"_s,
                    {QString::fromLatin1(board::queuestate::kFailed), reason, storedTime(at), id});
    return done ? Status() : Status(done.error());
}

Result<QStringList> BoardQueueRepository::postsOf(qint64 personId) const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT post_id FROM board_queue WHERE person_id = ? AND post_id <> ''"
                     " AND state <> ? ORDER BY created_at"_s,
                     {personId, QString::fromLatin1(board::queuestate::kFailed)});
    if (!query)
        return query.error();
    QStringList ids;
    while (query->next())
        ids.append(query->value(0).toString());
    return ids;
}

Status BoardQueueRepository::withdrawPerson(qint64 personId, const QDateTime &now)
{
    auto posts = postsOf(personId);
    if (!posts)
        return posts.error();
    for (const QString &postId : std::as_const(*posts)) {
        board::QueuedAction item;
        item.action = {newTimeOrderedUuid(),
                       QString::fromLatin1(board::deskaction::kPostClose),
                       {{u"post_id"_s, postId}}};
        item.createdAt = now;
        if (auto queued = enqueue(item); !queued)
            return queued;
    }
    return {};
}

Result<int> BoardQueueRepository::queuedCount() const
{
    auto count
        = scalar(connectionOf(m_database), u"SELECT count(*) FROM board_queue WHERE state = ?"_s,
                 {QString::fromLatin1(board::queuestate::kQueued)});
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace sportello::storage
