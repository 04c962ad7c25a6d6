// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/demo: the demo desk's services, for writing made-up people and sessions.
#pragma once

#include "security/permissions.h"
#include "services/deskservices.h"
#include "support/clock.h"
#include "support/result.h"

#include <QDateTime>

namespace sportello::storage {
class Database;
class Profile;
} // namespace sportello::storage

namespace sportello::demo::detail {

// The demo desk with its three demo accounts logged in, and the people, session and referral
// services, all on one scripted clock that starts at the real clock's time.
class DemoDesk final
{
public:
    DemoDesk(storage::Profile &profile, const Clock &clock);
    ~DemoDesk() = default; // the services lock the vault
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

    [[nodiscard]] storage::Database &database() const { return m_services.context().database; }
    [[nodiscard]] ManualClock &clock() { return m_clock; }
    [[nodiscard]] const crypto::Vault &vault() const { return m_services.context().vault; }
    [[nodiscard]] storage::AuditLog &audit() const { return m_services.context().audit; }
    [[nodiscard]] services::DeskServices &services() { return m_services; }
    [[nodiscard]] services::PeopleService &people() { return m_services.people(); }
    [[nodiscard]] services::SessionService &sessions() { return m_services.sessions(); }
    [[nodiscard]] services::ReferralService &referrals() { return m_services.referrals(); }

    [[nodiscard]] const security::Actor &coordinator() const { return m_coordinator; }
    [[nodiscard]] const security::Actor &volunteer() const { return m_volunteer; }
    [[nodiscard]] const security::Actor &facilitator() const { return m_facilitator; }

private:
    const QDateTime m_realNow;
    ManualClock m_clock;
    services::DeskServices m_services;
    security::Actor m_coordinator;
    security::Actor m_volunteer;
    security::Actor m_facilitator;
};

} // namespace sportello::demo::detail
