// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/deskboard.h"
#include "support/result.h"

#include <QList>

namespace sportello::storage {

class Database;

// All SQL of the desk's board queue (migration 0018): what the desk asked of the board, queued
// by the board service in the transaction of its audit entry, handed to the hub by the sync
// engine, and marked with the hub's answer. A delivered action keeps no payload; a post keeps
// its id and its person, so that erasing the person withdraws the post.
class BoardQueueRepository final
{
public:
    explicit BoardQueueRepository(Database &database);

    static constexpr int kHistory = 200;

    // Joins the caller's transaction.
    [[nodiscard]] Status enqueue(const board::QueuedAction &item);
    // Every QUEUED action in the order queued, at most `limit`.
    [[nodiscard]] Result<QList<board::QueuedAction>> queued(int limit) const;
    // The latest actions whatever their state, newest first: what the page shows.
    [[nodiscard]] Result<QList<board::QueuedAction>> recent(int limit = kHistory) const;
    // The hub applied them (or had already): DELIVERED, the payload emptied.
    [[nodiscard]] Status deliver(const QList<QString> &ids, const QDateTime &at);
    // The hub refused one: FAILED with the reason.
    [[nodiscard]] Status reject(const QString &id, const QString &reason, const QDateTime &at);
    // The posts entered for `personId` that reached the hub or wait for it: their ids.
    [[nodiscard]] Result<QStringList> postsOf(qint64 personId) const;
    // For the person's erasure, inside its transaction: queues the withdrawal (post.close, which
    // also takes the contact off the board) of every post entered for the person.
    [[nodiscard]] Status withdrawPerson(qint64 personId, const QDateTime &now);
    [[nodiscard]] Result<int> queuedCount() const;

private:
    Database &m_database;
};

} // namespace sportello::storage
