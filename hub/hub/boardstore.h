// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/backend.h"
#include "hub/boardaccounts.h"
#include "hub/boardmoderation.h"
#include "hub/boardposts.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace sportello::hub {

// The Bacheca's store (issue 16, point 3): its own connection to the hub's database and its
// own tables, which hold what registrants give for the board and are never joined with the
// referral records (decision 46).
class BoardStore final
{
public:
    [[nodiscard]] static Result<std::unique_ptr<BoardStore>> open(const QString &url,
                                                                  const QString &connectionName);
    ~BoardStore();
    Q_DISABLE_COPY_MOVE(BoardStore)

    [[nodiscard]] BoardAccounts &accounts() { return m_accounts; }
    [[nodiscard]] BoardPosts &posts() { return m_posts; }
    [[nodiscard]] BoardModeration &moderation() { return m_moderation; }

    // What the board holds about an account (art. 15 and 20): the account as registered (not
    // its password), its posts and the matches of its posts. The other party of a match is
    // named by its post only.
    [[nodiscard]] Result<QJsonObject> exportAccount(const QString &id);

    // Runs `work` in one transaction: committed when it succeeds, rolled back when it fails.
    [[nodiscard]] Status atomically(const std::function<Status()> &work);
    // The desk that sent the action `id` before, if any (issue 16, point 7).
    [[nodiscard]] Result<std::optional<QString>> actionDesk(const QString &id);
    [[nodiscard]] Status noteAction(const QString &id, const QString &deskId, const QString &type,
                                    const QDateTime &now);

private:
    BoardStore(detail::Backend backend, QString connectionName);

    detail::Backend m_backend;
    QString m_connectionName;
    BoardAccounts m_accounts;
    BoardPosts m_posts;
    BoardModeration m_moderation;
};

} // namespace sportello::hub
