// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/desktoday.h"

#include "catalogue/model.h"
#include "services/referralservice.h"
#include "services/sessionservice.h"
#include "storage/cataloguerepository.h"
#include "storage/networkinboxrepository.h"
#include "support/clock.h"

#include <QTimeZone>

namespace sportello::services {

DeskToday::DeskToday(const ServiceContext &context, const SessionService &sessions,
                     const ReferralService &referrals)
    : m_context(context)
    , m_sessions(sessions)
    , m_referrals(referrals)
{ }

Result<TodayCounts> DeskToday::counts(const security::Actor &actor, const QDate &today) const
{
    TodayCounts counts;
    const QDate yesterday = today.addDays(-1);
    // Follow-ups and referrals only for the roles whose pages show them.
    if (security::allows(actor.role, security::Permission::RecordSessions)
        || security::allows(actor.role, security::Permission::RecordFacilitation)) {
        auto due = m_sessions.dueFollowUpCount(actor, 0, today);
        if (!due)
            return due.error();
        auto overdue = m_sessions.dueFollowUpCount(actor, 0, yesterday);
        if (!overdue)
            return overdue.error();
        auto late = m_referrals.awaitingFeedbackCount(actor, yesterday);
        if (!late)
            return late.error();
        counts.followUpsDue = *due;
        counts.followUpsOverdue = *overdue;
        counts.referralsLate = *late;
    }
    // Yesterday as the desk's day: from its local midnight.
    const QDateTime since(yesterday, QTime(0, 0), QTimeZone::systemTimeZone());
    auto inbox = storage::NetworkInboxRepository(m_context.database).counts(since);
    if (!inbox)
        return inbox.error();
    counts.answersSinceYesterday = inbox->answersSince;
    counts.receivedSinceYesterday = inbox->receivedSince;
    counts.receivedWaiting = inbox->receivedWaiting;
    auto unverified = storage::CatalogueRepository(m_context.database, m_context.clock)
                          .countUnverifiedLocal(today.addMonths(-catalogue::kStaleAfterMonths));
    if (!unverified)
        return unverified.error();
    counts.unverifiedCatalogue = *unverified;
    return counts;
}

} // namespace sportello::services
