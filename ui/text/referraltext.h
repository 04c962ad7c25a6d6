// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/referral.h"
#include "referrals/referralstate.h"

#include <QCoreApplication>
#include <QString>

namespace sportello::text {

// Translated words for the codes of referrals (shared/reference/taxonomy.md d): destination
// types, states, urgencies, the reason codes of every move, final outcomes and kinds. Each
// function returns the code itself for a code it does not know, so an unexpected stored value
// stays visible. Qt Core only.
class ReferralText final
{
    Q_DECLARE_TR_FUNCTIONS(ReferralText)

public:
    // "Social services of the Comune (case take-over)" for SS_COMUNE; every code of
    // referrals::destinationTypes().
    [[nodiscard]] static QString destinationLabel(const QString &code);
    [[nodiscard]] static QString stateLabel(referrals::State state);
    // ORD, PRIOR, URG.
    [[nodiscard]] static QString urgencyLabel(const QString &code);
    // Every code of referrals::reasonsFor(state), for any state. A destination code (the
    // reason a redirection is stored with) gets its destination label.
    [[nodiscard]] static QString reasonLabel(const QString &code);
    // RISOLTA, PARZ, NON_RISOLTA, SCONOSCIUTO.
    [[nodiscard]] static QString finalOutcomeLabel(const QString &code);
    // A short name for lists: "Sent referral", "Logged only".
    [[nodiscard]] static QString kindLabel(referrals::Kind kind);
    // One sentence saying what the kind means, for hints and tooltips.
    [[nodiscard]] static QString kindDescription(referrals::Kind kind);
    // The short code printed on the handout and the letter, upper case ("3F2A9C01"): 8 random
    // hex digits of the referral's uid — the last 8 of a time-ordered (version 7) uid, whose
    // first ones are the creation time and would be the same for every referral of the same
    // minute; the first 8 of any other uid (the referrals made before, whose letters carry it).
    [[nodiscard]] static QString referralCode(const QString &uid);
    // The sentence for an InvalidArgument error of the referral service (args: field, value);
    // empty for fields it does not know.
    [[nodiscard]] static QString invalidField(const QString &field, const QString &value);
};

} // namespace sportello::text
