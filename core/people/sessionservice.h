// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"
#include "security/permissions.h"
#include "support/result.h"

#include <QDate>
#include <QList>

namespace sportello {
class Clock;
namespace security {
class Vault;
}
namespace storage {
class AuditLog;
class Database;
} // namespace storage
} // namespace sportello

namespace sportello::people {

// Follow-ups to do, as the "Da ricontattare" queue shows them.
struct FollowUpQueue
{
    QList<FollowUp> overdue; // due before today, oldest first
    QList<FollowUp> today;
    QList<FollowUp> upcoming; // due after today, soonest first
};

// Listening sessions and follow-ups. Enforces the rules of the counter: the operator's role
// (facilitators record only digital facilitation), coded values from the vocabularies,
// special-category needs only with that consent in force, follow-ups by phone never for a
// person who asked not to be contacted. Each save is one transaction with its audit row.
class SessionService final
{
public:
    SessionService(storage::Database &database, const security::Vault &vault,
                   storage::AuditLog &audit, const Clock &clock);

    // Checks a session without saving it: InvalidArgument (args {field, code}) for unknown
    // codes, facilitation fields on a non-facilitation session, ALT.ALTRO without a label;
    // ConsentMissing (args {purpose code, need code}) for special-category needs without the
    // consent.
    [[nodiscard]] Status validate(const Session &session) const;
    // Saves a new session (desk, operator and creation time filled in); returns its id.
    [[nodiscard]] Result<qint64> save(const security::Actor &actor, Session session);
    [[nodiscard]] Result<Session> session(const security::Actor &actor, qint64 sessionId);
    [[nodiscard]] Result<QList<Session>> sessionsOf(const security::Actor &actor, qint64 personId);

    [[nodiscard]] Result<qint64> scheduleFollowUp(const security::Actor &actor, FollowUp followUp);
    [[nodiscard]] Status completeFollowUp(const security::Actor &actor, qint64 followUpId,
                                          const QString &outcome, const QString &note);
    // Open follow-ups, split around `today` (the clock's local date when null); only the
    // assignee's when `assigneeId` is not 0.
    [[nodiscard]] Result<FollowUpQueue>
    followUpQueue(const security::Actor &actor, qint64 assigneeId = 0, QDate today = {}) const;
    [[nodiscard]] Result<QList<FollowUp>> followUpsOf(const security::Actor &actor,
                                                      qint64 personId) const;

    // Sessions, follow-ups and consents of a person, newest first (audited as a view).
    [[nodiscard]] Result<QList<TimelineEntry>> timeline(const security::Actor &actor,
                                                        qint64 personId);

private:
    storage::Database &m_database;
    const security::Vault &m_vault;
    storage::AuditLog &m_audit;
    const Clock &m_clock;
    // Refusals are audited, also from the read-only queries.
    mutable security::Authorizer m_authorizer;
};

} // namespace sportello::people
