// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sportello::board {

// A match links one offer and one request (issue 16, point 1):
//
//   PROPOSTA ─(both sides accept)─► ACCETTATA ─► IN_CORSO ─► CONCLUSA (feedback from each side)
//      └──────────────┴──────────────────┴─► ANNULLATA (a reason; declining a proposal is one)
enum class MatchState { Proposta, Accettata, InCorso, Conclusa, Annullata };

[[nodiscard]] QString matchStateCode(MatchState state);
[[nodiscard]] bool matchStateFromCode(const QString &code, MatchState *state);
[[nodiscard]] bool isFinal(MatchState state);

// The two parties of a match.
enum class Side { Offer, Request };

// Why a match ended without being carried out.
[[nodiscard]] const QStringList &cancelReasons(); // RIFIUTATA, NON_PIU_NECESSARIO, …

// How it went, in a word and a line, from one side, once it is over.
struct Feedback
{
    QString outcome; // SVOLTO, PARZIALE, NON_SVOLTO
    QString comment; // at most kMaxFeedbackLength characters
    friend bool operator==(const Feedback &, const Feedback &) = default;
};
[[nodiscard]] const QStringList &feedbackOutcomes();
inline constexpr int kMaxFeedbackLength = 280;

struct Match
{
    QString id; // the hub's (a uuid)
    QString offerId;
    QString requestId;
    MatchState state = MatchState::Proposta;
    bool offerAccepted = false;
    bool requestAccepted = false;
    QString cancelReason;
    std::optional<Side> cancelledBy;
    std::optional<Feedback> offerFeedback;
    std::optional<Feedback> requestFeedback;

    // Contacts are shown to the other party only once both accepted (issue 16, point 3).
    [[nodiscard]] bool contactsDisclosed() const;
};

// The moves, as pure functions: the match as it is after the move, or InvalidArgument
// ("match.move", the state's code, the move) when the move is not allowed from its state, or
// ("match.reason" / "match.feedback", …) when what comes with it is not acceptable.
[[nodiscard]] Result<Match> accept(Match match, Side side);
[[nodiscard]] Result<Match> start(Match match);
[[nodiscard]] Result<Match> conclude(Match match);
[[nodiscard]] Result<Match> cancel(Match match, Side side, const QString &reason);
[[nodiscard]] Result<Match> leaveFeedback(Match match, Side side, const Feedback &feedback);

} // namespace sportello::board
