// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sportello::storage {

class Database;

// Which people the retention rules reach (decision 37): when the desk last had to do with a
// person, who has not been in contact since a date, who withdrew a consent without giving it
// again. Read-only and coded: works while the vault is locked.
class RetentionQueries final
{
public:
    explicit RetentionQueries(Database &database);

    // The latest of: the record created or changed, a consent given or revoked, a session
    // held or recorded, a follow-up created, due or done, a referral created or changed.
    // NotFound for an unknown person.
    [[nodiscard]] Result<QDateTime> lastContact(qint64 personId) const;
    // People whose last contact is before `cutoff`, by id.
    [[nodiscard]] Result<QList<qint64>> lastContactBefore(const QDateTime &cutoff) const;
    // People who revoked the consent `purposeCode` and have none of that purpose in force.
    [[nodiscard]] Result<QList<qint64>> withdrawn(const QString &purposeCode) const;
    // The same two tests for one person, now: whether they are still due, and why. The job
    // finds who is due on a worker thread and removes them later, on another: a person who
    // came back in between (or was erased) is not removed by an old answer.
    enum class Due { Gone, No, Expired, Withdrawn };
    [[nodiscard]] Result<Due> dueNow(qint64 personId, const QDateTime &cutoff,
                                     const QString &purposeCode) const;

private:
    Database &m_database;
};

} // namespace sportello::storage
