// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"
#include "sync/outbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sportello::storage {

class Database;

// All SQL of the outbox: items are enqueued by the service of the change they describe, in that
// change's transaction; delivery claims the oldest queued ones and marks each with the hub's
// answer. The outbox holds anonymized records only, so nothing here needs the vault.
class OutboxRepository final
{
public:
    explicit OutboxRepository(Database &database);

    // Adds one item in QUEUED with a new event id; joins the caller's transaction.
    [[nodiscard]] Result<qint64> enqueue(const QString &eventType, const QByteArray &payload,
                                         const QDateTime &at);
    // The items in `state` (every item when empty), oldest first; InvalidArgument with args
    // {"state", code} for a state outboxStates() does not have.
    [[nodiscard]] Result<QList<sync::OutboxItem>> items(const QString &state = {}) const;
    // Moves up to `limit` of the oldest QUEUED items to SENDING, in one transaction, and
    // returns them as claimed (state SENDING), oldest first.
    [[nodiscard]] Result<QList<sync::OutboxItem>> claim(int limit);
    // Records the hub's answer for items being sent: DELIVERED, FAILED, or QUEUED again (to be
    // retried). All or nothing: InvalidArgument when `state` is not one of those three or an
    // item is not in SENDING.
    [[nodiscard]] Status mark(const QList<qint64> &ids, const QString &state);
    // Puts back in QUEUED every item left in SENDING by an interrupted delivery (the hub
    // de-duplicates by event id, so sending one again is safe); returns how many.
    [[nodiscard]] Result<int> requeueInterrupted();

private:
    Database &m_database;
};

} // namespace sportello::storage
