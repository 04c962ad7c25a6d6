// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/demo: the demo desk's services, for writing made-up people and sessions.
#pragma once

#include "people/peopleservice.h"
#include "people/sessionservice.h"
#include "referrals/referralservice.h"
#include "security/permissions.h"
#include "security/vault.h"
#include "storage/auditlog.h"
#include "support/clock.h"
#include "support/result.h"

#include <QDateTime>

namespace sportello::storage {
class Database;
class Profile;
} // namespace sportello::storage

namespace sportello::demo::detail {

// A clock moved by hand, so demo content is written — timestamps and audit rows included — as
// if it had happened on the days it describes.
class ScriptedClock final : public Clock
{
public:
    explicit ScriptedClock(QDateTime now)
        : m_now(std::move(now))
    { }
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

// The demo desk with its three demo accounts logged in, and the people, session and referral
// services, all on one scripted clock that starts at the real clock's time.
class DemoDesk final
{
public:
    DemoDesk(storage::Profile &profile, const Clock &clock);
    ~DemoDesk(); // locks the vault
    Q_DISABLE_COPY_MOVE(DemoDesk)

    // Logs the three demo accounts in with their public passwords (which unlocks the vault);
    // fails when the profile has no demo accounts.
    [[nodiscard]] Status logIn();

    // The real clock's `daysAgo` days before today at hh:mm, moved back to the Friday before when
    // it falls on a weekend (desks are open on working days).
    [[nodiscard]] QDateTime workdayAt(int daysAgo, int hour, int minute) const;
    // The real clock's today, in the clock's own time zone.
    [[nodiscard]] QDate today() const { return m_realNow.date(); }
    [[nodiscard]] QDateTime realNow() const { return m_realNow; }

    [[nodiscard]] storage::Database &database() const { return m_database; }
    [[nodiscard]] ScriptedClock &clock() { return m_clock; }
    [[nodiscard]] const security::Vault &vault() const { return m_vault; }
    [[nodiscard]] storage::AuditLog &audit() { return m_audit; }
    [[nodiscard]] people::PeopleService &people() { return m_people; }
    [[nodiscard]] people::SessionService &sessions() { return m_sessions; }
    [[nodiscard]] referrals::ReferralService &referrals() { return m_referrals; }

    [[nodiscard]] const security::Actor &coordinator() const { return m_coordinator; }
    [[nodiscard]] const security::Actor &volunteer() const { return m_volunteer; }
    [[nodiscard]] const security::Actor &facilitator() const { return m_facilitator; }

private:
    storage::Database &m_database;
    const QDateTime m_realNow;
    ScriptedClock m_clock;
    security::Vault m_vault;
    storage::AuditLog m_audit;
    people::PeopleService m_people;
    people::SessionService m_sessions;
    referrals::ReferralService m_referrals;
    security::Actor m_coordinator;
    security::Actor m_volunteer;
    security::Actor m_facilitator;
};

} // namespace sportello::demo::detail
