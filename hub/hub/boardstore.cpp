// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/boardstore.h"

#include "wire/events.h"

#include <QJsonArray>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace sportello::hub {

Result<std::unique_ptr<BoardStore>> BoardStore::open(const QString &url,
                                                     const QString &connectionName)
{
    auto parsed = detail::parseDatabaseUrl(url);
    if (!parsed)
        return parsed.error();
    auto backend = detail::Backend::open(*parsed, connectionName);
    if (!backend)
        return backend.error();
    return std::unique_ptr<BoardStore>(new BoardStore(std::move(backend).value(), connectionName));
}

BoardStore::BoardStore(detail::Backend backend, QString connectionName)
    : m_backend(std::move(backend))
    , m_connectionName(std::move(connectionName))
    , m_accounts(m_backend)
    , m_posts(m_backend)
    , m_moderation(m_backend)
{ }

BoardStore::~BoardStore()
{
    m_backend.close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<QJsonObject> BoardStore::exportAccount(const QString &id)
{
    auto account = m_accounts.account(id);
    if (!account)
        return account.error();
    auto posts = m_posts.postsOf(id);
    if (!posts)
        return posts.error();
    auto matches = m_posts.matchesOf(id);
    if (!matches)
        return matches.error();
    QJsonArray postList;
    for (const board::Post &p : std::as_const(*posts)) {
        postList.append(QJsonObject {
            {u"id"_s, p.id},
            {u"kind"_s, board::postKindCode(p.kind)},
            {u"category"_s, board::categoryCode(p.category)},
            {u"comune"_s, p.zone.comune},
            {u"neighbourhood"_s, p.zone.neighbourhood},
            {u"when"_s, board::toJson(p.when)},
            {u"for_whom"_s, board::forWhomCode(p.forWhom)},
            {u"notes"_s, p.notes},
            {u"capacity"_s, p.capacity},
            {u"state"_s, board::postStateCode(p.state)},
            {u"created_at"_s, detail::timeText(p.createdAt)},
        });
    }
    QJsonArray matchList;
    for (const board::Match &m : std::as_const(*matches)) {
        QJsonObject match {{u"id"_s, m.id},
                           {u"offer"_s, m.offerId},
                           {u"request"_s, m.requestId},
                           {u"state"_s, board::matchStateCode(m.state)}};
        if (!m.cancelReason.isEmpty())
            match.insert(u"cancel_reason"_s, m.cancelReason);
        for (const auto &[key, feedback] : {std::pair {u"offer_feedback"_s, m.offerFeedback},
                                            std::pair {u"request_feedback"_s, m.requestFeedback}}) {
            if (feedback)
                match.insert(key,
                             QJsonObject {{u"outcome"_s, feedback->outcome},
                                          {u"comment"_s, feedback->comment}});
        }
        // The messages of the match, both sides': the account wrote or received each.
        auto messages = m_moderation.messages(m.id);
        if (!messages)
            return messages.error();
        QJsonArray messageList;
        for (const MatchMessage &message : std::as_const(*messages))
            messageList.append(QJsonObject {
                {u"side"_s, message.side == board::Side::Offer ? u"OFFERTA"_s : u"RICHIESTA"_s},
                {u"text"_s, message.body},
                {u"at"_s, detail::timeText(message.at)}});
        if (!messageList.isEmpty())
            match.insert(u"messages"_s, messageList);
        matchList.append(match);
    }
    return QJsonObject {
        {u"account"_s,
         QJsonObject {
             {u"id"_s, account->id},
             {u"kind"_s, accountKindCode(account->kind)},
             {u"username"_s, account->username},
             {u"display_name"_s, account->displayName},
             {u"contact"_s, account->contact},
             {u"comune"_s, account->comune},
             {u"state"_s, accountStateCode(account->state)},
             {u"created_at"_s, detail::timeText(account->createdAt)},
             {u"activated_at"_s, detail::timeText(account->activatedAt)},
             {u"last_seen_at"_s, detail::timeText(account->lastSeenAt)},
         }},
        {u"posts"_s, postList},
        {u"matches"_s, matchList},
    };
}

Status BoardStore::atomically(const std::function<Status()> &work)
{
    if (auto began = m_backend.begin(); !began)
        return began;
    if (auto done = work(); !done) {
        m_backend.rollback();
        return done;
    }
    return m_backend.commit();
}

Result<std::optional<QString>> BoardStore::actionDesk(const QString &id)
{
    auto row = m_backend.run(u"SELECT desk_id FROM board_desk_actions WHERE id = ?"_s, {id});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<QString> {};
    return std::optional<QString> {row->value(0).toString()};
}

Status BoardStore::noteAction(const QString &id, const QString &deskId, const QString &type,
                              const QDateTime &now)
{
    auto done = m_backend.run(
        u"INSERT INTO board_desk_actions(id, desk_id, type, received_at) VALUES (?, ?, ?, ?)"_s,
        {id, deskId, type, detail::timeText(now)});
    return done ? Status() : Status(done.error());
}

} // namespace sportello::hub
