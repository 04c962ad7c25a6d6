// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/referralstate.h"
#include "testhelpers.h"

#include <QSet>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::referrals;

namespace {
// The arrows of taxonomy.md (d), written out independently of the implementation.
const QSet<QString> kLegal {
    u"BOZZA>INVIATA"_s,
    u"BOZZA>ANNULLATA"_s,
    u"INVIATA>RICEVUTA"_s,
    u"INVIATA>RESPINTA_INCOMPLETA"_s,
    u"RESPINTA_INCOMPLETA>BOZZA"_s,
    u"RICEVUTA>IN_VALUTAZIONE"_s,
    u"IN_VALUTAZIONE>PRESA_IN_CARICO"_s,
    u"IN_VALUTAZIONE>NON_PRESA_IN_CARICO"_s,
    u"IN_VALUTAZIONE>REINDIRIZZATA"_s,
    u"PRESA_IN_CARICO>CHIUSA"_s,
    u"NON_PRESA_IN_CARICO>CHIUSA"_s,
    u"REINDIRIZZATA>CHIUSA"_s,
};

// The details each target needs, so that only the state decides legality.
Transition to(State state)
{
    Transition t;
    t.to = state;
    if (state == State::NonPresaInCarico)
        t.reason = u"NON_REQUISITI"_s;
    if (state == State::Chiusa)
        t.finalOutcome = u"RISOLTA"_s;
    if (state == State::Reindirizzata)
        t.newDestination = u"CAF"_s;
    return t;
}
} // namespace

TEST_CASE("every legal and illegal move of the referral state machine", "[referrals][state]")
{
    REQUIRE(allStates().size() == 10);
    int legal = 0;
    for (State from : allStates()) {
        for (State target : allStates()) {
            const QString move = stateCode(from) + u'>' + stateCode(target);
            INFO(move.toStdString());
            const bool expected = kLegal.contains(move);
            CHECK(canMove(from, target) == expected);
            auto checked = checkTransition(from, to(target));
            CHECK(checked.ok() == expected);
            if (!expected) {
                CHECK(checked.error().code == ErrorCode::InvalidArgument);
                CHECK(checked.error().args == QStringList {u"state"_s, move});
            }
            legal += expected ? 1 : 0;
        }
    }
    CHECK(legal == kLegal.size());
    CHECK(isFinal(State::Chiusa));
    CHECK(isFinal(State::Annullata));
    CHECK_FALSE(isFinal(State::RespintaIncompleta));
}

TEST_CASE("declines need a reason, closing an outcome, redirection a destination",
          "[referrals][state]")
{
    Transition declined {State::NonPresaInCarico, {}, {}, {}};
    CHECK(checkTransition(State::InValutazione, declined).error().args.value(0) == u"reason");
    declined.reason = u"NON_PIACE"_s;
    CHECK_FALSE(checkTransition(State::InValutazione, declined).ok());
    for (const QString &reason : declineReasons()) {
        declined.reason = reason;
        CHECK(checkTransition(State::InValutazione, declined).ok());
    }
    // A reason belongs only to a decline.
    CHECK(checkTransition(State::InValutazione, {State::PresaInCarico, u"RIFIUTO"_s, {}, {}})
              .error()
              .args.value(0)
          == u"reason");

    Transition closing {State::Chiusa, {}, {}, {}};
    CHECK(checkTransition(State::PresaInCarico, closing).error().args.value(0) == u"final_outcome");
    for (const QString &outcome : finalOutcomes()) {
        closing.finalOutcome = outcome;
        CHECK(checkTransition(State::PresaInCarico, closing).ok());
    }
    CHECK_FALSE(checkTransition(State::Bozza, {State::Inviata, {}, u"RISOLTA"_s, {}}).ok());

    CHECK(checkTransition(State::InValutazione, {State::Reindirizzata, {}, {}, {}})
              .error()
              .args.value(0)
          == u"destination");
    CHECK(
        checkTransition(State::InValutazione, {State::Reindirizzata, {}, {}, u"PATRONATO"_s}).ok());
}

TEST_CASE("state codes read back", "[referrals][state]")
{
    for (State state : allStates()) {
        State read = State::Chiusa;
        REQUIRE(stateFromCode(stateCode(state), &read));
        CHECK(read == state);
    }
    State unchanged = State::Bozza;
    CHECK_FALSE(stateFromCode(u"PERSA"_s, &unchanged));
    CHECK(unchanged == State::Bozza);
}

TEST_CASE("sending, cancelling and returning take optional reason codes of their own",
          "[referrals][state]")
{
    for (const QString &channel : reasonsFor(State::Inviata))
        CHECK(checkTransition(State::Bozza, {State::Inviata, channel, {}, {}}).ok());
    CHECK(reasonsFor(State::Inviata).contains(u"PEC"_s));
    CHECK_FALSE(checkTransition(State::Bozza, {State::Inviata, u"NON_REQUISITI"_s, {}, {}}).ok());
    CHECK(checkTransition(State::Bozza, {State::Annullata, u"CONSENSO_REVOCATO"_s, {}, {}}).ok());
    CHECK(checkTransition(State::Bozza, {State::Annullata, {}, {}, {}}).ok());
    CHECK(checkTransition(State::Inviata, {State::RespintaIncompleta, u"DOC_MANCANTI"_s, {}, {}})
              .ok());
    CHECK(reasonRequired(State::NonPresaInCarico));
    CHECK_FALSE(reasonRequired(State::Annullata));
    CHECK(reasonsFor(State::Ricevuta).isEmpty());
    CHECK(awaitsFeedback(State::Inviata));
    CHECK_FALSE(awaitsFeedback(State::PresaInCarico));
    CHECK_FALSE(awaitsFeedback(State::Annullata));
}

TEST_CASE("a destination's answer reaches its state through the neutral states only",
          "[referrals][network]")
{
    using L = QList<State>;
    // Received and assessed on the way: the destination said so by answering.
    CHECK(answerPath(State::Inviata, State::Ricevuta) == L {State::Ricevuta});
    CHECK(answerPath(State::Inviata, State::PresaInCarico)
          == L {State::Ricevuta, State::InValutazione, State::PresaInCarico});
    CHECK(answerPath(State::Inviata, State::NonPresaInCarico)
          == L {State::Ricevuta, State::InValutazione, State::NonPresaInCarico});
    CHECK(answerPath(State::Ricevuta, State::PresaInCarico)
          == L {State::InValutazione, State::PresaInCarico});
    CHECK(answerPath(State::Inviata, State::RespintaIncompleta) == L {State::RespintaIncompleta});
    CHECK(answerPath(State::PresaInCarico, State::Chiusa) == L {State::Chiusa});
    // A closure of a referral nobody took on here would invent a decision: not applied.
    CHECK(answerPath(State::Inviata, State::Chiusa).isEmpty());
    CHECK(answerPath(State::InValutazione, State::Chiusa).isEmpty());
    // Already there, never sent, or over.
    CHECK(answerPath(State::PresaInCarico, State::PresaInCarico).isEmpty());
    CHECK(answerPath(State::Bozza, State::Ricevuta).isEmpty());
    CHECK(answerPath(State::Annullata, State::PresaInCarico).isEmpty());
    CHECK(answerPath(State::Chiusa, State::Chiusa).isEmpty());
    // Every path is a walk of legal moves.
    for (const State from : allStates()) {
        for (const State to : allStates()) {
            State at = from;
            for (const State step : answerPath(from, to)) {
                CHECK(canMove(at, step));
                at = step;
            }
        }
    }
}
