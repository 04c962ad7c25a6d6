// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/boardposts.h"

#include "hub/backend.h"
#include "support/compactjson.h"
#include "wire/events.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sportello::hub {

namespace {

using detail::orEmpty;
using detail::timeText;

const QString kPostColumns = u"id, account_id, kind, category, comune, neighbourhood, schedule,"
                             " for_whom, notes, capacity, state, created_at, contact_name,"
                             " contact"_s;
const QString kMatchColumns = u"id, offer_id, request_id, state, offer_accepted,"
                              " request_accepted, cancel_reason, cancelled_by, offer_feedback,"
                              " request_feedback"_s;
const QString kUnderWay = u"('PROPOSTA', 'ACCETTATA', 'IN_CORSO')"_s;

board::Post readPost(const detail::Rows &row)
{
    board::Post p;
    p.id = row.value(0).toString();
    p.accountId = row.value(1).toString();
    (void)board::postKindFromCode(row.value(2).toString(), &p.kind);
    (void)board::categoryFromCode(row.value(3).toString(), &p.category);
    p.zone = {row.value(4).toString(), row.value(5).toString()};
    (void)board::whenFromJson(QJsonDocument::fromJson(row.value(6).toString().toUtf8()).object(),
                              &p.when);
    (void)board::forWhomFromCode(row.value(7).toString(), &p.forWhom);
    p.notes = row.value(8).toString();
    p.capacity = row.value(9).toInt();
    (void)board::postStateFromCode(row.value(10).toString(), &p.state);
    p.createdAt = QDateTime::fromString(row.value(11).toString(), Qt::ISODate).toUTC();
    p.contactName = row.value(12).toString();
    p.contact = row.value(13).toString();
    return p;
}

QVariant feedbackText(const std::optional<board::Feedback> &feedback)
{
    if (!feedback)
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(json::compact(
        QJsonObject {{u"outcome"_s, feedback->outcome}, {u"comment"_s, feedback->comment}}));
}

std::optional<board::Feedback> readFeedback(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(value.toString().toUtf8()).object();
    return board::Feedback {json.value(u"outcome"_s).toString(),
                            json.value(u"comment"_s).toString()};
}

QString sideCode(board::Side side)
{
    return side == board::Side::Offer ? u"OFFERTA"_s : u"RICHIESTA"_s;
}

board::Match readMatch(const detail::Rows &row)
{
    board::Match m;
    m.id = row.value(0).toString();
    m.offerId = row.value(1).toString();
    m.requestId = row.value(2).toString();
    (void)board::matchStateFromCode(row.value(3).toString(), &m.state);
    m.offerAccepted = row.value(4).toInt() != 0;
    m.requestAccepted = row.value(5).toInt() != 0;
    m.cancelReason = row.value(6).toString();
    if (const QString by = row.value(7).toString(); !by.isEmpty())
        m.cancelledBy = by == u"OFFERTA" ? board::Side::Offer : board::Side::Request;
    m.offerFeedback = readFeedback(row.value(8));
    m.requestFeedback = readFeedback(row.value(9));
    return m;
}

} // namespace

BoardPosts::BoardPosts(detail::Backend &backend)
    : m_backend(backend)
{ }

Result<board::Post> BoardPosts::add(board::Post post, const QDateTime &now)
{
    if (const auto problems = board::validatePost(post, now.date()); !problems.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"board post"_s,
                         {u"board."_s + problems.first().field, problems.first().problem});
    if (post.id.isEmpty())
        post.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    post.createdAt = now;
    if (post.kind == board::PostKind::Request)
        post.capacity = 1;
    auto inserted = m_backend.run(
        u"INSERT INTO board_posts(id, account_id, kind, category, comune, neighbourhood,"
        " schedule, for_whom, notes, capacity, state, created_at, updated_at, contact_name,"
        " contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {post.id, post.accountId, board::postKindCode(post.kind),
         board::categoryCode(post.category), orEmpty(post.zone.comune),
         orEmpty(post.zone.neighbourhood),
         QString::fromUtf8(json::compact(board::toJson(post.when))),
         board::forWhomCode(post.forWhom), orEmpty(post.notes), post.capacity,
         board::postStateCode(post.state), timeText(now), timeText(now), orEmpty(post.contactName),
         orEmpty(post.contact)});
    if (!inserted)
        return inserted.error();
    return post;
}

Result<board::Post> BoardPosts::post(const QString &id)
{
    auto row = m_backend.run(u"SELECT %1 FROM board_posts WHERE id = ?"_s.arg(kPostColumns), {id});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(ErrorCode::NotFound, u"board post"_s, {id});
    return readPost(*row);
}

Result<QList<board::Post>> BoardPosts::postsOf(const QString &accountId)
{
    auto rows = m_backend.run(
        u"SELECT %1 FROM board_posts WHERE account_id = ? ORDER BY created_at DESC, id"_s.arg(
            kPostColumns),
        {accountId});
    if (!rows)
        return rows.error();
    QList<board::Post> list;
    while (rows->next())
        list.append(readPost(*rows));
    return list;
}

Status BoardPosts::setState(const QString &id, board::PostState state, const QDateTime &now)
{
    if (auto found = post(id); !found)
        return found.error();
    auto done = m_backend.run(u"UPDATE board_posts SET state = ?, updated_at = ? WHERE id = ?"_s,
                              {board::postStateCode(state), timeText(now), id});
    return done ? Status() : Status(done.error());
}

Status BoardPosts::clearContact(const QString &id, const QDateTime &now)
{
    auto done = m_backend.run(u"UPDATE board_posts SET contact_name = '', contact = '',"
                              " updated_at = ? WHERE id = ?"_s,
                              {timeText(now), id});
    return done ? Status() : Status(done.error());
}

Result<QList<board::Candidate>>
BoardPosts::candidates(board::Category category, board::PostKind kind, const QStringList &comuni)
{
    const QString side = kind == board::PostKind::Offer ? u"offer_id"_s : u"request_id"_s;
    QVariantList values {board::categoryCode(category), board::postKindCode(kind),
                         board::postStateCode(board::PostState::Open)};
    QString where;
    if (!comuni.isEmpty()) {
        for (const QString &comune : comuni)
            values.append(comune);
        where = u" AND comune IN (%1)"_s.arg(detail::placeholders(comuni.size()));
    }
    auto rows = m_backend.run(
        u"SELECT %1, (SELECT count(*) FROM board_matches m WHERE m.%2 = p.id AND m.state IN %3)"
        " FROM board_posts p WHERE category = ? AND kind = ? AND state = ?%4"_s.arg(
            kPostColumns, side, kUnderWay, where),
        values);
    if (!rows)
        return rows.error();
    QList<board::Candidate> list;
    while (rows->next())
        list.append({readPost(*rows), rows->value(14).toInt()});
    return list;
}

Result<int> BoardPosts::activeMatches(const QString &postId)
{
    auto row = m_backend.run(u"SELECT count(*) FROM board_matches WHERE (offer_id = ? OR"
                             " request_id = ?) AND state IN %1"_s.arg(kUnderWay),
                             {postId, postId});
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toInt() : 0;
}

Result<board::Match> BoardPosts::propose(const QString &offerId, const QString &requestId,
                                         const QDateTime &now)
{
    auto offer = post(offerId);
    if (!offer)
        return offer.error();
    auto request = post(requestId);
    if (!request)
        return request.error();
    if (offer->kind != board::PostKind::Offer || request->kind != board::PostKind::Request
        || offer->category != request->category || offer->accountId == request->accountId)
        return makeError(ErrorCode::InvalidArgument, u"not a pair"_s,
                         {u"board.match"_s, u"NOT_A_PAIR"_s});
    board::Match match;
    match.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    match.offerId = offerId;
    match.requestId = requestId;
    auto inserted = m_backend.run(
        u"INSERT INTO board_matches(id, offer_id, request_id, state, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (offer_id, request_id) DO NOTHING"_s,
        {match.id, offerId, requestId, board::matchStateCode(match.state), timeText(now),
         timeText(now)});
    if (!inserted)
        return inserted.error();
    auto stored = this->match(match.id);
    if (!stored && stored.code() == ErrorCode::NotFound)
        return makeError(ErrorCode::InvalidArgument, u"already matched"_s,
                         {u"board.match"_s, u"ALREADY_MATCHED"_s});
    return stored;
}

Result<board::Match> BoardPosts::match(const QString &id)
{
    auto row
        = m_backend.run(u"SELECT %1 FROM board_matches WHERE id = ?"_s.arg(kMatchColumns), {id});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(ErrorCode::NotFound, u"board match"_s, {id});
    return readMatch(*row);
}

Status BoardPosts::save(const board::Match &match, const QDateTime &now)
{
    auto done = m_backend.run(
        u"UPDATE board_matches SET state = ?, offer_accepted = ?, request_accepted = ?,"
        " cancel_reason = ?, cancelled_by = ?, offer_feedback = ?, request_feedback = ?,"
        " updated_at = ? WHERE id = ?"_s,
        {board::matchStateCode(match.state), match.offerAccepted ? 1 : 0,
         match.requestAccepted ? 1 : 0,
         match.cancelReason.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(match.cancelReason),
         match.cancelledBy ? QVariant(sideCode(*match.cancelledBy))
                           : QVariant(QMetaType(QMetaType::QString)),
         feedbackText(match.offerFeedback), feedbackText(match.requestFeedback), timeText(now),
         match.id});
    return done ? Status() : Status(done.error());
}

Result<QList<board::Match>> BoardPosts::matchesOf(const QString &accountId)
{
    auto rows = m_backend.run(
        u"SELECT %1 FROM board_matches WHERE offer_id IN (SELECT id FROM board_posts WHERE"
        " account_id = ?) OR request_id IN (SELECT id FROM board_posts WHERE account_id = ?)"
        " ORDER BY created_at DESC, id"_s.arg(kMatchColumns),
        {accountId, accountId});
    if (!rows)
        return rows.error();
    QList<board::Match> list;
    while (rows->next())
        list.append(readMatch(*rows));
    return list;
}

} // namespace sportello::hub
