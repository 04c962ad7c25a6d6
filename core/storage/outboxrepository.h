// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sportello::storage {

class Database;

// An outbox row: one anonymized record waiting for the hub.
struct OutboxItem
{
    qint64 id = 0;
    QString eventUid;
    QString eventType;
    QByteArray payload; // compact JSON
    QDateTime createdAt;
    QString state;
};

// The states an outbox item can be in: QUEUED (waiting to be sent, the state every item starts
// in), SENDING (handed to the hub, no answer yet), DELIVERED (the hub stored it), FAILED (the
// hub refused it for good; kept for the operator to see).
[[nodiscard]] const QStringList &outboxStates();

// Reads the outbox. Items are written by the repository of the change they describe, in that
// change's transaction (ReferralRepository::enqueue); the outbox holds anonymized records only,
// so reading it needs no vault.
class OutboxRepository final
{
public:
    explicit OutboxRepository(Database &database);

    // The items in `state` (every item when empty), oldest first; InvalidArgument with args
    // {"state", code} for a state outboxStates() does not have.
    [[nodiscard]] Result<QList<OutboxItem>> items(const QString &state = {}) const;

private:
    Database &m_database;
};

} // namespace sportello::storage
