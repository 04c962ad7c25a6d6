// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/boardmoderation.h"

#include "hub/backend.h"
#include "support/uuid.h"

using namespace Qt::StringLiterals;

namespace sportello::hub {

BoardModeration::BoardModeration(detail::Backend &backend)
    : m_backend(backend)
{ }

const QStringList &BoardModeration::reportReasons()
{
    static const QStringList reasons {u"INAPPROPRIATO"_s, u"NON_PERTINENTE"_s, u"SOSPETTO"_s,
                                      u"ALTRO"_s};
    return reasons;
}

Status BoardModeration::report(const QString &postId, const QString &reporterId,
                               const QString &reason, const QDateTime &now)
{
    if (!reportReasons().contains(reason))
        return makeError(ErrorCode::InvalidArgument, u"report reason"_s,
                         {u"board.reason"_s, reason});
    auto done = m_backend.run(
        u"INSERT INTO board_reports(post_id, reporter_id, reason, created_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (post_id, reporter_id) DO UPDATE SET reason = excluded.reason,"
        " created_at = excluded.created_at"_s,
        {postId, reporterId, reason, detail::timeText(now)});
    return done ? Status() : Status(done.error());
}

Result<QList<ReportedPost>> BoardModeration::reported()
{
    auto rows = m_backend.run(u"SELECT post_id, reason, created_at FROM board_reports"
                              " ORDER BY post_id, created_at"_s);
    if (!rows)
        return rows.error();
    QList<ReportedPost> list;
    while (rows->next()) {
        const QString post = rows->value(0).toString();
        if (list.isEmpty() || list.constLast().postId != post)
            list.append({post, 0, {}, {}});
        ReportedPost &r = list.last();
        ++r.reports;
        if (const QString reason = rows->value(1).toString(); !r.reasons.contains(reason))
            r.reasons.append(reason);
        r.lastReportAt = detail::readTime(rows->value(2));
    }
    std::stable_sort(list.begin(), list.end(), [](const ReportedPost &a, const ReportedPost &b) {
        return a.reports > b.reports;
    });
    return list;
}

Status BoardModeration::dismissReports(const QString &postId)
{
    auto done = m_backend.run(u"DELETE FROM board_reports WHERE post_id = ?"_s, {postId});
    return done ? Status() : Status(done.error());
}

Status BoardModeration::audit(const QString &actor, const QString &action, const QString &object,
                              const QDateTime &now)
{
    auto done = m_backend.run(
        u"INSERT INTO board_audit(id, at, actor, action, object) VALUES (?, ?, ?, ?, ?)"_s,
        {newTimeOrderedUuid(), detail::timeText(now), actor, action, object});
    return done ? Status() : Status(done.error());
}

Result<QList<AuditEntry>> BoardModeration::trail(int limit)
{
    auto rows = m_backend.run(u"SELECT at, actor, action, object FROM board_audit"
                              " ORDER BY at DESC, id DESC LIMIT ?"_s,
                              {qBound(1, limit, 10000)});
    if (!rows)
        return rows.error();
    QList<AuditEntry> list;
    while (rows->next())
        list.append({detail::readTime(rows->value(0)), rows->value(1).toString(),
                     rows->value(2).toString(), rows->value(3).toString()});
    return list;
}

Status BoardModeration::addMessage(const QString &matchId, board::Side side, const QString &body,
                                   const QDateTime &now)
{
    const QString text = body.trimmed();
    if (text.isEmpty() || text.size() > kMaxMessageLength)
        return makeError(ErrorCode::InvalidArgument, u"message length"_s,
                         {u"board.message"_s, text.isEmpty() ? u"EMPTY"_s : u"TOO_LONG"_s});
    auto count
        = m_backend.run(u"SELECT count(*) FROM board_messages WHERE match_id = ?"_s, {matchId});
    if (!count)
        return count.error();
    if (count->next() && count->value(0).toInt() >= kMaxMessagesPerMatch)
        return makeError(ErrorCode::InvalidArgument, u"conversation full"_s,
                         {u"board.message"_s, u"FULL"_s});
    auto done = m_backend.run(
        u"INSERT INTO board_messages(id, match_id, side, body, created_at) VALUES (?, ?, ?, ?, ?)"_s,
        {newTimeOrderedUuid(), matchId, side == board::Side::Offer ? u"OFFERTA"_s : u"RICHIESTA"_s,
         text, detail::timeText(now)});
    return done ? Status() : Status(done.error());
}

Result<QList<MatchMessage>> BoardModeration::messages(const QString &matchId)
{
    auto rows = m_backend.run(u"SELECT side, body, created_at FROM board_messages"
                              " WHERE match_id = ? ORDER BY created_at, id"_s,
                              {matchId});
    if (!rows)
        return rows.error();
    QList<MatchMessage> list;
    while (rows->next())
        list.append(
            {rows->value(0).toString() == u"OFFERTA" ? board::Side::Offer : board::Side::Request,
             rows->value(1).toString(), detail::readTime(rows->value(2))});
    return list;
}

} // namespace sportello::hub
