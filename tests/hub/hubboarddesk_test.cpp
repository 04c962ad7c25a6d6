// SPDX-License-Identifier: GPL-3.0-or-later
// The board's paths for desks (issue 16, point 7), as the desk's token reaches them: a desk
// issues the credentials of an account registered on the web, enters a request for the person
// at the counter with the desk as its contact, proposes the offer the board suggests, and
// follows the match the volunteer accepts on the web — each action applied once, whatever the
// retries; and a desk reads and moves only its own posts and matches. On both backends.
#include "hub/api.h"
#include "hub/boarddeskapi.h"
#include "hub/tokens.h"
#include "webfixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;

namespace {

struct DeskBoardFixture : WebFixture
{
    hub::RateLimiter limiter {1000, 1000};
    hub::Api api {*hub.store, clock, limiter, "openapi: 3.1.0\n"};
    hub::BoardDeskApi deskApi {*store, clock};
    QString pioltelloToken = hub::tokens::generate();
    QString segrateToken = hub::tokens::generate();
    hub::Desk pioltello
        = hub.enrol(u"Caritas Pioltello"_s, hub::tokens::hash(pioltelloToken.toLatin1()));
    hub::Desk segrate = hub.enrol(u"Caritas Segrate"_s, hub::tokens::hash(segrateToken.toLatin1()));

    explicit DeskBoardFixture(HubBackend backend)
        : WebFixture(backend)
    {
        api.setBoardDesk(&deskApi);
    }

    hub::Reply call(const QByteArray &method, const QString &path, const QString &token,
                    const QByteArray &body = {})
    {
        hub::Request request;
        request.method = method;
        request.path = path;
        request.contentType = "application/json";
        request.authorization = "Bearer " + token.toLatin1();
        request.body = body;
        return api.handle(request);
    }

    QJsonObject view(const QString &token)
    {
        const hub::Reply reply = call("GET", u"/v1/board"_s, token);
        REQUIRE(reply.status == 200);
        return QJsonDocument::fromJson(reply.body).object();
    }

    // The results of one batch of actions.
    QJsonArray act(const QString &token, const QList<board::DeskAction> &actions)
    {
        QJsonArray list;
        for (const board::DeskAction &a : actions)
            list.append(board::toJson(a));
        const hub::Reply reply = call("POST", u"/v1/board/actions"_s, token,
                                      QJsonDocument(QJsonObject {{u"actions"_s, list}}).toJson());
        INFO(reply.body.toStdString());
        REQUIRE(reply.status == 200);
        return QJsonDocument::fromJson(reply.body).object().value(u"results"_s).toArray();
    }

    QString statusOf(const QString &token, const board::DeskAction &action)
    {
        return act(token, {action}).first().toObject().value(u"status"_s).toString();
    }
};

board::DeskAction action(const char *type, const QJsonObject &data)
{
    return {newUuid(), QString::fromLatin1(type), data};
}

// A request for medicines on Tuesday mornings in Pioltello, with the desk as the contact.
board::Post counterRequest()
{
    board::Post post;
    post.id = newUuid();
    post.kind = board::PostKind::Request;
    post.category = board::Category::ConsegnaFarmaci;
    post.zone.comune = u"015175"_s;
    post.when.windows = {{1 << 1, QTime(9, 0), QTime(12, 0)}};
    post.forWhom = board::ForWhom::FollowedPerson;
    post.contactName = u"Caritas Pioltello"_s;
    post.contact = u"02 9999 1234"_s;
    return post;
}

} // namespace

TEST_CASE("a desk issues credentials, posts for the person at the counter and follows the match",
          "[hub][board][desk]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    DeskBoardFixture hub(backend);
    using namespace board::deskaction;

    // A volunteer registered on the web waits for the credentials; the desk sees the account.
    REQUIRE(hub.registerThroughForm(u"volontari"_s, u"Persona volontari"_s).status == 201);
    QJsonObject view = hub.view(hub.pioltelloToken);
    REQUIRE(view.value(u"pending"_s).toArray().size() == 1);
    const QJsonObject pending = view.value(u"pending"_s).toArray().first().toObject();
    CHECK(pending.value(u"username"_s) == u"volontari"_s);
    CHECK(view.value(u"posts"_s).toArray().isEmpty());

    // Issued once, however often the action is sent.
    const board::DeskAction issue
        = action(kAccountActivate, {{u"account_id"_s, pending.value(u"id"_s)}});
    CHECK(hub.statusOf(hub.pioltelloToken, issue) == u"applied");
    CHECK(hub.statusOf(hub.pioltelloToken, issue) == u"duplicate");
    CHECK(hub.statusOf(hub.pioltelloToken,
                       action(kAccountActivate, {{u"account_id"_s, pending.value(u"id"_s)}}))
          == u"duplicate");
    CHECK(hub.statusOf(hub.segrateToken, issue) == u"invalid"); // another desk's action id
    const hub::BoardAccount volunteer
        = hub.store->accounts().account(pending.value(u"id"_s).toString()).value();
    CHECK(volunteer.activatedBy == u"desk:"_s + hub.pioltello.id);
    CHECK(hub.store->moderation().trail(10)->first().actor == u"desk:Caritas Pioltello");
    CHECK(hub.view(hub.pioltelloToken).value(u"pending"_s).toArray().isEmpty());

    // The volunteer offers deliveries in Pioltello on Tuesdays, on the web.
    const QByteArray volunteerCookie = hub.cookieOf(u"volontari"_s);
    const QString offerId = hub.postMedicines(volunteerCookie, u"OFFERTA"_s).section(u'/', -1);

    // The desk's request, sent twice: one post, suggested the volunteer's offer first.
    const board::Post request = counterRequest();
    const board::DeskAction create = action(kPostCreate, board::postToJson(request));
    CHECK(hub.statusOf(hub.pioltelloToken, create) == u"applied");
    CHECK(hub.statusOf(hub.pioltelloToken, create) == u"duplicate");
    view = hub.view(hub.pioltelloToken);
    REQUIRE(view.value(u"posts"_s).toArray().size() == 1);
    const QJsonObject mine = view.value(u"posts"_s).toArray().first().toObject();
    CHECK(mine.value(u"post"_s).toObject().value(u"post_id"_s) == request.id);
    REQUIRE_FALSE(mine.value(u"suggestions"_s).toArray().isEmpty());
    const QJsonObject first = mine.value(u"suggestions"_s).toArray().first().toObject();
    CHECK(first.value(u"post_id"_s) == offerId);
    CHECK(first.value(u"nearness"_s) == u"SAME_COMUNE"_s);
    CHECK(first.value(u"weekday"_s) == 2);
    CHECK(hub.view(hub.segrateToken).value(u"posts"_s).toArray().isEmpty());

    // Proposed by the desk; the volunteer sees no contact until accepting, then the desk's.
    CHECK(hub.statusOf(
              hub.pioltelloToken,
              action(kMatchPropose, {{u"post_id"_s, request.id}, {u"other_id"_s, newUuid()}}))
          == u"invalid");
    CHECK(
        hub.statusOf(hub.pioltelloToken,
                     action(kMatchPropose, {{u"post_id"_s, request.id}, {u"other_id"_s, offerId}}))
        == u"applied");
    const QString matchPage = u"/bacheca/"_s;
    const Reply board = hub.ask("GET", matchPage, volunteerCookie);
    static const QRegularExpression link(u"/bacheca/abbinamento/([0-9a-f-]{36})"_s);
    const QString matchId = link.match(QString::fromUtf8(board.body)).captured(1);
    REQUIRE_FALSE(matchId.isEmpty());
    const QString page = u"/bacheca/abbinamento/"_s + matchId;
    CHECK_FALSE(hub.ask("GET", page, volunteerCookie).body.contains("02 9999 1234"));
    REQUIRE(hub.ask("POST", page + u"/accetta"_s, volunteerCookie,
                    encoded({{u"csrf"_s, formToken(board)}}))
                .status
            == 303);
    const Reply accepted = hub.ask("GET", page, volunteerCookie);
    CHECK(accepted.body.contains("Caritas Pioltello"));
    CHECK(accepted.body.contains("02 9999 1234"));

    // The desk reads the match with the volunteer's name and contact, moves it along.
    const QJsonObject match = hub.view(hub.pioltelloToken)
                                  .value(u"posts"_s)
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(u"matches"_s)
                                  .toArray()
                                  .first()
                                  .toObject();
    CHECK(match.value(u"state"_s) == u"ACCETTATA"_s);
    CHECK(match.value(u"other_name"_s) == u"Persona volontari"_s);
    CHECK(match.value(u"other_contact"_s) == u"+39 333 1234567"_s);
    CHECK_FALSE(match.value(u"mine_is_offer"_s).toBool());
    // Another desk cannot touch it, nor the post.
    CHECK(hub.statusOf(hub.segrateToken, action(kMatchStart, {{u"match_id"_s, matchId}}))
          == u"invalid");
    CHECK(hub.statusOf(hub.segrateToken, action(kPostClose, {{u"post_id"_s, request.id}}))
          == u"invalid");
    CHECK(hub.statusOf(hub.pioltelloToken, action(kMatchConclude, {{u"match_id"_s, matchId}}))
          == u"invalid"); // not started yet
    CHECK(hub.statusOf(hub.pioltelloToken, action(kMatchStart, {{u"match_id"_s, matchId}}))
          == u"applied");
    CHECK(hub.statusOf(hub.pioltelloToken, action(kMatchConclude, {{u"match_id"_s, matchId}}))
          == u"applied");
    CHECK(hub.statusOf(hub.pioltelloToken, action(kMatchConclude, {{u"match_id"_s, matchId}}))
          == u"duplicate");
    CHECK(hub.store->posts().match(matchId)->state == board::MatchState::Conclusa);
    CHECK(hub.statusOf(hub.pioltelloToken, action(kPostClose, {{u"post_id"_s, request.id}}))
          == u"applied");
}

TEST_CASE("a desk's board actions are checked one by one, the batch as a whole",
          "[hub][board][desk]")
{
    DeskBoardFixture hub(HubBackend::Sqlite);
    using namespace board::deskaction;
    board::Post tooLong = counterRequest();
    tooLong.notes = QString(1001, u'x');
    board::Post past = counterRequest();
    past.when = {};
    past.when.date = QDate(2026, 1, 1);
    const QJsonArray results
        = hub.act(hub.pioltelloToken,
                  {action(kPostCreate, board::postToJson(tooLong)),
                   action(kPostCreate, board::postToJson(past)),
                   {newUuid(), u"post.fly"_s, {}},
                   {u"not-a-uuid"_s, QString::fromLatin1(kPostClose), {{u"post_id"_s, u"x"_s}}},
                   action(kMatchAccept, {}),
                   action(kAccountActivate, {{u"account_id"_s, newUuid()}})});
    REQUIRE(results.size() == 6);
    const auto at = [&](int i, const char *key) {
        return results.at(i).toObject().value(QLatin1StringView(key)).toString();
    };
    CHECK(at(0, "field") == u"data.notes");
    CHECK(at(0, "detail") == u"TOO_LONG");
    CHECK(at(1, "status") == u"invalid");
    CHECK(at(1, "field").startsWith(u"data.when"_s));
    CHECK(at(2, "field") == u"type");
    CHECK(at(3, "field") == u"id");
    CHECK(at(4, "field") == u"data.match_id");
    CHECK(at(5, "detail") == u"NOT_FOUND");
    CHECK(hub.store->posts()
              .postsOf(hub.store->accounts()
                           .deskAccount(hub.pioltello.id, hub.pioltello.name, u"015175"_s,
                                        hub.clock.nowUtc())
                           .value())
              ->isEmpty());

    CHECK(hub.call("POST", u"/v1/board/actions"_s, hub.pioltelloToken, "{").status == 400);
    CHECK(hub.call("POST", u"/v1/board/actions"_s, hub.pioltelloToken, R"({"actions":[]})").status
          == 422);
    CHECK(hub.call("POST", u"/v1/board/actions"_s, hub.pioltelloToken, R"({"x":1})").status == 422);
    CHECK(hub.call("GET", u"/v1/board/actions"_s, hub.pioltelloToken).status == 405);
    CHECK(hub.call("POST", u"/v1/board"_s, hub.pioltelloToken).status == 405);
    CHECK(hub.call("GET", u"/v1/board"_s, u"sph1_wrong"_s).status == 401);
    // The desk's account cannot be logged in to.
    CHECK(hub.login(u"sportello:"_s + hub.pioltello.id, u"!"_s).isEmpty());
}

TEST_CASE("an offer in a neighbouring comune is suggested after one in the same comune",
          "[hub][board][desk]")
{
    DeskBoardFixture hub(HubBackend::Sqlite);
    // Pioltello borders Segrate, as hub.conf's neighbours say.
    board::Geography geography;
    geography.neighbours.insert(u"015175"_s, {u"015205"_s});
    hub::BoardDeskApi deskApi(*hub.store, hub.clock, geography);
    hub.api.setBoardDesk(&deskApi);
    QStringList offers;
    for (const QString &comune : {u"015205"_s, u"015175"_s}) {
        const QString name = u"vol"_s + comune;
        REQUIRE(hub.registerThroughForm(name, u"Persona "_s + comune).status == 201);
        hub.activate(name);
        offers.append(
            hub.postMedicines(hub.cookieOf(name), u"OFFERTA"_s, comune).section(u'/', -1));
    }
    REQUIRE(
        hub.statusOf(hub.pioltelloToken,
                     action(board::deskaction::kPostCreate, board::postToJson(counterRequest())))
        == u"applied");
    const QJsonArray suggestions = hub.view(hub.pioltelloToken)
                                       .value(u"posts"_s)
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(u"suggestions"_s)
                                       .toArray();
    REQUIRE(suggestions.size() == 2);
    CHECK(suggestions.at(0).toObject().value(u"post_id"_s) == offers.at(1));
    CHECK(suggestions.at(0).toObject().value(u"nearness"_s) == u"SAME_COMUNE"_s);
    CHECK(suggestions.at(1).toObject().value(u"post_id"_s) == offers.at(0));
    CHECK(suggestions.at(1).toObject().value(u"nearness"_s) == u"NEIGHBOURING_COMUNE"_s);
    // Without the neighbours, Segrate's offer is not suggested at all.
    hub.api.setBoardDesk(&hub.deskApi);
    CHECK(hub.view(hub.pioltelloToken)
              .value(u"posts"_s)
              .toArray()
              .first()
              .toObject()
              .value(u"suggestions"_s)
              .toArray()
              .size()
          == 1);
}
