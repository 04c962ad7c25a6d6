// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

namespace sportello {
class Clock;
namespace storage {
class Profile;
}
} // namespace sportello

namespace sportello::demo {

// Bumped whenever the demo content grows or changes (7: the volunteer's password, which the
// password policy of decision 36 refuses), so ./dev run refreshes an older demo profile.
inline constexpr int kDemoContentVersion = 7;

// The demo profile's accounts; their passwords are public (README) — the data are made up.
struct DemoAccount
{
    const char *username;
    const char *displayName;
    const char *role; // security::roleCode
    const char *password;
};
inline constexpr DemoAccount kDemoAccounts[] = {
    {"coordinatrice", "Anna Bianchi", "coordinatore", "Coordina-Demo-2026"},
    {"volontario", "Marco Verdi", "operatore", "Banco-Girasole-2026"},
    {"facilitatrice", "Giulia Neri", "facilitatore", "Facilita-Demo-2026"},
};

enum class DemoState { Absent, Current, Outdated, RealDesk };

// Whether the profile holds demo content, and whether it is this program's demo content.
[[nodiscard]] Result<DemoState> demoState(storage::Profile &profile, const Clock &clock);

// Fills an empty profile with the demo content — the district's demo catalogue
// (resources/catalogue/demo-catalogue.json), the demo desk and its three accounts, and the
// desk's hand-written people with their sessions, follow-ups and referrals (seedDemoPeople, dated
// relative to the clock's today) — and marks it as a demo profile. A profile holding a real desk's
// data is never touched.
[[nodiscard]] Status seedDemoProfile(storage::Profile &profile, const Clock &clock);

} // namespace sportello::demo
