// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/deskboard.h"
#include "security/permissions.h"
#include "support/result.h"

#include <memory>

namespace sportello::services {

class Authorizer;
struct ServiceContext;

// The neighbourhood board at the counter (issue 16, point 7): the operator enters a request or
// an offer for the person in front of them, who gave the BACHECA consent, with the desk as the
// contact unless the person asks for their own; proposes a suggested post; answers and moves a
// match; issues the credentials of an account registered on the web after checking who the
// person is. Each act is queued (board_queue) in the transaction of its audit entry and handed
// to the hub by the sync engine, so it works offline like the rest of the desk.
class BoardService final
{
public:
    explicit BoardService(const ServiceContext &context);
    ~BoardService();
    Q_DISABLE_COPY_MOVE(BoardService)

    // A new post for `personId`, whose id it returns. PermissionDenied; ConsentMissing without
    // the BACHECA consent in force; InvalidArgument ("board.<field>", problem) when the post
    // cannot be posted today (board::validatePost). `post.id`, its contact and state are set
    // here: the desk's name and contacts, or the person's own name and phone with
    // `showOwnContact` (InvalidArgument ("board.contact", MISSING) when the person has no phone).
    [[nodiscard]] Result<QString> enterPost(const security::Actor &actor, qint64 personId,
                                            board::Post post, bool showOwnContact);
    [[nodiscard]] Status closePost(const security::Actor &actor, const QString &postId);
    [[nodiscard]] Status propose(const security::Actor &actor, const QString &postId,
                                 const QString &otherPostId);
    // One of match.accept, match.decline, match.start, match.conclude.
    [[nodiscard]] Status moveMatch(const security::Actor &actor, const QString &matchId,
                                   const QString &move);
    // Credentials for a pending account, once the operator checked an identity document.
    [[nodiscard]] Status issueCredentials(const security::Actor &actor, const QString &accountId);
    // The latest acts, newest first, with their state (queued, delivered, refused and why).
    [[nodiscard]] Result<QList<board::QueuedAction>> recent(const security::Actor &actor) const;

    // For the sync engine (no login): the queued acts, oldest first; the hub's answers.
    [[nodiscard]] Result<QList<board::QueuedAction>> queued(int limit) const;
    [[nodiscard]] Status delivered(const QList<QString> &ids);
    [[nodiscard]] Status refused(const QString &id, const QString &reason);

private:
    [[nodiscard]] Status queue(const security::Actor &actor, const board::DeskAction &action,
                               const QString &postId, qint64 personId);

    const ServiceContext &m_context;
    std::unique_ptr<Authorizer> m_authorizer;
};

} // namespace sportello::services
