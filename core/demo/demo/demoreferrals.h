// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/demo: the referrals of the demo desk's hand-written people.
#pragma once

#include "support/result.h"

#include <QDateTime>

#include <array>
#include <cstddef>

namespace sportello::demo::detail {

class DemoDesk;

// The moments of the hand-written story a referral starts from.
enum class ReferralMoment {
    GiuseppinaIsee, // her first visit: told to make the DSU at the CAF (a logged referral)
    DavideEviction, // his first visit: sent to Social Services, who take him on
    DavideRentFund, // his third visit: the housing office has not answered in time
    FrancoExpenses, // his call-back: the Comune answers it is not its competence
    AlessandroJob, // his SPID session: a draft for the job centre, not sent yet
    NightWalkIn, // a walk-in with nowhere to sleep: the social emergency service, same day
    Count
};

// Where a referral starts: the person (0 for a walk-in), the session and when it ended.
struct StoryMoment
{
    qint64 personId = 0;
    qint64 sessionId = 0;
    QDateTime at;
};
using StoryMoments = std::array<StoryMoment, std::size_t(ReferralMoment::Count)>;

// Writes the hand-written people's referrals through ReferralService, each walked through legal
// moves of the state machine on the desk's scripted clock: a logged one to the CAF, one taken on
// by Social Services nine days after sending and still open, one to the housing office whose
// expected answer is two days late (the follow-up queue), one declined as not competent and
// closed, an urgent one to the social emergency service closed as resolved, and a draft.
[[nodiscard]] Status seedDemoReferrals(DemoDesk &desk, const StoryMoments &moments);

} // namespace sportello::demo::detail
