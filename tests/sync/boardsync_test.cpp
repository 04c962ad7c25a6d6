// SPDX-License-Identifier: GPL-3.0-or-later
// The network's web with a real desk and the real sportello-hub on 127.0.0.1 (issue 16, points
// 4, 7 and 8): a volunteer registered on the web gets the credentials from the desk; the desk's
// request for the person at the counter reaches the board with the sync, the volunteer's offer
// is suggested, the desk proposes it, the volunteer accepts on the web and the desk reads the
// volunteer's contact; a Comune's account takes a referral in charge on the web and the desk
// that sent it shows it after its next sync.
#include "board/deskboard.h"
#include "localhub.h"
#include "network/boardfetch.h"
#include "services/boardservice.h"
#include "services/networkservice.h"
#include "webclient.h"

#include <QRegularExpression>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace sportello;

using test::enrol;
using test::LocalHub;
using test::syncClean;
using test::WebClient;

namespace {

const QString kPassword = u"Girasole-di-marzo-42"_s;

// The board as the hub shows it to `desk`.
board::DeskView readBoard(test::ReferralDesk &desk)
{
    services::NetworkService network(desk.services->context(), test::secrets());
    sync::BoardFetch fetch(network, {}, desk.clock);
    QSignalSpy done(&fetch, &sync::BoardFetch::finished);
    fetch.start();
    REQUIRE(done.wait(30000));
    INFO((fetch.error() ? fetch.error()->toLogString() : QString()).toStdString());
    REQUIRE(fetch.view().has_value());
    return *fetch.view();
}

} // namespace

TEST_CASE("a request entered at the desk meets a volunteer's offer on the board",
          "[sync][hub][board]")
{
    LocalHub hub;
    test::ReferralDesk desk;
    QNetworkAccessManager network;
    REQUIRE_FALSE(enrol(desk, network, hub.request()).has_value());
    services::BoardService &board = desk.services->board();

    // A volunteer registers on the web; the desk sees the account and issues the credentials.
    WebClient volunteer(hub.url, hub.hubDir + u"/ca.pem"_s);
    volunteer.get(u"/bacheca/registrati"_s);
    const WebClient::Page registered = volunteer.post(u"/bacheca/registrati"_s,
                                                      {{u"kind"_s, u"CITTADINO"_s},
                                                       {u"display_name"_s, u"Luca Volontario"_s},
                                                       {u"contact"_s, u"+39 347 000 1111"_s},
                                                       {u"comune"_s, u"015175"_s},
                                                       {u"username"_s, u"luca"_s},
                                                       {u"password"_s, kPassword},
                                                       {u"password2"_s, kPassword},
                                                       {u"consent"_s, u"1"_s}});
    REQUIRE(registered.status == 201);
    board::DeskView view = readBoard(desk);
    REQUIRE(view.pending.size() == 1);
    CHECK(view.pending.first().username == u"luca");
    REQUIRE(board.issueCredentials(desk.volunteer, view.pending.first().id).ok());
    CHECK(syncClean(desk, network)->boardDelivered() == 1);
    CHECK(readBoard(desk).pending.isEmpty());

    // Now he can log in, and offers deliveries in Pioltello on Tuesday mornings.
    volunteer.get(u"/bacheca/accedi"_s);
    REQUIRE(
        volunteer
            .post(u"/bacheca/accedi"_s, {{u"username"_s, u"luca"_s}, {u"password"_s, kPassword}})
            .status
        == 303);
    volunteer.get(u"/bacheca/nuovo"_s);
    REQUIRE(volunteer
                .post(u"/bacheca/nuovo"_s,
                      {{u"kind"_s, u"OFFERTA"_s},
                       {u"category"_s, u"CONSEGNA_FARMACI"_s},
                       {u"comune"_s, u"015175"_s},
                       {u"d2"_s, u"1"_s},
                       {u"from"_s, u"09:00"_s},
                       {u"to"_s, u"12:00"_s},
                       {u"for_whom"_s, u"SE_STESSO"_s}})
                .status
            == 303);

    // The desk's request for the person at the counter, with her board consent.
    desk.consent(desk.personId, people::ConsentPurpose::Board);
    board::Post request;
    request.kind = board::PostKind::Request;
    request.category = board::Category::ConsegnaFarmaci;
    request.zone.comune = u"015175"_s;
    request.when.windows = {{1 << 1, QTime(10, 0), QTime(11, 0)}};
    const QString postId = board.enterPost(desk.volunteer, desk.personId, request, false).value();
    CHECK(syncClean(desk, network)->boardDelivered() == 1);
    view = readBoard(desk);
    REQUIRE(view.posts.size() == 1);
    CHECK(view.posts.first().post.id == postId);
    REQUIRE(view.posts.first().suggestions.size() == 1);
    const board::Suggestion suggested = view.posts.first().suggestions.first();
    CHECK(suggested.nearness == board::Nearness::SameComune);
    CHECK(suggested.when.weekday == 2);

    // Proposed from the desk; the volunteer sees no contact, accepts, then sees the desk's.
    REQUIRE(board.propose(desk.volunteer, postId, suggested.postId).ok());
    CHECK(syncClean(desk, network)->boardDelivered() == 1);
    const WebClient::Page mine = volunteer.get(u"/bacheca/"_s);
    static const QRegularExpression link(u"/bacheca/abbinamento/([0-9a-f-]{36})"_s);
    const QString matchPath = u"/bacheca/abbinamento/"_s + link.match(mine.html).captured(1);
    REQUIRE(matchPath.size() > 30);
    CHECK_FALSE(volunteer.get(matchPath).html.contains(u"Via Roma"_s));
    REQUIRE(volunteer.post(matchPath + u"/accetta"_s, {}).status == 303);
    const WebClient::Page accepted = volunteer.get(matchPath);
    CHECK(accepted.html.contains(u"Centro di Ascolto"_s));

    view = readBoard(desk);
    REQUIRE(view.posts.first().matches.size() == 1);
    const board::DeskMatch match = view.posts.first().matches.first();
    CHECK(match.match.state == board::MatchState::Accettata);
    CHECK(match.otherName == u"Luca Volontario");
    CHECK(match.otherContact == u"+39 347 000 1111");

    // A move refused by the hub is kept with its reason; nothing else is lost.
    desk.clock.advanceSecs(60);
    REQUIRE(board.moveMatch(desk.volunteer, match.match.id, u"match.conclude"_s).ok());
    const auto round = syncClean(desk, network);
    CHECK(round->boardRefused() == 1);
    CHECK(board.recent(desk.volunteer)->first().error.startsWith(u"data.match_id"_s));
}

TEST_CASE("a Comune's account takes a referral in charge on the web and the desk shows it",
          "[sync][hub][comune]")
{
    LocalHub hub;
    test::ReferralDesk desk;
    QNetworkAccessManager network;
    REQUIRE_FALSE(enrol(desk, network, hub.request()).has_value());
    desk.consent(desk.personId, people::ConsentPurpose::IdentifiedReferral);
    const qint64 id = desk.referrals->create(desk.volunteer, desk.toComune()).value();
    REQUIRE(desk.referrals->move(desk.volunteer, id, {referrals::State::Inviata, {}, {}, {}}).ok());
    const QString uid = desk.referrals->referral(desk.lead, id).value().uid;
    syncClean(desk, network);

    // The hub's administrator makes the Comune di Segrate's account (the person lives there).
    const test::Run made = test::hubCommand(
        {u"board"_s, u"add-staff"_s, u"segrate"_s, u"--kind"_s, u"comune"_s, u"--comune"_s,
         u"015205"_s, u"--name"_s, u"Servizi Sociali di Segrate"_s, u"--dir"_s, hub.hubDir});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    static const QRegularExpression temporary(u"([a-z2-9]{5}(-[a-z2-9]{5}){3})"_s);
    const QString password = temporary.match(made.out).captured(1);
    REQUIRE_FALSE(password.isEmpty());
    CHECK(test::hubCommand({u"board"_s, u"add-staff"_s, u"segrate2"_s, u"--kind"_s, u"comune"_s,
                            u"--comune"_s, u"015205"_s, u"--name"_s, u"Altro"_s, u"--dir"_s,
                            hub.hubDir})
              .exitCode
          == 1); // one account per Comune

    // Its first login changes the temporary password, then the list shows the referral.
    WebClient comune(hub.url, hub.hubDir + u"/ca.pem"_s);
    comune.get(u"/bacheca/accedi"_s);
    REQUIRE(
        comune
            .post(u"/bacheca/accedi"_s, {{u"username"_s, u"segrate"_s}, {u"password"_s, password}})
            .status
        == 303);
    CHECK(comune.get(u"/comune/"_s).location.endsWith("/bacheca/account"));
    comune.get(u"/bacheca/account"_s);
    REQUIRE(
        comune
            .post(
                u"/bacheca/account/password"_s,
                {{u"current"_s, password}, {u"password"_s, kPassword}, {u"password2"_s, kPassword}})
            .status
        == 200);
    comune.get(u"/bacheca/accedi"_s); // every session ended with the change: in again
    REQUIRE(
        comune
            .post(u"/bacheca/accedi"_s, {{u"username"_s, u"segrate"_s}, {u"password"_s, kPassword}})
            .status
        == 303);
    const WebClient::Page list = comune.get(u"/comune/"_s);
    REQUIRE(list.status == 200);
    CHECK(list.html.contains(uid));
    const QString page = u"/comune/segnalazione/"_s + uid;
    REQUIRE(comune.get(page).status == 200);
    REQUIRE(comune.post(page, {{u"stato"_s, u"PRESA_IN_CARICO"_s}}).status == 303);

    // The desk's next round brings the answer.
    CHECK(syncClean(desk, network)->answersApplied() == 1);
    CHECK(desk.referrals->referral(desk.lead, id).value().state == referrals::State::PresaInCarico);
    const test::Run trail = test::hubCommand({u"board"_s, u"audit"_s, u"--dir"_s, hub.hubDir});
    CHECK(trail.out.contains(u"STAFF_ACCOUNT_MADE"_s));
}
