// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardmatch.h"
#include "support/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sportello::hub {

namespace detail {
class Backend;
}

// A post reported to the moderators: how many accounts reported it, for which reasons.
struct ReportedPost
{
    QString postId;
    int reports = 0;
    QStringList reasons; // codes, each once
    QDateTime lastReportAt;
};

// One line of the moderators' trail.
struct AuditEntry
{
    QDateTime at;
    QString actor; // "operator:USERNAME", "desk:NAME" or "hub"
    QString action; // ACCOUNT_ACTIVATED, POST_HIDDEN, REPORTS_DISMISSED, …
    QString object; // an account's or a post's id
};

// What the two sides of a match write to each other to arrange the service.
struct MatchMessage
{
    board::Side side = board::Side::Offer;
    QString body;
    QDateTime at;
};

// The board's moderation and its conversations (migration 0005): the reports of posts, the
// trail of every moderator's action, and the messages of a match.
class BoardModeration final
{
public:
    explicit BoardModeration(detail::Backend &backend);

    static constexpr int kMaxMessageLength = 1000;
    static constexpr int kMaxMessagesPerMatch = 200;

    // The reasons a post may be reported for: INAPPROPRIATO, NON_PERTINENTE, SOSPETTO, ALTRO.
    [[nodiscard]] static const QStringList &reportReasons();
    // One report per account and post (a second replaces the first's reason);
    // InvalidArgument for an unknown reason.
    [[nodiscard]] Status report(const QString &postId, const QString &reporterId,
                                const QString &reason, const QDateTime &now);
    // The reported posts, the most reported first.
    [[nodiscard]] Result<QList<ReportedPost>> reported();
    [[nodiscard]] Status dismissReports(const QString &postId);

    [[nodiscard]] Status audit(const QString &actor, const QString &action, const QString &object,
                               const QDateTime &now);
    // The latest entries, newest first.
    [[nodiscard]] Result<QList<AuditEntry>> trail(int limit);

    // InvalidArgument for an empty or too long text, or a full conversation.
    [[nodiscard]] Status addMessage(const QString &matchId, board::Side side, const QString &body,
                                    const QDateTime &now);
    [[nodiscard]] Result<QList<MatchMessage>> messages(const QString &matchId);

private:
    detail::Backend &m_backend;
};

} // namespace sportello::hub
