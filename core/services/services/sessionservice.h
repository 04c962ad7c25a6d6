// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"
#include "security/permissions.h"
#include "services/authorizer.h"
#include "services/servicecontext.h"
#include "support/result.h"

#include <QDate>
#include <QList>

namespace sportello::services {

// Listening sessions and follow-ups. Enforces the rules of the counter: the operator's role
// (facilitators record only digital facilitation), coded values from the vocabularies,
// special-category needs only with that consent in force, follow-ups by phone never for a
// person who asked not to be contacted. Each save is one transaction with its audit row.
class SessionService final
{
public:
    explicit SessionService(const ServiceContext &context);

    // Checks a session without saving it: InvalidArgument (args {field, code}) for unknown
    // codes, facilitation fields on a non-facilitation session, ALT.ALTRO without a label;
    // ConsentMissing (args {purpose code, need code}) for special-category needs without the
    // consent.
    [[nodiscard]] Status validate(const people::Session &session) const;
    // Saves a new session (desk, operator and creation time filled in); returns its id.
    [[nodiscard]] Result<qint64> save(const security::Actor &actor, people::Session session);
    [[nodiscard]] Result<people::Session> session(const security::Actor &actor, qint64 sessionId);
    [[nodiscard]] Result<QList<people::Session>> sessionsOf(const security::Actor &actor,
                                                            qint64 personId);

    [[nodiscard]] Result<qint64> scheduleFollowUp(const security::Actor &actor,
                                                  people::FollowUp followUp);
    [[nodiscard]] Status completeFollowUp(const security::Actor &actor, qint64 followUpId,
                                          const QString &outcome, const QString &note);
    // Open follow-ups, split around `today` (the clock's local date when null); only the
    // assignee's when `assigneeId` is not 0.
    [[nodiscard]] Result<people::FollowUpQueue>
    followUpQueue(const security::Actor &actor, qint64 assigneeId = 0, QDate today = {}) const;
    [[nodiscard]] Result<QList<people::FollowUp>> followUpsOf(const security::Actor &actor,
                                                              qint64 personId) const;
    // How many of the queue's follow-ups are due by `today` (overdue or today), without
    // reading them: for a badge while the queue is not on screen.
    [[nodiscard]] Result<int> dueFollowUpCount(const security::Actor &actor, qint64 assigneeId,
                                               const QDate &today) const;

    // Sessions, follow-ups and consents of a person, newest first (audited as a view).
    [[nodiscard]] Result<QList<people::TimelineEntry>> timeline(const security::Actor &actor,
                                                                qint64 personId);

private:
    storage::Database &m_database;
    const crypto::Vault &m_vault;
    storage::AuditLog &m_audit;
    const Clock &m_clock;
    ChangeNotifier &m_notifier;
    // Refusals are audited, also from the read-only queries.
    mutable Authorizer m_authorizer;
};

} // namespace sportello::services
