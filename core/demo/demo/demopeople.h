// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <functional>

namespace sportello {
class Clock;
namespace storage {
class Profile;
}
} // namespace sportello

namespace sportello::demo {

// Adds the demo desk's hand-written people: seven made-up people received over the last months
// (an older woman with utility arrears, a Ukrainian mother, a man facing eviction, a young man
// getting SPID at the digital facilitation desk, a man with a health need recorded with the
// special-category consent, …) with their consents, sessions by the three demo accounts and
// follow-ups — one overdue, one due today, some upcoming, one done — plus three anonymous
// walk-ins, and six referrals from their sessions in varied states, each with its anonymized
// outbox rows (demoreferrals.h). Dates are relative to the clock's today. Needs the demo
// accounts; does nothing when the people are already there.
[[nodiscard]] Status seedDemoPeople(storage::Profile &profile, const Clock &clock);

// What addSyntheticPeople added.
struct SyntheticSummary
{
    int people = 0;
    int sessions = 0;
    int followUps = 0;
    int referrals = 0;
    bool cancelled = false;
};

inline constexpr int kMaximumSyntheticPeople = 500000;

// Adds `count` (1…kMaximumSyntheticPeople) people of demo::SyntheticPeople(seed) to a demo
// profile (InvalidArgument on any other), each with the personal-data consent (some also the
// phone and special-category ones) and 1–6 sessions spread over the last two years, following
// the counter's rules; some have follow-ups, about one in seven a referral from their first
// session walked to a state of its own (written through ReferralService, with its outbox rows).
// A person whose codice fiscale is already recorded is skipped for the generator's next one.
// Written in transactions of a few hundred people with the same rows and audit rows the
// services write; `progress` is called after each with the number of people added so far, and
// returning false stops there (what was written stays).
// How many sessions each synthetic person has: the usual 1–6, or a long history of 1–10 (the
// start-up benchmark's big profile: a million sessions for 200,000 people).
enum class SessionHistory { Usual, Long };

[[nodiscard]] Result<SyntheticSummary>
addSyntheticPeople(storage::Profile &profile, const Clock &clock, int count, quint64 seed,
                   const std::function<bool(int done)> &progress = {},
                   SessionHistory history = SessionHistory::Usual);

} // namespace sportello::demo
