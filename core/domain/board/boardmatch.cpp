// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardmatch.h"

#include "support/codetable.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace sportello::board {

namespace {

constexpr std::array<std::pair<MatchState, const char *>, 5> kStates {{
    {MatchState::Proposta, "PROPOSTA"},
    {MatchState::Accettata, "ACCETTATA"},
    {MatchState::InCorso, "IN_CORSO"},
    {MatchState::Conclusa, "CONCLUSA"},
    {MatchState::Annullata, "ANNULLATA"},
}};

Error notAllowed(const Match &match, const QString &move)
{
    return makeError(ErrorCode::InvalidArgument,
                     u"match %1 cannot %2"_s.arg(matchStateCode(match.state), move),
                     {u"match.move"_s, matchStateCode(match.state), move});
}

} // namespace

QString matchStateCode(MatchState state)
{
    return codes::codeOf(kStates, state);
}

bool matchStateFromCode(const QString &code, MatchState *state)
{
    return codes::valueOf(kStates, code, state);
}

bool isFinal(MatchState state)
{
    return state == MatchState::Conclusa || state == MatchState::Annullata;
}

const QStringList &cancelReasons()
{
    static const QStringList reasons {u"RIFIUTATA"_s, u"NON_PIU_NECESSARIO"_s, u"NON_DISPONIBILE"_s,
                                      u"IMPREVISTO"_s, u"ALTRO"_s};
    return reasons;
}

const QStringList &feedbackOutcomes()
{
    static const QStringList outcomes {u"SVOLTO"_s, u"PARZIALE"_s, u"NON_SVOLTO"_s};
    return outcomes;
}

bool Match::contactsDisclosed() const
{
    return state == MatchState::Accettata || state == MatchState::InCorso
        || state == MatchState::Conclusa;
}

Result<Match> accept(Match match, Side side)
{
    if (match.state != MatchState::Proposta)
        return notAllowed(match, u"accept"_s);
    (side == Side::Offer ? match.offerAccepted : match.requestAccepted) = true;
    if (match.offerAccepted && match.requestAccepted)
        match.state = MatchState::Accettata;
    return match;
}

Result<Match> start(Match match)
{
    if (match.state != MatchState::Accettata)
        return notAllowed(match, u"start"_s);
    match.state = MatchState::InCorso;
    return match;
}

Result<Match> conclude(Match match)
{
    if (match.state != MatchState::InCorso)
        return notAllowed(match, u"conclude"_s);
    match.state = MatchState::Conclusa;
    return match;
}

Result<Match> cancel(Match match, Side side, const QString &reason)
{
    if (isFinal(match.state))
        return notAllowed(match, u"cancel"_s);
    if (!cancelReasons().contains(reason))
        return makeError(ErrorCode::InvalidArgument, u"cancel reason"_s,
                         {u"match.reason"_s, reason});
    // Declining is for a proposal: once both accepted, a side cancels for another reason.
    if (reason == u"RIFIUTATA" && match.state != MatchState::Proposta)
        return makeError(ErrorCode::InvalidArgument, u"declined after accepting"_s,
                         {u"match.reason"_s, reason});
    match.state = MatchState::Annullata;
    match.cancelReason = reason;
    match.cancelledBy = side;
    return match;
}

Result<Match> leaveFeedback(Match match, Side side, const Feedback &feedback)
{
    if (match.state != MatchState::Conclusa)
        return notAllowed(match, u"feedback"_s);
    std::optional<Feedback> &slot
        = side == Side::Offer ? match.offerFeedback : match.requestFeedback;
    if (slot)
        return notAllowed(match, u"feedback"_s);
    if (!feedbackOutcomes().contains(feedback.outcome))
        return makeError(ErrorCode::InvalidArgument, u"feedback outcome"_s,
                         {u"match.feedback"_s, feedback.outcome});
    if (feedback.comment.size() > kMaxFeedbackLength)
        return makeError(ErrorCode::InvalidArgument, u"feedback too long"_s,
                         {u"match.feedback"_s, u"TOO_LONG"_s});
    slot = feedback;
    return match;
}

} // namespace sportello::board
