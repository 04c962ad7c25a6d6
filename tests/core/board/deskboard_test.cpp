// SPDX-License-Identifier: GPL-3.0-or-later
// What a desk and the hub say about the board (issue 16, point 7): an action and a view read
// back as they were written, and what is wrong with a bad one named by its field.
#include "board/deskboard.h"

#include <QJsonDocument>
#include <QUuid>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

board::Post post()
{
    board::Post p;
    p.id = uuid();
    p.kind = board::PostKind::Offer;
    p.category = board::Category::Trasporto;
    p.zone = {u"015175"_s, u"Seggiano"_s};
    p.when.windows = {{0b0000101, QTime(8, 30), QTime(11, 0)}};
    p.when.validTo = QDate(2027, 6, 30);
    p.forWhom = board::ForWhom::FamilyMember;
    p.notes = u"Auto con 3 posti, <b>niente</b> animali"_s;
    p.capacity = 3;
    p.contactName = u"Sportello Caritas"_s;
    p.contact = u"02 123"_s;
    return p;
}

board::DeskActionError errorOf(const QJsonObject &json)
{
    const auto read = board::readDeskAction(json);
    REQUIRE(std::holds_alternative<board::DeskActionError>(read));
    return std::get<board::DeskActionError>(read);
}

} // namespace

TEST_CASE("a post and an action read back as written", "[board][wire]")
{
    const board::Post written = post();
    const auto read = board::postFromJson(board::postToJson(written));
    REQUIRE(std::holds_alternative<board::Post>(read));
    const board::Post &back = std::get<board::Post>(read);
    CHECK(back.id == written.id);
    CHECK(back.kind == written.kind);
    CHECK(back.category == written.category);
    CHECK(back.zone == written.zone);
    CHECK(back.when == written.when);
    CHECK(back.forWhom == written.forWhom);
    CHECK(back.notes == written.notes);
    CHECK(back.capacity == 3);
    CHECK(back.contactName == written.contactName);
    CHECK(back.contact == written.contact);

    const board::DeskAction action {uuid(), u"post.create"_s, board::postToJson(written)};
    const auto checked = board::readDeskAction(board::toJson(action));
    REQUIRE(std::holds_alternative<board::DeskAction>(checked));
    CHECK(std::get<board::DeskAction>(checked).data == action.data);
}

TEST_CASE("a bad action is named by its field", "[board][wire]")
{
    CHECK(
        errorOf({{u"id"_s, u"1"_s}, {u"type"_s, u"post.close"_s}, {u"data"_s, QJsonObject()}}).field
        == u"id");
    CHECK(
        errorOf({{u"id"_s, uuid()}, {u"type"_s, u"post.fly"_s}, {u"data"_s, QJsonObject()}}).problem
        == u"UNKNOWN_TYPE");
    CHECK(errorOf({{u"id"_s, uuid()}, {u"type"_s, u"post.close"_s}}).field == u"data");
    CHECK(errorOf({{u"id"_s, uuid()},
                   {u"type"_s, u"match.propose"_s},
                   {u"data"_s, QJsonObject {{u"post_id"_s, uuid()}}}})
              .field
          == u"data.other_id");
    QJsonObject tooLong = board::postToJson(post());
    tooLong.insert(u"contact"_s, QString(201, u'9'));
    CHECK(errorOf({{u"id"_s, uuid()}, {u"type"_s, u"post.create"_s}, {u"data"_s, tooLong}}).field
          == u"data.contact");
    QJsonObject badCategory = board::postToJson(post());
    badCategory.insert(u"category"_s, u"ROBOT"_s);
    CHECK(
        errorOf({{u"id"_s, uuid()}, {u"type"_s, u"post.create"_s}, {u"data"_s, badCategory}}).field
        == u"data.category");
    QJsonObject notUuid = board::postToJson(post());
    notUuid.insert(u"post_id"_s, u"mine"_s);
    CHECK(errorOf({{u"id"_s, uuid()}, {u"type"_s, u"post.create"_s}, {u"data"_s, notUuid}}).field
          == u"data.post_id");
}

TEST_CASE("the board as a desk sees it reads back; contacts only once disclosed", "[board][wire]")
{
    board::DeskView view;
    view.pending.append({uuid(), u"anna"_s, u"Anna Rossi"_s, u"CITTADINO"_s, u"015175"_s,
                         QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)});
    board::DeskPost entry {post(), {}, {}};
    board::Suggestion s;
    s.postId = uuid();
    s.nearness = board::Nearness::SameNeighbourhood;
    s.when.weekday = 2;
    s.when.from = QTime(10, 0);
    s.when.to = QTime(12, 0);
    s.spareCapacity = 2;
    entry.suggestions.append(s);
    board::DeskMatch proposed;
    proposed.match.id = uuid();
    proposed.match.offerId = entry.post.id;
    proposed.match.requestId = s.postId;
    proposed.mineIsOffer = true;
    proposed.otherName = u"secret"_s; // not disclosed yet: not written
    board::DeskMatch accepted = proposed;
    accepted.match.id = uuid();
    accepted.match.state = board::MatchState::Accettata;
    accepted.otherName = u"Giulia"_s;
    accepted.otherContact = u"333"_s;
    entry.matches = {proposed, accepted};
    view.posts.append(entry);

    const QJsonObject json = board::toJson(view);
    CHECK_FALSE(QJsonDocument(json).toJson().contains("secret"));
    const auto back = board::deskViewFromJson(json);
    REQUIRE(back.has_value());
    REQUIRE(back->pending.size() == 1);
    CHECK(back->pending.first().username == u"anna");
    REQUIRE(back->posts.size() == 1);
    CHECK(back->posts.first().post.notes == entry.post.notes);
    REQUIRE(back->posts.first().suggestions.size() == 1);
    CHECK(back->posts.first().suggestions.first().nearness == board::Nearness::SameNeighbourhood);
    CHECK(back->posts.first().suggestions.first().when.from == QTime(10, 0));
    REQUIRE(back->posts.first().matches.size() == 2);
    CHECK(back->posts.first().matches.at(0).otherName.isEmpty());
    CHECK(back->posts.first().matches.at(1).otherContact == u"333");
    CHECK_FALSE(board::deskViewFromJson({{u"pending"_s, 1}}).has_value());
}

TEST_CASE("a comune's suggestions come from it and from the comuni that border it",
          "[board][matching]")
{
    board::Geography geography;
    geography.neighbours.insert(u"015175"_s, {u"015205"_s});
    geography.neighbours.insert(u"015242"_s, {u"015175"_s});
    QStringList near = geography.near(u"015175"_s);
    near.sort();
    CHECK(near == QStringList {u"015175"_s, u"015205"_s, u"015242"_s});
    CHECK(geography.near(u"015205"_s) == QStringList {u"015205"_s, u"015175"_s});
    CHECK(board::Geography().near(u"015205"_s) == QStringList {u"015205"_s});
}
