// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to syntheticdesk.cpp: the referrals of synthetic people.
#pragma once

#include "demo/syntheticrandom.h"
#include "demo/syntheticsituations.h"
#include "security/permissions.h"
#include "support/result.h"

#include <QDateTime>
#include <QStringList>

namespace sportello::demo::detail {

class DemoDesk;

// Gives about one synthetic person in seven a referral from their first session: a destination
// plausible for the session's situation, written through ReferralService and walked through
// legal moves as far as the time since then allows (older referrals are settled, recent ones
// still open). Its draws come from a stream of their own, so the people's sessions stay those
// the seed always gave.
class SyntheticReferrals final
{
public:
    SyntheticReferrals(DemoDesk &desk, quint64 seed);

    // Where a referral goes, and the session outcome that records it.
    struct Plan
    {
        QString destination; // dest_tipo
        QString
            outcome; // SEGNAL_SS for Social Services and the emergency service, else INVIO_ALTRO
        QStringList alternatives; // other destinations for the situation, for a redirection
    };

    // Whether the next person gets a referral: one draw per person.
    [[nodiscard]] bool drawPerson();
    // The referral of a session in `situation`.
    [[nodiscard]] Plan plan(SituationIndex situation);
    // Writes the referral of session `sessionId` (which ended at `at`) for `personId`, who has
    // the consent to send it, and walks it.
    [[nodiscard]] Status add(const security::Actor &by, qint64 personId, qint64 sessionId,
                             const QDateTime &at, const QStringList &needs, const Plan &plan);

    [[nodiscard]] int count() const { return m_count; }

private:
    DemoDesk &m_desk;
    Random m_random;
    int m_count = 0;
};

} // namespace sportello::demo::detail
