// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/board.h"
#include "board/boardmatch.h"
#include "board/matching.h"
#include "support/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sportello::hub {

namespace detail {
class Backend;
}

// The board's posts and matches, in the hub's board tables (migration 0004). The moves of a
// match are the domain's pure functions (board/boardmatch.h); this keeps what they return.
// Whose a post or a match is, is the caller's check (every page asks for its own account's).
class BoardPosts final
{
public:
    explicit BoardPosts(detail::Backend &backend);

    // A new post, with a new id unless it comes with one (a desk's, made offline).
    // InvalidArgument ("board.<field>", problem) when
    // board::validatePost finds a problem on `now`'s date.
    [[nodiscard]] Result<board::Post> add(board::Post post, const QDateTime &now);
    [[nodiscard]] Result<board::Post> post(const QString &id);
    [[nodiscard]] Result<QList<board::Post>> postsOf(const QString &accountId);
    [[nodiscard]] Status setState(const QString &id, board::PostState state, const QDateTime &now);
    // Takes a post's own contact off (a desk's post for a person who is erased).
    [[nodiscard]] Status clearContact(const QString &id, const QDateTime &now);
    // The open posts of a category and kind, in `comuni` (every comune when empty), each with
    // its matches under way: what board::suggest() ranks.
    [[nodiscard]] Result<QList<board::Candidate>>
    candidates(board::Category category, board::PostKind kind, const QStringList &comuni = {});
    // Matches under way (proposed, accepted, in progress) of a post.
    [[nodiscard]] Result<int> activeMatches(const QString &postId);

    // A proposal between an offer and a request of the same category; InvalidArgument
    // ("board.match", …) otherwise, or when the two already have a match.
    [[nodiscard]] Result<board::Match> propose(const QString &offerId, const QString &requestId,
                                               const QDateTime &now);
    [[nodiscard]] Result<board::Match> match(const QString &id);
    // Keeps a match as a move left it.
    [[nodiscard]] Status save(const board::Match &match, const QDateTime &now);
    // The matches of an account's posts, newest first.
    [[nodiscard]] Result<QList<board::Match>> matchesOf(const QString &accountId);

private:
    detail::Backend &m_backend;
};

} // namespace sportello::hub
