// SPDX-License-Identifier: GPL-3.0-or-later
// Every referral code has its own translated label.
#include "referrals/referralstate.h"
#include "support/error.h"
#include "support/uuid.h"
#include "testhelpers.h"
#include "text/errortext.h"
#include "text/referraltext.h"

#include <QSet>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using sportello::text::ReferralText;

namespace {
// Each code gets a label of its own, never the bare code.
template<typename Label>
void checkLabels(const QStringList &codes, Label label)
{
    QSet<QString> seen;
    for (const QString &code : codes) {
        INFO(code.toStdString());
        const QString text = label(code);
        CHECK_FALSE(text.isEmpty());
        CHECK(text != code);
        CHECK_FALSE(seen.contains(text));
        seen.insert(text);
    }
}
} // namespace

TEST_CASE("every referral code has a label", "[referrals][text]")
{
    checkLabels(referrals::destinationTypes(), &ReferralText::destinationLabel);
    checkLabels(referrals::urgencies(), &ReferralText::urgencyLabel);
    checkLabels(referrals::finalOutcomes(), &ReferralText::finalOutcomeLabel);
    QStringList reasons;
    for (const referrals::State state : referrals::allStates()) {
        for (const QString &reason : referrals::reasonsFor(state)) {
            if (!reasons.contains(reason))
                reasons.append(reason);
        }
    }
    CHECK(reasons.size() >= 16);
    checkLabels(reasons, &ReferralText::reasonLabel);
    QStringList states;
    for (const referrals::State state : referrals::allStates())
        states.append(referrals::stateCode(state));
    checkLabels(states, [](const QString &code) {
        referrals::State state = referrals::State::Bozza;
        REQUIRE(referrals::stateFromCode(code, &state));
        return ReferralText::stateLabel(state);
    });
    CHECK(ReferralText::kindLabel(referrals::Kind::Sent)
          != ReferralText::kindLabel(referrals::Kind::Logged));
    CHECK_FALSE(ReferralText::kindDescription(referrals::Kind::Logged).isEmpty());

    // A redirection stores the new destination as its reason.
    CHECK(ReferralText::reasonLabel(u"CAF"_s) == ReferralText::destinationLabel(u"CAF"_s));
    // An unknown stored value stays visible.
    CHECK(ReferralText::destinationLabel(u"NUOVO"_s) == u"NUOVO"_s);
    CHECK(ReferralText::reasonLabel(u"NUOVO"_s) == u"NUOVO"_s);
}

TEST_CASE("the referral code is eight random hex digits of the uid", "[referrals][text]")
{
    // A random (version 4) uid, as the first referrals had: its first eight, as on their letters.
    CHECK(ReferralText::referralCode(u"3f2a9c01-5b6d-4e7f-8a9b-0c1d2e3f4a5b"_s) == u"3F2A9C01"_s);
    // A time-ordered (version 7) uid starts with the time: its random end makes the code.
    CHECK(ReferralText::referralCode(u"01a24cb0-1c2d-7e3f-8a9b-0c1d2e3f4a5b"_s) == u"2E3F4A5B"_s);
    CHECK(ReferralText::referralCode(u"{ab-cd}"_s) == u"ABCD"_s);
    CHECK(ReferralText::referralCode(QString()).isEmpty());
    // Referrals made in the same minute (the demo's, a busy morning) get different codes.
    QSet<QString> codes;
    for (int i = 0; i < 200; ++i)
        codes.insert(ReferralText::referralCode(newTimeOrderedUuid()));
    CHECK(codes.size() == 200);
}

TEST_CASE("the referral service's refusals read as sentences", "[referrals][text]")
{
    const auto message = [](const QString &field, const QString &value) {
        return text::ErrorText::message(
            makeError(ErrorCode::InvalidArgument, u"t"_s, {field, value}));
    };
    const QString generic = message(u"no_such_field"_s, QString());
    for (const QString &field : {u"destination"_s, u"urgency"_s, u"needs"_s, u"person"_s, u"kind"_s,
                                 u"state"_s, u"reason"_s, u"final_outcome"_s}) {
        INFO(field.toStdString());
        CHECK(message(field, u"X"_s) != generic);
    }
}
