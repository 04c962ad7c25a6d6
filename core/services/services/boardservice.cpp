// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/boardservice.h"

#include "audit/audit.h"
#include "people/model.h"
#include "services/authorizer.h"
#include "services/changenotifier.h"
#include "services/desksettings.h"
#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/boardqueuerepository.h"
#include "storage/peoplerepository.h"
#include "storage/transaction.h"
#include "support/clock.h"
#include "support/uuid.h"

using namespace Qt::StringLiterals;

namespace sportello::services {

namespace {
constexpr char kEntity[] = "board";
} // namespace

BoardService::BoardService(const ServiceContext &context)
    : m_context(context)
    , m_authorizer(std::make_unique<Authorizer>(context))
{ }

BoardService::~BoardService() = default;

Status BoardService::queue(const security::Actor &actor, const board::DeskAction &action,
                           const QString &postId, qint64 personId)
{
    if (auto allowed = m_authorizer->require(actor, security::Permission::RecordSessions,
                                             QString::fromLatin1(kEntity), action.type);
        !allowed)
        return allowed;
    auto tx = storage::Transaction::begin(m_context.database);
    if (!tx)
        return tx.error();
    board::QueuedAction item;
    item.action = action;
    item.postId = postId;
    item.personId = personId;
    item.createdAt = m_context.clock.nowUtc();
    if (auto queued = storage::BoardQueueRepository(m_context.database).enqueue(item); !queued)
        return queued;
    // The trail names the act and its object (a post, a match, an account: the hub's ids).
    const QString object = action.type + u' '
        + action.data.value(u"post_id"_s)
              .toString(action.data.value(u"match_id"_s)
                            .toString(action.data.value(u"account_id"_s).toString()));
    if (auto audited = m_context.audit.append(actor.operatorId, QString::fromLatin1(audit::kCreate),
                                              QString::fromLatin1(kEntity), object);
        !audited)
        return audited;
    m_context.notifier.announce(*tx, &ChangeNotifier::syncChanged);
    return tx->commit();
}

Result<QString> BoardService::enterPost(const security::Actor &actor, qint64 personId,
                                        board::Post post, bool showOwnContact)
{
    if (auto allowed
        = m_authorizer->require(actor, security::Permission::RecordSessions,
                                QString::fromLatin1(kEntity), QString::number(personId));
        !allowed)
        return allowed.error();
    storage::PeopleRepository people(m_context.database, m_context.vault);
    const QString purpose = people::consentPurposeCode(people::ConsentPurpose::Board);
    auto given = people.hasConsent(personId, purpose);
    if (!given)
        return given.error();
    if (!*given)
        return makeError(ErrorCode::ConsentMissing, u"board post without consent"_s,
                         {purpose, QString()});
    // A weekly post names its days, as the web's form asks.
    if (!post.when.isOneDay() && post.when.windows.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"board post without days"_s,
                         {u"board.when.windows"_s, u"MISSING"_s});
    if (const auto problems = board::validatePost(post, m_context.clock.nowUtc().date());
        !problems.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"board post"_s,
                         {u"board."_s + problems.first().field, problems.first().problem});
    if (showOwnContact) {
        auto person = people.person(personId);
        if (!person)
            return person.error();
        if (person->phone.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidArgument, u"no phone to show"_s,
                             {u"board.contact"_s, u"MISSING"_s});
        post.contactName = person->displayName();
        post.contact = person->phone.trimmed();
    } else {
        auto desk = DeskSettings(m_context).identity();
        if (!desk)
            return desk.error();
        post.contactName = desk->name;
        QStringList contacts;
        for (const QString &line : std::as_const(desk->contacts)) {
            if (!line.trimmed().isEmpty())
                contacts.append(line.trimmed());
        }
        post.contact = contacts.join(u", "_s).left(board::kMaxContactLength);
    }
    post.id = newTimeOrderedUuid();
    post.accountId.clear();
    post.state = board::PostState::Open;
    if (post.kind == board::PostKind::Request)
        post.capacity = 1;
    const board::DeskAction action {newTimeOrderedUuid(),
                                    QString::fromLatin1(board::deskaction::kPostCreate),
                                    board::postToJson(post)};
    if (auto queued = queue(actor, action, post.id, personId); !queued)
        return queued.error();
    return post.id;
}

Status BoardService::closePost(const security::Actor &actor, const QString &postId)
{
    return queue(actor,
                 {newTimeOrderedUuid(),
                  QString::fromLatin1(board::deskaction::kPostClose),
                  {{u"post_id"_s, postId}}},
                 {}, 0);
}

Status BoardService::propose(const security::Actor &actor, const QString &postId,
                             const QString &otherPostId)
{
    return queue(actor,
                 {newTimeOrderedUuid(),
                  QString::fromLatin1(board::deskaction::kMatchPropose),
                  {{u"post_id"_s, postId}, {u"other_id"_s, otherPostId}}},
                 {}, 0);
}

Status BoardService::moveMatch(const security::Actor &actor, const QString &matchId,
                               const QString &move)
{
    using namespace board::deskaction;
    static const QStringList moves {
        QString::fromLatin1(kMatchAccept), QString::fromLatin1(kMatchDecline),
        QString::fromLatin1(kMatchStart), QString::fromLatin1(kMatchConclude)};
    if (!moves.contains(move))
        return makeError(ErrorCode::InvalidArgument, u"match move %1"_s.arg(move),
                         {u"board.move"_s, move});
    return queue(actor, {newTimeOrderedUuid(), move, {{u"match_id"_s, matchId}}}, {}, 0);
}

Status BoardService::issueCredentials(const security::Actor &actor, const QString &accountId)
{
    return queue(actor,
                 {newTimeOrderedUuid(),
                  QString::fromLatin1(board::deskaction::kAccountActivate),
                  {{u"account_id"_s, accountId}}},
                 {}, 0);
}

Result<QList<board::QueuedAction>> BoardService::recent(const security::Actor &actor) const
{
    if (!Authorizer::allows(actor, security::Permission::RecordSessions))
        return makeError(ErrorCode::PermissionDenied, u"board queue"_s);
    return storage::BoardQueueRepository(m_context.database).recent();
}

Result<QList<board::QueuedAction>> BoardService::queued(int limit) const
{
    return storage::BoardQueueRepository(m_context.database).queued(limit);
}

Status BoardService::delivered(const QList<QString> &ids)
{
    return storage::BoardQueueRepository(m_context.database).deliver(ids, m_context.clock.nowUtc());
}

Status BoardService::refused(const QString &id, const QString &reason)
{
    return storage::BoardQueueRepository(m_context.database)
        .reject(id, reason, m_context.clock.nowUtc());
}

} // namespace sportello::services
