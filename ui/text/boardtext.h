// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/board.h"
#include "board/boardmatch.h"
#include "board/matching.h"

#include <QCoreApplication>
#include <QString>

namespace sportello::text {

// Translated words for the Bacheca's codes (issue 16) and the sentence that explains a
// suggestion ("same neighbourhood, Tuesday 10–12"), for the desk app and the hub's pages alike.
// A code it does not know comes back as it is. Qt Core only.
class BoardText final
{
    Q_DECLARE_TR_FUNCTIONS(BoardText)

public:
    [[nodiscard]] static QString categoryLabel(board::Category category);
    [[nodiscard]] static QString postKindLabel(board::PostKind kind);
    [[nodiscard]] static QString forWhomLabel(board::ForWhom who);
    [[nodiscard]] static QString postStateLabel(board::PostState state);
    [[nodiscard]] static QString matchStateLabel(board::MatchState state);
    // RIFIUTATA, NON_PIU_NECESSARIO, NON_DISPONIBILE, IMPREVISTO, ALTRO.
    [[nodiscard]] static QString cancelReasonLabel(const QString &code);
    // SVOLTO, PARZIALE, NON_SVOLTO.
    [[nodiscard]] static QString feedbackOutcomeLabel(const QString &code);
    [[nodiscard]] static QString nearnessLabel(board::Nearness nearness);
    // 1 = Monday … 7 = Sunday.
    [[nodiscard]] static QString weekdayName(int weekday);
    // Why a post was suggested: where, and the first time both can meet.
    [[nodiscard]] static QString explanation(const board::Suggestion &suggestion);
};

} // namespace sportello::text
