// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/boarddeskapi.h"

#include "support/logging.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sportello::hub {

namespace {

using Outcome = BoardDeskApi::Outcome;

Outcome applied()
{
    return {u"applied"_s, {}, {}};
}

Outcome duplicate()
{
    return {u"duplicate"_s, {}, {}};
}

Outcome invalid(const QString &field, const QString &detail)
{
    return {u"invalid"_s, field, detail};
}

// The field and problem of a store's InvalidArgument ("board.<field>", problem).
Outcome refusedBy(const Error &error)
{
    QString field = error.args.value(0);
    if (field.startsWith(u"board."))
        field = u"data."_s + field.mid(6);
    return invalid(field, error.args.value(1, u"INVALID"_s));
}

} // namespace

BoardDeskApi::BoardDeskApi(BoardStore &store, const Clock &clock, board::Geography geography)
    : m_store(store)
    , m_clock(clock)
    , m_geography(std::move(geography))
{ }

Reply BoardDeskApi::view(const Desk &desk)
{
    const QDateTime now = m_clock.nowUtc();
    auto account = m_store.accounts().deskAccount(desk.id, desk.name, desk.comune, now);
    if (!account)
        return storeUnavailable(account.error());
    auto pending = m_store.accounts().pending();
    auto posts = m_store.posts().postsOf(*account);
    auto matches = m_store.posts().matchesOf(*account);
    if (!pending || !posts || !matches)
        return storeUnavailable(!pending ? pending.error()
                                         : (!posts ? posts.error() : matches.error()));
    board::DeskView view;
    for (const BoardAccount &a : std::as_const(*pending))
        view.pending.append(
            {a.id, a.username, a.displayName, accountKindCode(a.kind), a.comune, a.createdAt});
    QHash<QString, qsizetype> at;
    for (const board::Post &post : posts->mid(0, kMaxPosts)) {
        board::DeskPost entry {post, {}, {}};
        if (post.state == board::PostState::Open) {
            const board::PostKind other = post.kind == board::PostKind::Offer
                ? board::PostKind::Request
                : board::PostKind::Offer;
            auto candidates = m_store.posts().candidates(post.category, other,
                                                         m_geography.near(post.zone.comune));
            auto active = m_store.posts().activeMatches(post.id);
            if (!candidates || !active)
                return storeUnavailable(!candidates ? candidates.error() : active.error());
            entry.suggestions
                = board::suggest(post, *active, *candidates, m_geography, now.date(), kSuggestions);
        }
        at.insert(post.id, view.posts.size());
        view.posts.append(entry);
    }
    for (const board::Match &m : std::as_const(*matches)) {
        const bool mineIsOffer = at.contains(m.offerId);
        const QString mine = mineIsOffer ? m.offerId : m.requestId;
        if (!at.contains(mine))
            continue;
        board::DeskMatch entry {m, mineIsOffer, {}, {}};
        if (m.contactsDisclosed()) {
            auto other = m_store.posts().post(mineIsOffer ? m.requestId : m.offerId);
            if (!other)
                return storeUnavailable(other.error());
            auto them = m_store.accounts().account(other->accountId);
            if (!them)
                return storeUnavailable(them.error());
            entry.otherName = other->contactName.isEmpty() ? them->displayName : other->contactName;
            entry.otherContact = other->contact.isEmpty() ? them->contact : other->contact;
        }
        view.posts[at.value(mine)].matches.append(entry);
    }
    return json(200, QJsonDocument(board::toJson(view)).toJson(QJsonDocument::Compact));
}

Reply BoardDeskApi::actions(const Desk &desk, const Request &request)
{
    if (!request.contentType.startsWith("application/json"))
        return problem(415, "unsupported-media-type", u"Send application/json"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return problem(400, "bad-json", u"The body is not JSON"_s, parseError.errorString());
    const QJsonObject body = document.object();
    if (!document.isObject() || body.size() != 1 || !body.value(u"actions"_s).isArray())
        return problem(422, "invalid-request", u"The body must be {\"actions\": [...]}"_s, {},
                       u"actions"_s);
    const QJsonArray items = body.value(u"actions"_s).toArray();
    if (items.isEmpty() || items.size() > board::kMaxDeskActions)
        return problem(422, "invalid-request",
                       u"Send from 1 to %1 actions"_s.arg(board::kMaxDeskActions), {},
                       u"actions"_s);
    const QDateTime now = m_clock.nowUtc();
    auto account = m_store.accounts().deskAccount(desk.id, desk.name, desk.comune, now);
    if (!account)
        return storeUnavailable(account.error());
    QJsonArray results;
    for (const QJsonValue &item : items) {
        const auto read = board::readDeskAction(item);
        QJsonObject result {{u"id"_s, item.toObject().value(u"id"_s).toString().left(36)}};
        Outcome outcome;
        if (const auto *error = std::get_if<board::DeskActionError>(&read)) {
            outcome = invalid(error->field, error->problem);
        } else {
            const board::DeskAction &action = std::get<board::DeskAction>(read);
            auto done = m_store.atomically([&]() -> Status {
                auto seen = m_store.actionDesk(action.id);
                if (!seen)
                    return seen.error();
                if (*seen) {
                    outcome = **seen == desk.id ? duplicate() : invalid(u"id"_s, u"TAKEN"_s);
                    return {};
                }
                outcome = apply(desk, *account, action, now);
                if (outcome.status == u"invalid")
                    return makeError(ErrorCode::InvalidArgument, u"refused action"_s);
                return m_store.noteAction(action.id, desk.id, action.type, now);
            });
            if (!done && done.code() != ErrorCode::InvalidArgument)
                return storeUnavailable(done.error());
        }
        result.insert(u"status"_s, outcome.status);
        if (!outcome.field.isEmpty())
            result.insert(u"field"_s, outcome.field);
        if (!outcome.detail.isEmpty())
            result.insert(u"detail"_s, outcome.detail);
        results.append(result);
    }
    return json(
        200, QJsonDocument(QJsonObject {{u"results"_s, results}}).toJson(QJsonDocument::Compact));
}

Outcome BoardDeskApi::apply(const Desk &desk, const QString &account,
                            const board::DeskAction &action, const QDateTime &now)
{
    using namespace board::deskaction;
    if (action.type == QLatin1StringView(kPostCreate))
        return createPost(account, action, now);
    if (action.type == QLatin1StringView(kPostClose)) {
        auto post = m_store.posts().post(action.data.value(u"post_id"_s).toString());
        if (!post || post->accountId != account)
            return invalid(u"data.post_id"_s, u"NOT_FOUND"_s);
        // Closed, and the person's own contact, if the post showed it, off the board.
        const bool wasClosed = post->state == board::PostState::Closed;
        if (!m_store.posts().setState(post->id, board::PostState::Closed, now)
            || !m_store.posts().clearContact(post->id, now))
            return invalid(u"data.post_id"_s, u"NOT_SAVED"_s);
        return wasClosed ? duplicate() : applied();
    }
    if (action.type == QLatin1StringView(kMatchPropose))
        return propose(account, action, now);
    if (action.type == QLatin1StringView(kAccountActivate))
        return activate(desk, action, now);
    return moveMatch(account, action, now);
}

Outcome BoardDeskApi::createPost(const QString &account, const board::DeskAction &action,
                                 const QDateTime &now)
{
    board::Post post = std::get<board::Post>(board::postFromJson(action.data));
    if (auto existing = m_store.posts().post(post.id); existing)
        return existing->accountId == account ? duplicate()
                                              : invalid(u"data.post_id"_s, u"TAKEN"_s);
    post.accountId = account;
    post.state = board::PostState::Open;
    auto added = m_store.posts().add(post, now);
    if (!added && added.code() == ErrorCode::InvalidArgument)
        return refusedBy(added.error());
    return added ? applied() : invalid(u"data"_s, u"NOT_SAVED"_s);
}

Outcome BoardDeskApi::propose(const QString &account, const board::DeskAction &action,
                              const QDateTime &now)
{
    auto mine = m_store.posts().post(action.data.value(u"post_id"_s).toString());
    if (!mine || mine->accountId != account)
        return invalid(u"data.post_id"_s, u"NOT_FOUND"_s);
    const QString chosen = action.data.value(u"other_id"_s).toString();
    const bool offer = mine->kind == board::PostKind::Offer;
    auto candidates = m_store.posts().candidates(
        mine->category, offer ? board::PostKind::Request : board::PostKind::Offer,
        m_geography.near(mine->zone.comune));
    auto active = m_store.posts().activeMatches(mine->id);
    if (!candidates || !active)
        return invalid(u"data"_s, u"NOT_SAVED"_s);
    // Only a post the board would suggest now, as on the web.
    const QList<board::Suggestion> fitting = board::suggest(
        *mine, *active, *candidates, m_geography, now.date(), int(candidates->size()));
    if (std::none_of(fitting.cbegin(), fitting.cend(),
                     [&](const board::Suggestion &s) { return s.postId == chosen; }))
        return invalid(u"data.other_id"_s, u"NOT_SUGGESTED"_s);
    auto match = m_store.posts().propose(offer ? mine->id : chosen, offer ? chosen : mine->id, now);
    if (!match)
        return match.code() == ErrorCode::InvalidArgument ? refusedBy(match.error())
                                                          : invalid(u"data"_s, u"NOT_SAVED"_s);
    auto accepted = board::accept(*match, offer ? board::Side::Offer : board::Side::Request);
    if (!accepted || !m_store.posts().save(*accepted, now))
        return invalid(u"data"_s, u"NOT_SAVED"_s);
    return applied();
}

Outcome BoardDeskApi::moveMatch(const QString &account, const board::DeskAction &action,
                                const QDateTime &now)
{
    using namespace board::deskaction;
    auto match = m_store.posts().match(action.data.value(u"match_id"_s).toString());
    if (!match)
        return invalid(u"data.match_id"_s, u"NOT_FOUND"_s);
    auto offer = m_store.posts().post(match->offerId);
    auto request = m_store.posts().post(match->requestId);
    std::optional<board::Side> side;
    if (offer && offer->accountId == account)
        side = board::Side::Offer;
    else if (request && request->accountId == account)
        side = board::Side::Request;
    if (!side)
        return invalid(u"data.match_id"_s, u"NOT_FOUND"_s);
    Result<board::Match> moved = makeError(ErrorCode::InvalidArgument, u"move"_s);
    board::MatchState goal = match->state;
    if (action.type == QLatin1StringView(kMatchAccept)) {
        if (*side == board::Side::Offer ? match->offerAccepted : match->requestAccepted)
            return duplicate();
        moved = board::accept(*match, *side);
    } else if (action.type == QLatin1StringView(kMatchDecline)) {
        goal = board::MatchState::Annullata;
        moved = board::cancel(*match, *side, u"RIFIUTATA"_s);
    } else if (action.type == QLatin1StringView(kMatchStart)) {
        goal = board::MatchState::InCorso;
        moved = board::start(*match);
    } else {
        goal = board::MatchState::Conclusa;
        moved = board::conclude(*match);
    }
    if (!moved)
        return match->state == goal
            ? duplicate()
            : invalid(u"data.match_id"_s,
                      u"NOT_ALLOWED_FROM_"_s + board::matchStateCode(match->state));
    return m_store.posts().save(*moved, now) ? applied() : invalid(u"data"_s, u"NOT_SAVED"_s);
}

Outcome BoardDeskApi::activate(const Desk &desk, const board::DeskAction &action,
                               const QDateTime &now)
{
    auto account = m_store.accounts().account(action.data.value(u"account_id"_s).toString());
    if (!account)
        return invalid(u"data.account_id"_s, u"NOT_FOUND"_s);
    if (account->state == BoardAccountState::Active)
        return duplicate();
    if (account->state != BoardAccountState::Pending)
        return invalid(u"data.account_id"_s, u"NOT_PENDING"_s);
    if (!m_store.accounts().activate(account->id, u"desk:"_s + desk.id, now)
        || !m_store.moderation().audit(u"desk:"_s + desk.name, u"ACCOUNT_ACTIVATED"_s, account->id,
                                       now))
        return invalid(u"data"_s, u"NOT_SAVED"_s);
    return applied();
}

} // namespace sportello::hub
