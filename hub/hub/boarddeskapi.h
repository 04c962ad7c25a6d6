// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/deskboard.h"
#include "hub/boardstore.h"
#include "hub/http.h"
#include "hub/store.h"
#include "support/clock.h"

// The board's paths for desks (issue 16, point 7), behind the desk's token like the others:
// GET /v1/board, what the desk reads of the board (the accounts waiting for their credentials,
// its own posts with their suggestions and matches), and POST /v1/board/actions, what the desk
// queued while it could not reach the hub, each action applied once whatever the retries. A
// desk posts under a board account of its own (made on first use, no password: nobody logs in
// with it), named after the desk, and sees only its own posts and their matches.
namespace sportello::hub {

class BoardDeskApi final
{
public:
    BoardDeskApi(BoardStore &store, const Clock &clock, board::Geography geography = {});

    static constexpr int kMaxPosts = 200;
    static constexpr int kSuggestions = 5;

    [[nodiscard]] Reply view(const Desk &desk);
    [[nodiscard]] Reply actions(const Desk &desk, const Request &request);

    // The result of one action: applied, duplicate (applied before, or already so), invalid.
    struct Outcome
    {
        QString status;
        QString field;
        QString detail;
    };

private:
    [[nodiscard]] Outcome apply(const Desk &desk, const QString &account,
                                const board::DeskAction &action, const QDateTime &now);
    [[nodiscard]] Outcome createPost(const QString &account, const board::DeskAction &action,
                                     const QDateTime &now);
    [[nodiscard]] Outcome propose(const QString &account, const board::DeskAction &action,
                                  const QDateTime &now);
    [[nodiscard]] Outcome moveMatch(const QString &account, const board::DeskAction &action,
                                    const QDateTime &now);
    [[nodiscard]] Outcome activate(const Desk &desk, const board::DeskAction &action,
                                   const QDateTime &now);

    BoardStore &m_store;
    const Clock &m_clock;
    board::Geography m_geography;
};

} // namespace sportello::hub
