// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/servicecontext.h"
#include "support/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sportello::services {

class DeskSettings;
class PeopleService;

// What one run of the retention job removed: counts only.
struct RetentionReport
{
    int people = 0; // records removed (expired or consent withdrawn)
    int withdrawn = 0; // of which because the personal-data consent was withdrawn
    int sessions = 0; // sessions of those people, kept as anonymous coded records
    int followUps = 0; // their follow-ups, deleted
    int referrals = 0; // their referrals, kept with the anonymized profile only
    int walkInTexts = 0; // anonymous walk-ins' sessions whose free texts expired

    [[nodiscard]] bool isEmpty() const { return people == 0 && walkInTexts == 0; }
    // "people=3 withdrawn=1 sessions=12 followups=4 referrals=1 walkin_texts=2": the audit
    // row's entity id.
    [[nodiscard]] QString summary() const;
};

// The retention job (decision 37): removes the people whose last contact is older than the
// desk's retention period, and those who withdrew the personal-data consent, with the code of
// the erasure (detail::removePersonData); removes the free texts of anonymous walk-ins'
// sessions older than the period. Run by the system (at start-up and daily), needs no login
// (nothing sealed is read) and writes one audit row per batch with the counts, never an id.
class RetentionService final
{
public:
    RetentionService(const ServiceContext &context, PeopleService &people,
                     const DeskSettings &settings);

    // The moment before which a last contact has expired now.
    [[nodiscard]] QDateTime cutoff() const;
    // When a person's record is due to go if nothing happens before (their last contact plus
    // the period); NotFound for an unknown person.
    [[nodiscard]] Result<QDateTime> expiresAt(qint64 personId) const;
    // Who the job would remove now: reads every person's last contact (seconds at 200,000
    // people), writes nothing, and is safe on a worker thread (its own connection).
    struct Due
    {
        QDateTime before; // the cutoff it was computed for
        QList<qint64> ids; // ascending: expired, or the personal-data consent withdrawn
    };
    [[nodiscard]] Result<Due> due() const;
    // Removes the people `due` names (those still recorded) and the walk-ins' texts older than
    // its cutoff; on the thread of the desk's services.
    [[nodiscard]] Result<RetentionReport> purge(const Due &due);
    // Runs the job once: due() and purge() on the calling thread.
    [[nodiscard]] Result<RetentionReport> purge();

    // People removed per transaction: a first run on a desk with years of records commits
    // (and audits) in steps instead of holding the write lock for all of it.
    static constexpr int kBatchSize = 200;

private:
    [[nodiscard]] Status purgeBatch(const QList<qint64> &ids, const QDateTime &before,
                                    RetentionReport &total);

    storage::Database &m_database;
    const crypto::Vault &m_vault;
    const Clock &m_clock;
    storage::AuditLog &m_audit;
    ChangeNotifier &m_notifier;
    PeopleService &m_people;
    const DeskSettings &m_settings;
};

} // namespace sportello::services
