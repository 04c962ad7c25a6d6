// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QList>
#include <QString>

namespace sportello::referrals {

// The life of a referral, exactly as shared/reference/taxonomy.md (d) draws it:
//
//   BOZZA ─► INVIATA ─► RICEVUTA ─► IN_VALUTAZIONE ─┬─► PRESA_IN_CARICO ─► CHIUSA
//     │          │                                  ├─► NON_PRESA_IN_CARICO ─► CHIUSA
//     │          │                                  └─► REINDIRIZZATA ─► CHIUSA
//     │          └─► RESPINTA_INCOMPLETA ─► BOZZA
//     └─► ANNULLATA
enum class State {
    Bozza,
    Inviata,
    Ricevuta,
    InValutazione,
    PresaInCarico,
    NonPresaInCarico,
    Reindirizzata,
    RespintaIncompleta,
    Chiusa,
    Annullata,
};

[[nodiscard]] QString stateCode(State state);
[[nodiscard]] bool stateFromCode(const QString &code, State *state);
[[nodiscard]] const QList<State> &allStates();

// The states a referral may move to from `from` (none from CHIUSA and ANNULLATA).
[[nodiscard]] QList<State> nextStates(State from);
[[nodiscard]] bool canMove(State from, State to);
// The moves that bring a referral from `from` to a destination's answer `to`, passing only
// through the states that decide nothing (RICEVUTA, IN_VALUTAZIONE): a destination that
// answers "presa in carico" to a referral still INVIATA here has received and assessed it.
// Empty when `to` cannot be reached so (already there, a final state, or a decision in between).
[[nodiscard]] QList<State> answerPath(State from, State to);
[[nodiscard]] bool isFinal(State state);

// Why a destination did not take the person on (taxonomy.md d).
[[nodiscard]] const QStringList &declineReasons(); // NON_REQUISITI, NON_COMPETENZA, …
// Where a referral goes (dest_tipo of taxonomy.md d): SS_COMUNE, SS_SEGR, … ALTRO.
[[nodiscard]] const QStringList &destinationTypes();
// How urgent it is: ORD, PRIOR, URG (same day; the social-emergency service is suggested).
[[nodiscard]] const QStringList &urgencies();
// How a closed referral ended.
[[nodiscard]] const QStringList &finalOutcomes(); // RISOLTA, PARZ, NON_RISOLTA, SCONOSCIUTO

// The reason codes a move to `to` may carry: the decline reasons for NON_PRESA_IN_CARICO
// (required), the sending channel for INVIATA (PEC, EMAIL, PORTALE, TELEFONO, PERSONA), why the
// desk cancelled for ANNULLATA, what was missing for RESPINTA_INCOMPLETA; none for the others.
[[nodiscard]] QStringList reasonsFor(State to);
[[nodiscard]] bool reasonRequired(State to);
// Sent or drafted and still waiting for the destination's answer: the states the follow-up
// queue chases once the expected feedback date has come.
[[nodiscard]] bool awaitsFeedback(State state);

// What a move carries besides the new state.
struct Transition
{
    State to = State::Bozza;
    QString reason; // a reasonsFor(to) code; required for NON_PRESA_IN_CARICO
    QString finalOutcome; // a finalOutcomes() code, required for CHIUSA
    QString newDestination; // the destination type, required for REINDIRIZZATA
};

// Checks a move: InvalidArgument with args {"state", "FROM>TO"} for a move the diagram does
// not have, {"reason", code}, {"final_outcome", code} or {"destination", code} for a missing
// or unknown detail, and for details given where they do not belong.
[[nodiscard]] Status checkTransition(State from, const Transition &transition);

} // namespace sportello::referrals
