// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/referralstate.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sportello::referrals {

namespace {

struct StateInfo
{
    State state;
    const char *code;
};

constexpr StateInfo kStates[] = {
    {State::Bozza, "BOZZA"},
    {State::Inviata, "INVIATA"},
    {State::Ricevuta, "RICEVUTA"},
    {State::InValutazione, "IN_VALUTAZIONE"},
    {State::PresaInCarico, "PRESA_IN_CARICO"},
    {State::NonPresaInCarico, "NON_PRESA_IN_CARICO"},
    {State::Reindirizzata, "REINDIRIZZATA"},
    {State::RespintaIncompleta, "RESPINTA_INCOMPLETA"},
    {State::Chiusa, "CHIUSA"},
    {State::Annullata, "ANNULLATA"},
};

Error invalid(const QString &field, const QString &code)
{
    return makeError(ErrorCode::InvalidArgument, u"referral %1: %2"_s.arg(field, code),
                     {field, code});
}

} // namespace

QString stateCode(State state)
{
    for (const StateInfo &info : kStates) {
        if (info.state == state)
            return QString::fromLatin1(info.code);
    }
    return {};
}

bool stateFromCode(const QString &code, State *state)
{
    for (const StateInfo &info : kStates) {
        if (code == QLatin1StringView(info.code)) {
            *state = info.state;
            return true;
        }
    }
    return false;
}

const QList<State> &allStates()
{
    static const QList<State> states = [] {
        QList<State> list;
        for (const StateInfo &info : kStates)
            list.append(info.state);
        return list;
    }();
    return states;
}

QList<State> nextStates(State from)
{
    switch (from) {
    case State::Bozza:
        return {State::Inviata, State::Annullata};
    case State::Inviata:
        return {State::Ricevuta, State::RespintaIncompleta};
    case State::Ricevuta:
        return {State::InValutazione};
    case State::InValutazione:
        return {State::PresaInCarico, State::NonPresaInCarico, State::Reindirizzata};
    case State::PresaInCarico:
    case State::NonPresaInCarico:
    case State::Reindirizzata:
        return {State::Chiusa};
    case State::RespintaIncompleta:
        return {State::Bozza};
    case State::Chiusa:
    case State::Annullata:
        return {};
    }
    return {};
}

bool canMove(State from, State to)
{
    return nextStates(from).contains(to);
}

QList<State> answerPath(State from, State to)
{
    QList<State> path;
    State at = from;
    // At most the two neutral states, then the answer itself.
    for (int step = 0; step < 3; ++step) {
        if (canMove(at, to)) {
            path.append(to);
            return path;
        }
        const State next = at == State::Inviata ? State::Ricevuta
            : at == State::Ricevuta             ? State::InValutazione
                                                : at;
        if (next == at || !canMove(at, next))
            return {};
        path.append(next);
        at = next;
    }
    return {};
}

bool isFinal(State state)
{
    return nextStates(state).isEmpty();
}

const QStringList &declineReasons()
{
    static const QStringList reasons {u"NON_REQUISITI"_s, u"NON_COMPETENZA"_s, u"GIA_IN_CARICO"_s,
                                      u"RIFIUTO"_s, u"IRREPERIBILE"_s};
    return reasons;
}

const QStringList &destinationTypes()
{
    static const QStringList types {
        u"SS_COMUNE"_s, u"SS_SEGR"_s, u"SS_MINORI"_s, u"PIS"_s,    u"PUA"_s,       u"ASST_SPEC"_s,
        u"MMG"_s,       u"CPI"_s,     u"INPS"_s,      u"CAF"_s,    u"PATRONATO"_s, u"CASA"_s,
        u"CAV"_s,       u"CDA"_s,     u"ETS"_s,       u"LEGALE"_s, u"FACDIG"_s,    u"ALTRO"_s};
    return types;
}

const QStringList &urgencies()
{
    static const QStringList codes {u"ORD"_s, u"PRIOR"_s, u"URG"_s};
    return codes;
}

const QStringList &finalOutcomes()
{
    static const QStringList outcomes {u"RISOLTA"_s, u"PARZ"_s, u"NON_RISOLTA"_s, u"SCONOSCIUTO"_s};
    return outcomes;
}

QStringList reasonsFor(State to)
{
    switch (to) {
    case State::NonPresaInCarico:
        return declineReasons();
    case State::Inviata:
        return {u"PEC"_s, u"EMAIL"_s, u"PORTALE"_s, u"TELEFONO"_s, u"PERSONA"_s};
    case State::Annullata:
        return {u"CONSENSO_REVOCATO"_s, u"RISOLTO"_s, u"NON_NECESSARIA"_s, u"ERRORE"_s};
    case State::RespintaIncompleta:
        return {u"DOC_MANCANTI"_s, u"DATI_MANCANTI"_s};
    default:
        return {};
    }
}

bool reasonRequired(State to)
{
    return to == State::NonPresaInCarico;
}

bool awaitsFeedback(State state)
{
    switch (state) {
    case State::Bozza:
    case State::Inviata:
    case State::Ricevuta:
    case State::InValutazione:
    case State::RespintaIncompleta:
        return true;
    default:
        return false;
    }
}

Status checkTransition(State from, const Transition &t)
{
    if (!canMove(from, t.to))
        return invalid(u"state"_s, stateCode(from) + u'>' + stateCode(t.to));
    if (t.reason.isEmpty() ? reasonRequired(t.to) : !reasonsFor(t.to).contains(t.reason))
        return invalid(u"reason"_s, t.reason);
    const bool closing = t.to == State::Chiusa;
    if (closing != !t.finalOutcome.isEmpty()
        || (closing && !finalOutcomes().contains(t.finalOutcome)))
        return invalid(u"final_outcome"_s, t.finalOutcome);
    const bool redirected = t.to == State::Reindirizzata;
    if (redirected != !t.newDestination.trimmed().isEmpty())
        return invalid(u"destination"_s, t.newDestination);
    return {};
}

} // namespace sportello::referrals
