// SPDX-License-Identifier: GPL-3.0-or-later
// The board at the counter (issue 16, point 7): a post is entered only for a person with the
// board's consent, checked like the web's, with the desk as its contact unless the person asks
// for their own; every act waits in the desk's queue, audited, until the sync engine hands it to
// the hub; erasing the person withdraws their posts.
#include "board/deskboard.h"
#include "peoplefixture.h"
#include "services/boardservice.h"
#include "services/personeraser.h"

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;

namespace {

board::Post medicines()
{
    board::Post post;
    post.kind = board::PostKind::Request;
    post.category = board::Category::ConsegnaFarmaci;
    post.zone.comune = u"015175"_s;
    post.when.windows = {{1 << 1, QTime(9, 0), QTime(12, 0)}};
    post.forWhom = board::ForWhom::Self;
    post.notes = u"Farmacia di via Roma"_s;
    return post;
}

} // namespace

TEST_CASE("a post for the person at the counter needs the board's consent and a valid post",
          "[services][board]")
{
    PeopleDesk desk;
    services::BoardService &board = desk.services->board();
    const qint64 maria = desk.create(u"Maria"_s, u"Esposito"_s, 1948);

    auto refused = board.enterPost(desk.volunteer, maria, medicines(), false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::ConsentMissing);
    CHECK(refused.error().args.value(0) == u"BACHECA");
    desk.consent(maria, people::ConsentPurpose::Board);

    board::Post noDays = medicines();
    noDays.when.windows.clear();
    auto invalid = board.enterPost(desk.volunteer, maria, noDays, false);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.code() == ErrorCode::InvalidArgument);
    CHECK(invalid.error().args.value(0) == u"board.when.windows");
    CHECK(board.enterPost(desk.facilitator, maria, medicines(), false).code()
          == ErrorCode::PermissionDenied);
    // Her own contact needs a phone she has not given.
    CHECK(board.enterPost(desk.volunteer, maria, medicines(), true).error().args.value(0)
          == u"board.contact");
    CHECK(board.recent(desk.volunteer)->isEmpty());

    // The desk as the contact: its name and the contacts it gave at first run.
    auto entered = board.enterPost(desk.volunteer, maria, medicines(), false);
    REQUIRE(entered.ok());
    auto queue = board.recent(desk.volunteer);
    REQUIRE(queue->size() == 1);
    const board::QueuedAction &item = queue->first();
    CHECK(item.action.type == u"post.create");
    CHECK(item.state == u"QUEUED");
    CHECK(item.postId == *entered);
    CHECK(item.personId == maria);
    const board::Post sent = std::get<board::Post>(board::postFromJson(item.action.data));
    CHECK(sent.id == *entered);
    CHECK(sent.contactName == u"Centro di Ascolto");
    CHECK(sent.contact == u"Via Roma 1");
    CHECK(sent.notes == u"Farmacia di via Roma");
    CHECK_FALSE(item.action.data.contains(u"codice_fiscale"_s));
    // The facilitator's refused try is in the trail too.
    CHECK(desk.auditActions(u"board"_s) == QStringList {u"denied"_s, u"create"_s});

    // With her phone on record and her asking, her own name and phone.
    auto person = desk.people->person(desk.volunteer, maria);
    REQUIRE(person.ok());
    people::Person withPhone = *person;
    withPhone.phone = u"333 111 2222"_s;
    REQUIRE(desk.people->update(desk.volunteer, withPhone).ok());
    desk.clock.advanceSecs(60);
    auto own = board.enterPost(desk.volunteer, maria, medicines(), true);
    REQUIRE(own.ok());
    const board::Post shown = std::get<board::Post>(
        board::postFromJson(board.recent(desk.volunteer)->first().action.data));
    CHECK(shown.contactName == u"Maria Esposito");
    CHECK(shown.contact == u"333 111 2222");
}

TEST_CASE("the board's acts wait in the queue until the hub answers each", "[services][board]")
{
    PeopleDesk desk;
    services::BoardService &board = desk.services->board();
    REQUIRE(board.issueCredentials(desk.volunteer, u"acc-1"_s).ok());
    desk.clock.advanceSecs(1);
    REQUIRE(board.propose(desk.volunteer, u"post-1"_s, u"post-2"_s).ok());
    desk.clock.advanceSecs(1);
    REQUIRE(board.moveMatch(desk.volunteer, u"match-1"_s, u"match.accept"_s).ok());
    CHECK(board.moveMatch(desk.volunteer, u"match-1"_s, u"match.fly"_s).code()
          == ErrorCode::InvalidArgument);
    auto queued = board.queued(10);
    REQUIRE(queued->size() == 3);
    CHECK(queued->at(0).action.type == u"account.activate");
    CHECK(queued->at(1).action.data.value(u"other_id"_s) == u"post-2"_s);
    for (const board::QueuedAction &item : *queued)
        CHECK(std::holds_alternative<board::DeskAction>(
            board::readDeskAction(board::toJson(item.action))));

    REQUIRE(board.delivered({queued->at(0).action.id, queued->at(1).action.id}).ok());
    REQUIRE(board.refused(queued->at(2).action.id, u"data.match_id: NOT_FOUND"_s).ok());
    CHECK(board.queued(10)->isEmpty());
    const QList<board::QueuedAction> recent = board.recent(desk.volunteer).value();
    QStringList states;
    for (const board::QueuedAction &item : recent)
        states.append(item.state + u' ' + item.error);
    states.sort();
    CHECK(states
          == QStringList {u"DELIVERED "_s, u"DELIVERED "_s, u"FAILED data.match_id: NOT_FOUND"_s});
    // Delivered acts keep no payload.
    for (const board::QueuedAction &item : recent) {
        if (item.state == u"DELIVERED")
            CHECK(item.action.data.isEmpty());
    }
}

TEST_CASE("erasing a person withdraws the posts entered for them", "[services][board][erasure]")
{
    PeopleDesk desk;
    services::BoardService &board = desk.services->board();
    const qint64 maria = desk.create(u"Maria"_s, u"Esposito"_s, 1948);
    desk.consent(maria, people::ConsentPurpose::PersonalData);
    desk.consent(maria, people::ConsentPurpose::Board);
    auto first = board.enterPost(desk.volunteer, maria, medicines(), false);
    auto second = board.enterPost(desk.volunteer, maria, medicines(), false);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    REQUIRE(board.delivered({board.queued(10)->first().action.id}).ok());

    REQUIRE(desk.services->eraser().erase(desk.lead, maria).ok());
    const QList<board::QueuedAction> left = board.recent(desk.lead).value();
    REQUIRE(left.size() == 2);
    QStringList withdrawn;
    for (const board::QueuedAction &item : left) {
        CHECK(item.action.type == u"post.close");
        CHECK(item.personId == 0);
        withdrawn.append(item.action.data.value(u"post_id"_s).toString());
    }
    withdrawn.sort();
    QStringList expected {*first, *second};
    expected.sort();
    CHECK(withdrawn == expected);
}
