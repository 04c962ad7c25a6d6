// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"
#include "sync/outbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

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
    // Moves the oldest QUEUED items due at `now` (no next attempt, or one not later) to
    // SENDING, in one transaction, and returns them as claimed, oldest first: at most `limit`
    // items whose payloads add up to at most `maxPayloadBytes` (always at least one item).
    [[nodiscard]] Result<QList<sync::OutboxItem>> claim(int limit, const QDateTime &now,
                                                        qsizetype maxPayloadBytes);
    // The hub stored the items being sent (or already had them): DELIVERED, settled `at`.
    [[nodiscard]] Status deliver(const QList<qint64> &ids, const QDateTime &at);
    // The hub refused an item being sent for good: FAILED (quarantined) with `reason`.
    [[nodiscard]] Status reject(qint64 id, const QString &reason, const QDateTime &at);
    // Items being sent go back to QUEUED. A counted retry adds an attempt and records `error`
    // and its next attempt; an uncounted one (a batch split, a pause for the token or the
    // proxy) leaves the item as it was.
    struct Retry
    {
        qint64 id = 0;
        QDateTime nextAttemptAt; // UTC; invalid: due at once
        bool counted = true;
    };
    [[nodiscard]] Status retry(const QList<Retry> &retries, const QString &error);
    // A coordinator's choice for a quarantined item: QUEUED again from scratch, or DISCARDED
    // (kept as history, never sent). NotFound when the item is not FAILED.
    [[nodiscard]] Status requeueRejected(qint64 id);
    [[nodiscard]] Status discardRejected(qint64 id, const QDateTime &at);
    // How many items each state holds (states without items are absent).
    [[nodiscard]] Result<QMap<QString, int>> counts() const;
    // When the earliest QUEUED item is due (the epoch for one due at once); nullopt when none
    // is queued.
    [[nodiscard]] Result<std::optional<QDateTime>> nextAttempt() const;
    // Puts back in QUEUED every item left in SENDING by an interrupted delivery (the hub
    // de-duplicates by event id, so sending one again is safe); returns how many.
    [[nodiscard]] Result<int> requeueInterrupted();

private:
    Database &m_database;
};

} // namespace sportello::storage
