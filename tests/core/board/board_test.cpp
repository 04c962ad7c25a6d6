// SPDX-License-Identifier: GPL-3.0-or-later
// The Bacheca's model (issue 16, point 1): posts and their codes, when two posts can meet,
// which offers answer a request and in what order, and the life of a match.
#include "board/board.h"
#include "board/boardmatch.h"
#include "board/matching.h"
#include "testhelpers.h"

#include <QSet>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::board;

namespace {

const QString kPioltello = u"015175"_s;
const QString kSegrate = u"015205"_s;
const QString kVimodrone = u"015242"_s;
const QString kBergamo = u"016024"_s;
const QDate kToday(2026, 12, 7); // a Monday

constexpr int kMonday = 1 << 0;
constexpr int kTuesday = 1 << 1;
constexpr int kThursday = 1 << 3;

When weekly(int weekdays, QTime from, QTime to, QDate validFrom = {}, QDate validTo = {})
{
    When when;
    when.windows = {{weekdays, from, to}};
    when.validFrom = validFrom;
    when.validTo = validTo;
    return when;
}

Post post(int id, PostKind kind, Zone zone, When when, const QString &account = {})
{
    Post p;
    p.id = QString::number(id);
    p.accountId = account.isEmpty() ? u"account-%1"_s.arg(id) : account;
    p.kind = kind;
    p.category = Category::ConsegnaFarmaci;
    p.zone = std::move(zone);
    p.when = std::move(when);
    p.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(id * 60);
    return p;
}

QStringList ids(const QList<Suggestion> &suggestions)
{
    QStringList list;
    for (const Suggestion &s : suggestions)
        list.append(s.postId);
    return list;
}

} // namespace

TEST_CASE("the board's thirteen categories and its codes go both ways", "[board]")
{
    QSet<QString> codes;
    for (const Category c : allCategories()) {
        const QString code = categoryCode(c);
        Category back = Category::Altro;
        CHECK(categoryFromCode(code, &back));
        CHECK(back == c);
        codes.insert(code);
    }
    CHECK(codes.size() == 13);
    CHECK(codes.contains(u"CONSEGNA_FARMACI"_s));
    Category unknown = Category::Trasporto;
    CHECK_FALSE(categoryFromCode(u"consegna_farmaci"_s, &unknown));
    CHECK(unknown == Category::Trasporto);
    PostKind kind = PostKind::Offer;
    CHECK(postKindFromCode(postKindCode(PostKind::Request), &kind));
    CHECK(kind == PostKind::Request);
    ForWhom who = ForWhom::Self;
    CHECK(forWhomFromCode(u"PERSONA_SEGUITA"_s, &who));
    CHECK(who == ForWhom::FollowedPerson);
    PostState state = PostState::Open;
    CHECK(postStateFromCode(postStateCode(PostState::Paused), &state));
    CHECK(state == PostState::Paused);
    MatchState matchState = MatchState::Proposta;
    CHECK(matchStateFromCode(u"IN_CORSO"_s, &matchState));
    CHECK(matchState == MatchState::InCorso);
    CHECK_FALSE(matchStateFromCode(u"FINITA"_s, &matchState));
}

TEST_CASE("a post is checked field by field before it goes on the board", "[board]")
{
    Post good = post(1, PostKind::Offer, {kPioltello, {}}, weekly(kTuesday, {10, 0}, {12, 0}));
    CHECK(validatePost(good, kToday).isEmpty());

    Post bad = good;
    bad.zone.comune = u"Pioltello"_s;
    bad.when.windows = {{kTuesday, {12, 0}, {10, 0}}};
    bad.notes = QString(kMaxNotesLength + 1, u'x');
    bad.capacity = 0;
    CHECK(validatePost(bad, kToday)
          == QList<PostProblem> {{u"zone.comune"_s, u"INVALID"_s},
                                 {u"when.windows"_s, u"INVALID"_s},
                                 {u"notes"_s, u"TOO_LONG"_s},
                                 {u"capacity"_s, u"OUT_OF_RANGE"_s}});

    Post past = good;
    past.kind = PostKind::Request;
    past.capacity = 0; // a request has no capacity to check
    past.when = When {};
    past.when.date = kToday.addDays(-1);
    CHECK(validatePost(past, kToday) == QList<PostProblem> {{u"when.date"_s, u"IN_THE_PAST"_s}});
    past.when = weekly(kTuesday, {10, 0}, {12, 0}, kToday.addDays(10), kToday.addDays(3));
    CHECK(validatePost(past, kToday) == QList<PostProblem> {{u"when.validity"_s, u"INVALID"_s}});
    past.when = weekly(0, {10, 0}, {12, 0});
    past.zone.comune.clear();
    CHECK(validatePost(past, kToday)
          == QList<PostProblem> {{u"zone.comune"_s, u"MISSING"_s},
                                 {u"when.windows"_s, u"INVALID"_s}});
}

TEST_CASE("two posts meet where their days and hours overlap, from today on", "[board]")
{
    SECTION("two weekly patterns: the first common window, and all the time they share")
    {
        const auto o = overlap(weekly(kTuesday | kThursday, {9, 0}, {11, 0}),
                               weekly(kTuesday | kThursday, {10, 0}, {12, 0}), kToday);
        REQUIRE(o);
        CHECK(o->weekday == 2);
        CHECK_FALSE(o->date.isValid());
        CHECK(o->from == QTime(10, 0));
        CHECK(o->to == QTime(11, 0));
        CHECK(o->minutesPerWeek == 120);
    }
    SECTION("one date against a weekly pattern: the date's weekday counts")
    {
        When tuesday;
        tuesday.date = QDate(2026, 12, 8);
        tuesday.windows = {{0, {9, 30}, {10, 30}}};
        const auto o = overlap(tuesday, weekly(kTuesday, {10, 0}, {12, 0}), kToday);
        REQUIRE(o);
        CHECK(o->date == QDate(2026, 12, 8));
        CHECK(o->from == QTime(10, 0));
        CHECK(o->to == QTime(10, 30));
        CHECK_FALSE(overlap(tuesday, weekly(kMonday, {10, 0}, {12, 0}), kToday));
        // The pattern ends before the date.
        CHECK_FALSE(
            overlap(tuesday, weekly(kTuesday, {10, 0}, {12, 0}, {}, QDate(2026, 12, 7)), kToday));
    }
    SECTION("no common hour, or validities that never meet")
    {
        CHECK_FALSE(
            overlap(weekly(kTuesday, {9, 0}, {10, 0}), weekly(kTuesday, {10, 0}, {11, 0}), kToday));
        CHECK_FALSE(overlap(weekly(kTuesday, {9, 0}, {12, 0}, {}, QDate(2026, 12, 20)),
                            weekly(kTuesday, {9, 0}, {12, 0}, QDate(2027, 1, 1)), kToday));
        // Three days from Wednesday to Friday hold no Tuesday.
        CHECK_FALSE(
            overlap(weekly(kTuesday, {9, 0}, {12, 0}, QDate(2026, 12, 9), QDate(2026, 12, 11)),
                    weekly(kTuesday, {9, 0}, {12, 0}), kToday));
    }
    SECTION("no hours given: any time of the day")
    {
        When anyTime;
        anyTime.date = QDate(2026, 12, 10);
        const auto o = overlap(anyTime, When {}, kToday);
        REQUIRE(o);
        CHECK(o->anyTime);
        CHECK(o->minutesPerWeek == 24 * 60);
        const auto hours = overlap(anyTime, weekly(kThursday, {15, 0}, {17, 0}), kToday);
        REQUIRE(hours);
        CHECK_FALSE(hours->anyTime);
        CHECK(hours->from == QTime(15, 0));
        CHECK(hours->to == QTime(17, 0));
    }
}

TEST_CASE("a request for medicines on Tuesday mornings in Pioltello is offered the nearest "
          "volunteer first",
          "[board]")
{
    Geography geography;
    geography.neighbours.insert(kPioltello, {kSegrate, kVimodrone});
    const When tuesdayMorning = weekly(kTuesday, {9, 0}, {12, 0});
    Post request = post(1, PostKind::Request, {kPioltello, u"SEGGIANO"_s}, tuesdayMorning);

    QList<Candidate> board;
    const auto add = [&board](Post p, int active = 0) {
        board.append({std::move(p), active});
    };
    add(post(10, PostKind::Offer, {kSegrate, {}}, weekly(kTuesday, {9, 0}, {12, 0})));
    add(post(11, PostKind::Offer, {kPioltello, u"LIMITO"_s}, weekly(kTuesday, {10, 0}, {11, 0})));
    add(post(12, PostKind::Offer, {kPioltello, u"SEGGIANO"_s}, weekly(kTuesday, {10, 0}, {12, 0})));
    add(post(13, PostKind::Offer, {kPioltello, {}}, weekly(kTuesday, {8, 0}, {12, 0})));
    // None of these fits:
    add(post(20, PostKind::Offer, {kBergamo, {}}, tuesdayMorning)); // not a neighbour
    Post groceries = post(21, PostKind::Offer, {kPioltello, {}}, tuesdayMorning);
    groceries.category = Category::FornituraAlimenti;
    add(groceries);
    add(post(22, PostKind::Offer, {kPioltello, {}}, tuesdayMorning), 1); // capacity 1, taken
    add(post(23, PostKind::Offer, {kPioltello, {}}, tuesdayMorning, request.accountId)); // own
    Post paused = post(24, PostKind::Offer, {kPioltello, {}}, tuesdayMorning);
    paused.state = PostState::Paused;
    add(paused);
    add(post(25, PostKind::Offer, {kPioltello, {}},
             weekly(kTuesday, {9, 0}, {12, 0}, {}, kToday.addDays(-1)))); // expired
    add(post(26, PostKind::Offer, {kPioltello, {}}, weekly(kTuesday, {14, 0}, {16, 0})));
    add(post(27, PostKind::Request, {kPioltello, {}}, tuesdayMorning)); // another request

    const QList<Suggestion> found = suggest(request, 0, board, geography, kToday);
    // Same neighbourhood; then the same comune, more time in common first; then Segrate.
    CHECK(ids(found) == QStringList {u"12"_s, u"13"_s, u"11"_s, u"10"_s});
    REQUIRE(found.size() == 4);
    CHECK(found.at(0).nearness == Nearness::SameNeighbourhood);
    CHECK(found.at(0).when.weekday == 2);
    CHECK(found.at(0).when.from == QTime(10, 0));
    CHECK(found.at(0).when.to == QTime(12, 0));
    CHECK(found.at(1).nearness == Nearness::SameComune);
    CHECK(found.at(1).when.minutesPerWeek == 180);
    CHECK(found.at(3).nearness == Nearness::NeighbouringComune);
    CHECK(suggest(request, 0, board, geography, kToday, 2).size() == 2);

    // A request already being answered gets no more suggestions.
    CHECK(suggest(request, 1, board, geography, kToday).isEmpty());
    // From the other side: the Seggiano offer sees the Seggiano request before request 27,
    // which names no neighbourhood.
    Post offer = board.at(2).post;
    const QList<Suggestion> requests
        = suggest(offer, 0, board + QList<Candidate> {{request, 0}}, geography, kToday);
    CHECK(ids(requests) == QStringList {u"1"_s, u"27"_s});
    CHECK(requests.at(0).nearness == Nearness::SameNeighbourhood);
    CHECK(requests.at(0).spareCapacity == 1);
    offer.capacity = 2;
    CHECK(suggest(offer, 2, board, geography, kToday).isEmpty()); // full
}

TEST_CASE("a match needs both sides to accept, and only then are contacts shown", "[board]")
{
    Match match;
    match.offerId = u"12"_s;
    match.requestId = u"1"_s;
    CHECK_FALSE(match.contactsDisclosed());

    auto once = accept(match, Side::Request);
    REQUIRE(once.ok());
    CHECK(once->state == MatchState::Proposta);
    CHECK_FALSE(once->contactsDisclosed());
    auto both = accept(*once, Side::Offer);
    REQUIRE(both.ok());
    CHECK(both->state == MatchState::Accettata);
    CHECK(both->contactsDisclosed());

    // Declining is for a proposal; once accepted, a side cancels for another reason.
    auto declined = cancel(*both, Side::Offer, u"RIFIUTATA"_s);
    REQUIRE_FALSE(declined.ok());
    CHECK(declined.error().args == QStringList {u"match.reason"_s, u"RIFIUTATA"_s});

    auto started = start(*both);
    REQUIRE(started.ok());
    CHECK(started->state == MatchState::InCorso);
    CHECK_FALSE(accept(*started, Side::Offer).ok());
    auto ended = conclude(*started);
    REQUIRE(ended.ok());
    CHECK(ended->state == MatchState::Conclusa);
    CHECK(ended->contactsDisclosed());

    auto rated = leaveFeedback(*ended, Side::Request, {u"SVOLTO"_s, u"Puntuale e gentile."_s});
    REQUIRE(rated.ok());
    CHECK(rated->requestFeedback->outcome == u"SVOLTO");
    CHECK_FALSE(leaveFeedback(*rated, Side::Request, {u"PARZIALE"_s, {}}).ok()); // once
    CHECK_FALSE(leaveFeedback(*rated, Side::Offer, {u"BENE"_s, {}}).ok());
    CHECK_FALSE(
        leaveFeedback(*rated, Side::Offer, {u"SVOLTO"_s, QString(kMaxFeedbackLength + 1, u'x')})
            .ok());
    CHECK(leaveFeedback(*rated, Side::Offer, {u"SVOLTO"_s, {}}).ok());
    CHECK_FALSE(cancel(*rated, Side::Offer, u"IMPREVISTO"_s).ok());
}

TEST_CASE("a proposal declined, or a match cancelled, ends with its reason", "[board]")
{
    Match match;
    auto declined = cancel(match, Side::Offer, u"RIFIUTATA"_s);
    REQUIRE(declined.ok());
    CHECK(declined->state == MatchState::Annullata);
    CHECK(declined->cancelReason == u"RIFIUTATA");
    CHECK(declined->cancelledBy == Side::Offer);
    CHECK_FALSE(declined->contactsDisclosed());
    CHECK(isFinal(declined->state));
    const auto refused = accept(*declined, Side::Request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().args == QStringList {u"match.move"_s, u"ANNULLATA"_s, u"accept"_s});
    CHECK_FALSE(cancel(match, Side::Request, u"PERCHE_SI"_s).ok());
    CHECK_FALSE(start(match).ok());
    CHECK_FALSE(conclude(match).ok());
    CHECK_FALSE(leaveFeedback(match, Side::Offer, {u"SVOLTO"_s, {}}).ok());
}
