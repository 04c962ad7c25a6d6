// SPDX-License-Identifier: GPL-3.0-or-later
// The Comune's pages (issue 16, point 4): a Comune's social services read the referrals sent to
// them — those of the people living in the Comune — as the hub holds them, and answer; each
// answer reaches the sending desk's feed like the administrator's, with who gave it. Every
// check on both database backends.
#include "text/referraltext.h"
#include "webfixture.h"

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;

namespace {

const QDateTime kSent(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);

wire::Event referralTo(const QString &comune, const QString &destination)
{
    wire::Event event = referralEvent(newUuid());
    event.data.insert(u"comune_istat"_s, comune);
    event.data.insert(u"dest_tipo"_s, destination);
    return event;
}

QString refOf(const wire::Event &event)
{
    return event.data.value(u"ref_uuid"_s).toString();
}

QString codeOf(const wire::Event &event)
{
    return text::ReferralText::referralCode(refOf(event));
}

} // namespace

TEST_CASE("a Comune reads the referrals of its residents sent to its social services",
          "[hub][store][comune]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    HubStoreFixture hub(backend);
    const hub::Desk desk = hub.enrol(u"Caritas Pioltello"_s, "hash-a");
    const wire::Event toServices = referralTo(u"015175"_s, u"SS_COMUNE"_s);
    const wire::Event toFrontDesk = referralTo(u"015175"_s, u"SS_SEGR"_s);
    const wire::Event ofSegrate = referralTo(u"015205"_s, u"SS_COMUNE"_s);
    const wire::Event toCaf = referralTo(u"015175"_s, u"CAF"_s);
    REQUIRE(hub.store->ingest(desk, {toServices, toFrontDesk, ofSegrate, toCaf}, kSent).ok());

    const QStringList types = hub::web::ComuneWeb::destinationTypes();
    auto pioltello = hub.store->addressedReferrals({u"015175"_s, types, {}, false, 100});
    REQUIRE(pioltello.ok());
    QStringList refs;
    for (const hub::AddressedReferral &r : *pioltello)
        refs.append(r.refUuid);
    refs.sort();
    QStringList expected {refOf(toServices), refOf(toFrontDesk)};
    expected.sort();
    CHECK(refs == expected);
    CHECK(pioltello->first().deskName == u"Caritas Pioltello");
    CHECK(pioltello->first().state == u"INVIATA");
    CHECK(pioltello->first().record.value(u"fascia_eta"_s) == u"30-44"_s);
    CHECK(pioltello->first().answers.isEmpty());
    // One by its id, only if it is the Comune's.
    CHECK(
        hub.store->addressedReferrals({u"015175"_s, types, refOf(ofSegrate), false, 1})->isEmpty());
    CHECK(hub.store->addressedReferrals({u"015205"_s, types, refOf(ofSegrate), false, 1})->size()
          == 1);
    CHECK(hub.store->addressedReferrals({u"015175"_s, {}, {}, false, 100})->isEmpty());

    // An answer records who gave it; a closed referral leaves the open list.
    REQUIRE(hub.store
                ->recordStatus({refOf(toServices), u"PRESA_IN_CARICO"_s, {}, {}}, kSent.addDays(1),
                               u"comune:pioltello"_s)
                .ok());
    REQUIRE(hub.store
                ->recordStatus({refOf(toServices), u"CHIUSA"_s, {}, u"RISOLTA"_s}, kSent.addDays(9),
                               u"comune:pioltello"_s)
                .ok());
    auto one = hub.store->addressedReferrals({u"015175"_s, types, refOf(toServices), false, 1});
    REQUIRE(one->size() == 1);
    const QList<hub::AddressedAnswer> answers = one->first().answers;
    REQUIRE(answers.size() == 2);
    CHECK(answers.at(0).state == u"PRESA_IN_CARICO");
    CHECK(answers.at(0).answeredBy == u"comune:pioltello");
    CHECK(answers.at(1).outcome == u"RISOLTA");
    CHECK(one->first().state == u"CHIUSA");
    auto open = hub.store->addressedReferrals({u"015175"_s, types, {}, true, 100});
    REQUIRE(open->size() == 1);
    CHECK(open->first().refUuid == refOf(toFrontDesk));
}

TEST_CASE("the answers a referral's state allows are those the desk can follow", "[hub][comune]")
{
    using hub::web::ComuneWeb;
    CHECK(ComuneWeb::answersFrom(u"INVIATA"_s)
          == QStringList {u"PRESA_IN_CARICO"_s, u"NON_PRESA_IN_CARICO"_s});
    CHECK(ComuneWeb::answersFrom(u"IN_VALUTAZIONE"_s)
          == QStringList {u"PRESA_IN_CARICO"_s, u"NON_PRESA_IN_CARICO"_s});
    CHECK(ComuneWeb::answersFrom(u"PRESA_IN_CARICO"_s) == QStringList {u"CHIUSA"_s});
    CHECK(ComuneWeb::answersFrom(u"NON_PRESA_IN_CARICO"_s) == QStringList {u"CHIUSA"_s});
    CHECK(ComuneWeb::answersFrom(u"CHIUSA"_s).isEmpty());
    CHECK(ComuneWeb::answersFrom(u"ANNULLATA"_s).isEmpty());
    CHECK(ComuneWeb::answersFrom(u"NONSENSE"_s).isEmpty());
}

TEST_CASE("a Comune's account answers its own referrals only, and the answer reaches the desk",
          "[hub][web][comune]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    WebFixture board(backend);
    const hub::Desk desk = board.hub.enrol(u"Caritas <script>alert(1)</script>"_s, "hash-a");
    const wire::Event mine = referralTo(u"015175"_s, u"SS_COMUNE"_s);
    const wire::Event theirs = referralTo(u"015205"_s, u"SS_COMUNE"_s);
    REQUIRE(board.hub.store->ingest(desk, {mine, theirs}, kSent).ok());
    board.staff(u"pioltello"_s, hub::BoardAccountKind::Comune, u"015175"_s);
    board.staff(u"segrate"_s, hub::BoardAccountKind::Comune, u"015205"_s);
    REQUIRE(board.registerThroughForm(u"giulia"_s, u"Giulia"_s).status == 201);
    board.activate(u"giulia"_s);
    const QByteArray pioltello = board.cookieOf(u"pioltello"_s);
    const QByteArray segrate = board.cookieOf(u"segrate"_s);
    const QByteArray giulia = board.cookieOf(u"giulia"_s);
    const QString page = u"/comune/segnalazione/"_s + refOf(mine);

    // Who may look.
    CHECK(board.ask("GET", u"/comune/"_s).status == 303);
    CHECK(board.ask("GET", u"/comune/"_s, giulia).status == 403);
    CHECK(board.ask("GET", page, giulia).status == 403);
    CHECK(board.ask("GET", u"/bacheca/"_s, pioltello).status == 303); // to the Comune's list
    const Reply list = board.ask("GET", u"/comune/"_s, pioltello);
    REQUIRE(list.status == 200);
    CHECK(list.body.contains(codeOf(mine).toUtf8()));
    CHECK_FALSE(list.body.contains(codeOf(theirs).toUtf8()));
    CHECK(list.body.contains("Pioltello"));
    CHECK_FALSE(list.body.contains("<script>alert"));
    CHECK(list.body.contains("&lt;script&gt;"));
    CHECK(board.ask("GET", u"/comune/?codice="_s + codeOf(mine).toLower(), pioltello)
              .body.contains(refOf(mine).toUtf8()));
    CHECK_FALSE(
        board.ask("GET", u"/comune/?codice=ZZZZ"_s, pioltello).body.contains(refOf(mine).toUtf8()));
    CHECK(board.ask("GET", u"/comune/segnalazione/"_s + refOf(theirs), pioltello).status == 404);
    CHECK(board.ask("GET", page, segrate).status == 404);
    CHECK(board.ask("GET", u"/comune/segnalazione/nessuna"_s, pioltello).status == 404);

    const Reply detail = board.ask("GET", page, pioltello);
    REQUIRE(detail.status == 200);
    CHECK(detail.body.contains("value=\"PRESA_IN_CARICO\""));
    CHECK(detail.body.contains("value=\"NON_PRESA_IN_CARICO\""));
    CHECK_FALSE(detail.body.contains("value=\"CHIUSA\""));
    const QString token = formToken(detail);
    const auto answer = [&](const QByteArray &cookie, QList<QPair<QString, QString>> fields,
                            const QString &csrf) {
        fields.prepend({u"csrf"_s, csrf});
        return board.ask("POST", page, cookie, encoded(fields));
    };
    const auto feedSize = [&] {
        return board.hub.store->feed(desk.id, 0, 100)->events.size();
    };

    // Refused, and nothing reaches the desk: no form token, another Comune, an answer the state
    // does not allow, a decline without its reason, a closing without its outcome.
    CHECK(answer(pioltello, {{u"stato"_s, u"PRESA_IN_CARICO"_s}}, u"forged"_s).status == 403);
    CHECK(answer(segrate, {{u"stato"_s, u"PRESA_IN_CARICO"_s}},
                 formToken(board.ask("GET", u"/comune/"_s, segrate)))
              .status
          == 404);
    CHECK(answer(pioltello, {{u"stato"_s, u"CHIUSA"_s}, {u"esito"_s, u"RISOLTA"_s}}, token).status
          == 409);
    const Reply noReason = answer(pioltello, {{u"stato"_s, u"NON_PRESA_IN_CARICO"_s}}, token);
    CHECK(noReason.status == 422);
    CHECK(noReason.body.contains("role=\"alert\""));
    CHECK(
        answer(pioltello, {{u"stato"_s, u"NON_PRESA_IN_CARICO"_s}, {u"motivo"_s, u"<x>"_s}}, token)
            .status
        == 422);
    CHECK(feedSize() == 0);

    // Taken on: the desk's feed has the answer, as the administrator's would be.
    const Reply taken = answer(pioltello, {{u"stato"_s, u"PRESA_IN_CARICO"_s}}, token);
    REQUIRE(taken.status == 303);
    CHECK(header(taken, "Location") == (page + u"?fatto=1"_s).toUtf8());
    auto feed = board.hub.store->feed(desk.id, 0, 100);
    REQUIRE(feed->events.size() == 1);
    CHECK(feed->events.first().event.type == u"referral.status_changed");
    CHECK(feed->events.first().event.data.value(u"stato"_s) == u"PRESA_IN_CARICO"_s);
    CHECK(feed->events.first().event.data.value(u"ref_uuid"_s) == refOf(mine));
    const Reply after = board.ask("GET", page + u"?fatto=1"_s, pioltello);
    CHECK(after.body.contains("role=\"status\""));
    CHECK(after.body.contains("value=\"CHIUSA\""));
    CHECK_FALSE(after.body.contains("value=\"PRESA_IN_CARICO\""));
    auto stored = board.hub.store->addressedReferrals(
        {u"015175"_s, hub::web::ComuneWeb::destinationTypes(), refOf(mine), false, 1});
    CHECK(stored->first().answers.first().answeredBy == u"comune:pioltello");

    // Closed: out of the open list, in the whole one.
    REQUIRE(answer(pioltello, {{u"stato"_s, u"CHIUSA"_s}, {u"esito"_s, u"PARZ"_s}}, token).status
            == 303);
    CHECK(board.hub.store->feed(desk.id, 0, 100)->events.size() == 2);
    CHECK_FALSE(board.ask("GET", u"/comune/"_s, pioltello).body.contains(refOf(mine).toUtf8()));
    CHECK(board.ask("GET", u"/comune/?tutte=1"_s, pioltello).body.contains(refOf(mine).toUtf8()));
    CHECK(answer(pioltello, {{u"stato"_s, u"CHIUSA"_s}, {u"esito"_s, u"PARZ"_s}}, token).status
          == 409);
}
