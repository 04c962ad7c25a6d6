// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sportello::sync {

// One anonymized record waiting for (or delivered to) the district hub: written in the same
// transaction as the change it describes, never holding anything the anonymizer did not allow.
struct OutboxItem
{
    qint64 id = 0;
    QString eventUid; // the idempotency key the hub de-duplicates on
    QString eventType;
    QByteArray payload; // compact JSON
    QDateTime createdAt; // UTC
    QString state; // one of outboxStates()
    int attempts = 0; // deliveries tried that did not settle the item
    QDateTime nextAttemptAt; // UTC; invalid: due now
    QString lastError; // the last problem, a code (sync::Failure::code()), never personal data
    QDateTime settledAt; // UTC: when it was delivered or rejected
};

// The states an outbox item can be in: QUEUED (waiting to be sent, the state every item starts
// in; "in attesa"), SENDING (handed to the hub, no answer yet), DELIVERED (the hub stored it),
// FAILED (the hub refused it for good: quarantined with its reason until a coordinator requeues
// or discards it), DISCARDED (a coordinator gave up a quarantined item; kept as history).
namespace outboxstate {
inline constexpr char kQueued[] = "QUEUED";
inline constexpr char kSending[] = "SENDING";
inline constexpr char kDelivered[] = "DELIVERED";
inline constexpr char kFailed[] = "FAILED";
inline constexpr char kDiscarded[] = "DISCARDED";
} // namespace outboxstate
[[nodiscard]] const QStringList &outboxStates();

} // namespace sportello::sync
