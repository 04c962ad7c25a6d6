// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"
#include "services/servicecontext.h"
#include "support/result.h"

#include <QDate>

namespace sportello::services {

class ReferralService;
class SessionService;

// What the home page says of the desk's day (issue 18, point 3). Counts only, each read by one
// SQL count (decision 57: nothing is listed at login).
struct TodayCounts
{
    int followUpsDue = 0; // due by today, the overdue included
    int followUpsOverdue = 0; // due before today
    int referralsLate = 0; // sent, waiting for an answer whose date has passed
    int answersSinceYesterday = 0; // destinations' answers received since yesterday began
    int receivedSinceYesterday = 0; // referrals received as a destination since then
    int receivedWaiting = 0; // received referrals this desk has not answered yet
    int unverifiedCatalogue = 0; // this desk's services not verified for 12 months
};

// Reads the counts of the desk's day for one operator: the follow-ups and late referrals as
// their own pages count them for that operator's role; what came back from the network and the
// catalogue's checks, which hold nothing personal.
class DeskToday final
{
public:
    DeskToday(const ServiceContext &context, const SessionService &sessions,
              const ReferralService &referrals);

    [[nodiscard]] Result<TodayCounts> counts(const security::Actor &actor,
                                             const QDate &today) const;

private:
    const ServiceContext &m_context;
    const SessionService &m_sessions;
    const ReferralService &m_referrals;
};

} // namespace sportello::services
