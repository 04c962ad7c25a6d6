// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/boardstore.h"

namespace sportello::hub {

// The board's retention (issue 16, point 3; docs/board.md): an account unused for 23 months
// gets its notice — the moderators' page lists it with its contact, for an operator to tell
// the person, since the hub sends no mail — and one unused for 24 months, noticed at least 30
// days before, is deleted with everything it holds. A login withdraws the notice.
struct RetentionRun
{
    int noticed = 0;
    int removed = 0;
};

inline constexpr int kNoticeAfterMonths = 23;
inline constexpr int kDeleteAfterMonths = 24;
inline constexpr int kNoticeDays = 30;

// Runs both steps at `now`, each noted in the board's audit trail as the hub's.
[[nodiscard]] Result<RetentionRun> runBoardRetention(BoardStore &store, const QDateTime &now);

} // namespace sportello::hub
