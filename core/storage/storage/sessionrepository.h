// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"
#include "storage/personaldatastore.h"
#include "support/result.h"

#include <QDateTime>
#include <QList>

namespace sportello::storage {

class Database;

// Listening sessions and follow-ups in SQLite; their free texts (notes, next step, the label
// of an "other" need, follow-up notes) sealed through the PersonalDataStore. Writes join the
// caller's transaction. No permission or consent checks: services::SessionService does them.
class SessionRepository final
{
public:
    SessionRepository(Database &database, const crypto::Vault &vault);

    [[nodiscard]] Result<qint64> insert(const people::Session &session);
    // With `withTexts` false the sealed texts are not read (works while the vault is locked).
    [[nodiscard]] Result<people::Session> session(qint64 sessionId, bool withTexts = true) const;
    // A person's sessions, newest first.
    [[nodiscard]] Result<QList<people::Session>> sessionsOf(qint64 personId,
                                                            bool withTexts = true) const;
    // Detaches a person's sessions (they become anonymous walk-ins) and removes their texts;
    // returns how many sessions.
    [[nodiscard]] Result<int> anonymizeSessionsOf(qint64 personId);
    // Removes the texts of anonymous walk-ins' sessions held before `cutoff` (retention): the
    // codes stay for statistics. Returns how many sessions had texts.
    [[nodiscard]] Result<int> removeWalkInTextsBefore(const QDateTime &cutoff);

    // Deletes a person's follow-ups with their sealed notes (erasure); returns how many.
    [[nodiscard]] Result<int> eraseFollowUpsOf(qint64 personId);
    [[nodiscard]] Result<qint64> insertFollowUp(const people::FollowUp &followUp);
    [[nodiscard]] Result<people::FollowUp> followUp(qint64 followUpId) const;
    [[nodiscard]] Status completeFollowUp(qint64 followUpId, const QDateTime &at, qint64 by,
                                          const QString &outcome, const QString &note);
    // Open follow-ups by due date (assignee 0: everybody's).
    [[nodiscard]] Result<QList<people::FollowUp>> openFollowUps(qint64 assigneeId) const;
    // How many open follow-ups are due on or before `dueBy`, without reading them: only the
    // assignee's when `assigneeId` is not 0, only those assigned to or created by `involving`
    // when it is not 0.
    [[nodiscard]] Result<int> countOpenFollowUps(const QDate &dueBy, qint64 assigneeId,
                                                 qint64 involving) const;
    [[nodiscard]] Result<QList<people::FollowUp>> followUpsOf(qint64 personId) const;

private:
    [[nodiscard]] Status readDetails(people::Session &session, bool withTexts) const;
    [[nodiscard]] Result<QList<people::FollowUp>> readFollowUps(const QString &where,
                                                                const QVariantList &values) const;

    Database &m_database;
    PersonalDataStore m_personal;
};

inline constexpr char kSessionEntity[] = "session";
inline constexpr char kFollowUpEntity[] = "follow_up";

} // namespace sportello::storage
