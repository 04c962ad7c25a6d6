// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demodesk.h"

#include "demo/demoprofile.h"
#include "services/accountservice.h"
#include "storage/profile.h"

using namespace Qt::StringLiterals;

namespace sportello::demo::detail {

DemoDesk::DemoDesk(storage::Profile &profile, const Clock &clock)
    : m_realNow(clock.now())
    , m_clock(m_realNow)
    , m_services(profile.database(), m_clock)
{ }

Status DemoDesk::logIn()
{
    m_clock.set(m_realNow);
    services::AccountService &accounts = m_services.accounts();
    security::Actor *actors[] = {&m_coordinator, &m_volunteer, &m_facilitator};
    static_assert(std::size(kDemoAccounts) == std::size(actors));
    // Each account logs in with its public password; the vault stays unlocked with the same key.
    for (size_t i = 0; i < std::size(actors); ++i) {
        const DemoAccount &account = kDemoAccounts[i];
        auto actor = accounts.login(QString::fromUtf8(account.username),
                                    QString::fromUtf8(account.password));
        if (!actor)
            return actor.error();
        *actors[i] = *actor;
    }
    return {};
}

QDateTime DemoDesk::workdayAt(int daysAgo, int hour, int minute) const
{
    QDate day = today().addDays(-daysAgo);
    if (day.dayOfWeek() > 5)
        day = day.addDays(5 - day.dayOfWeek());
    QDateTime at = m_realNow;
    at.setDate(day);
    at.setTime(QTime(hour, minute));
    return at;
}

} // namespace sportello::demo::detail
