// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/retentionservice.h"

#include "audit/audit.h"
#include "people/model.h"
#include "services/changenotifier.h"
#include "services/desksettings.h"
#include "services/peopleservice.h"
#include "services/servicechecks.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/retentionqueries.h"
#include "storage/sessionrepository.h"
#include "storage/transaction.h"
#include "support/clock.h"
#include "support/logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::services {

namespace {
constexpr char kRetentionEntity[] = "retention";
} // namespace

QString RetentionReport::summary() const
{
    return u"people=%1 withdrawn=%2 sessions=%3 followups=%4 referrals=%5 walkin_texts=%6"_s
        .arg(people)
        .arg(withdrawn)
        .arg(sessions)
        .arg(followUps)
        .arg(referrals)
        .arg(walkInTexts);
}

RetentionService::RetentionService(const ServiceContext &context, PeopleService &people,
                                   const DeskSettings &settings)
    : m_database(context.database)
    , m_vault(context.vault)
    , m_clock(context.clock)
    , m_audit(context.audit)
    , m_notifier(context.notifier)
    , m_people(people)
    , m_settings(settings)
{ }

QDateTime RetentionService::cutoff() const
{
    return m_clock.nowUtc().addMonths(-m_settings.retentionMonths());
}

Result<QDateTime> RetentionService::expiresAt(qint64 personId) const
{
    auto last = storage::RetentionQueries(m_database).lastContact(personId);
    if (!last)
        return last.error();
    return last->addMonths(m_settings.retentionMonths());
}

Result<RetentionService::Due> RetentionService::due() const
{
    Due due;
    due.before = cutoff();
    const storage::RetentionQueries queries(m_database);
    auto expired = queries.lastContactBefore(due.before);
    if (!expired)
        return expired.error();
    auto withdrawn
        = queries.withdrawn(people::consentPurposeCode(people::ConsentPurpose::PersonalData));
    if (!withdrawn)
        return withdrawn.error();
    due.ids = *expired + *withdrawn;
    std::sort(due.ids.begin(), due.ids.end());
    due.ids.erase(std::unique(due.ids.begin(), due.ids.end()), due.ids.end());
    return due;
}

Result<RetentionReport> RetentionService::purge()
{
    auto found = due();
    if (!found)
        return found.error();
    return purge(*found);
}

Result<RetentionReport> RetentionService::purge(const Due &due)
{
    const QDateTime &before = due.before;
    RetentionReport total;
    for (qsizetype from = 0; from < due.ids.size(); from += kBatchSize) {
        if (auto done = purgeBatch(due.ids.mid(from, kBatchSize), before, total); !done)
            return done.error();
    }

    // Walk-ins' texts last, after the people's sessions became walk-ins themselves (theirs
    // are gone already and are not counted twice).
    {
        auto tx = storage::Transaction::begin(m_database);
        if (!tx)
            return tx.error();
        auto cleared
            = storage::SessionRepository(m_database, m_vault).removeWalkInTextsBefore(before);
        if (!cleared)
            return cleared.error();
        if (*cleared > 0) {
            RetentionReport texts;
            texts.walkInTexts = *cleared;
            if (auto audited
                = m_audit.append(0, QString::fromLatin1(audit::kRetentionPurge),
                                 QString::fromLatin1(kRetentionEntity), texts.summary());
                !audited)
                return audited.error();
            total.walkInTexts = *cleared;
        }
        if (auto committed = tx->commit(); !committed)
            return committed.error();
    }

    if (!total.isEmpty()) {
        // As after an erasure: no old page of the removed records should stay in the WAL; if
        // a reader blocks it now, the next checkpoint folds them.
        if (auto folded = m_database.checkpoint(); !folded)
            qCWarning(lcServices).noquote()
                << "checkpoint after retention:" << folded.error().toLogString();
    }
    return total;
}

Status RetentionService::purgeBatch(const QList<qint64> &ids, const QDateTime &before,
                                    RetentionReport &total)
{
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    const storage::RetentionQueries queries(m_database);
    const QString purpose = people::consentPurposeCode(people::ConsentPurpose::PersonalData);
    RetentionReport batch;
    for (qint64 id : ids) {
        // Found due earlier, maybe on another thread: still due, inside this transaction?
        auto still = queries.dueNow(id, before, purpose);
        if (!still)
            return still.error();
        if (*still == storage::RetentionQueries::Due::Gone
            || *still == storage::RetentionQueries::Due::No)
            continue;
        auto removed = detail::removePersonData(m_database, m_vault, m_clock, id);
        if (!removed)
            return removed.error();
        ++batch.people;
        if (*still == storage::RetentionQueries::Due::Withdrawn)
            ++batch.withdrawn;
        batch.sessions += removed->sessions;
        batch.followUps += removed->followUps;
        batch.referrals += removed->referrals;
        // The name leaves the in-memory search with the record (if names are loaded).
        tx->onCommit([this, id] { m_people.dropFromDirectory(id); });
        m_notifier.announce(*tx, &ChangeNotifier::personErased, id);
    }
    if (batch.people == 0)
        return {}; // nobody left to remove: nothing to audit
    // One row for the batch, with counts: the log must not keep who was removed.
    if (auto audited = m_audit.append(0, QString::fromLatin1(audit::kRetentionPurge),
                                      QString::fromLatin1(kRetentionEntity), batch.summary());
        !audited)
        return audited;
    if (auto committed = tx->commit(); !committed)
        return committed;
    total.people += batch.people;
    total.withdrawn += batch.withdrawn;
    total.sessions += batch.sessions;
    total.followUps += batch.followUps;
    total.referrals += batch.referrals;
    return {};
}

} // namespace sportello::services
