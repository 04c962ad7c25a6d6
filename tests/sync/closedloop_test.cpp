// SPDX-License-Identifier: GPL-3.0-or-later
// The closed loop through the real sportello-hub on 127.0.0.1: a destination's answer recorded
// at the hub comes back to the sender; a referral sent to another desk of the network is
// received there, answered, and the answer reaches the sender; a stopped hub, and a hub whose
// PostgreSQL stops (503), lose and duplicate nothing.
#include "../hub/pgserver.h"
#include "localhub.h"
#include "services/networkinbox.h"
#include "services/networkservice.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sportello;

using test::enrol;
using test::LocalHub;
using test::syncClean;
using test::syncRound;

TEST_CASE("the hub's answer to a referral comes back to the desk that sent it", "[sync][hub]")
{
    LocalHub hub;
    test::ReferralDesk desk;
    QNetworkAccessManager network;
    sync::EnrolmentRequest request = hub.request();
    REQUIRE_FALSE(enrol(desk, network, request).has_value());
    desk.consent(desk.personId, people::ConsentPurpose::IdentifiedReferral);
    const qint64 id = desk.referrals->create(desk.volunteer, desk.toComune()).value();
    REQUIRE(desk.referrals->move(desk.volunteer, id, {referrals::State::Inviata, {}, {}, {}}).ok());
    const QString uid = desk.referrals->referral(desk.lead, id).value().uid;

    auto syncOnce = [&] {
        return syncClean(desk, network)->answersApplied();
    };
    CHECK(syncOnce() == 0);
    // The Comune's answer, as the hub's administrator records it.
    const test::Run answered = test::hubCommand(
        {u"referral"_s, u"status"_s, uid, u"PRESA_IN_CARICO"_s, u"--dir"_s, hub.hubDir});
    INFO(answered.err.toStdString());
    REQUIRE(answered.exitCode == 0);
    CHECK(syncOnce() == 1);
    const auto referral = desk.referrals->referral(desk.lead, id).value();
    CHECK(referral.state == referrals::State::PresaInCarico);
    const auto history = desk.referrals->history(desk.lead, id).value();
    CHECK(history.last().fromNetwork);
    // Read once: the next round brings nothing new, and the hub got the desk's new record.
    CHECK(syncOnce() == 0);
    CHECK(hub.count(u"SELECT count(*) FROM referrals WHERE ref_uuid = '%1'"
                    " AND record LIKE '%PRESA_IN_CARICO%'"_s.arg(uid))
          == 1);
}

TEST_CASE("a referral to another desk of the network is received there, answered, and the "
          "answer reaches the desk that sent it",
          "[sync][hub][loop]")
{
    LocalHub hub;
    const test::Run published
        = test::hubCommand({u"catalogue"_s, u"publish"_s,
                            test::sourceDir() + u"/resources/catalogue/demo-catalogue.json"_s,
                            u"--dir"_s, hub.hubDir});
    REQUIRE(published.exitCode == 0);
    const QString destination = u"org-caritas-segrate"_s;
    // The sender is the hub's first desk; the destination, a desk of the catalogue's Caritas.
    test::ReferralDesk sender;
    test::ReferralDesk receiver;
    QNetworkAccessManager senderNetwork;
    QNetworkAccessManager receiverNetwork;
    REQUIRE_FALSE(enrol(sender, senderNetwork, hub.request()).has_value());
    sync::EnrolmentRequest receiverRequest = hub.request();
    receiverRequest.token = hub.addDesk(u"SEG-CDA"_s, u"015205"_s, destination).toLatin1();
    REQUIRE_FALSE(enrol(receiver, receiverNetwork, receiverRequest).has_value());

    // The sender learns the destination from the network's catalogue, then refers to it.
    CHECK(syncClean(sender, senderNetwork)->catalogueChanges() > 0);
    sender.consent(sender.personId, people::ConsentPurpose::IdentifiedReferral);
    referrals::Referral toCaritas = sender.toComune();
    toCaritas.destinationType = u"CDA"_s;
    toCaritas.destinationUid = destination;
    const qint64 id = sender.referrals->create(sender.volunteer, toCaritas).value();
    REQUIRE(
        sender.referrals->move(sender.volunteer, id, {referrals::State::Inviata, {}, {}, {}}).ok());
    const QString uid = sender.referrals->referral(sender.lead, id).value().uid;
    syncClean(sender, senderNetwork);

    // The destination sees the anonymized record and the code, nothing of the person.
    syncClean(receiver, receiverNetwork);
    services::NetworkInbox &inbox = receiver.services->inbox();
    const auto received = inbox.received(receiver.volunteer).value();
    REQUIRE(received.size() == 1);
    CHECK(received.first().refUuid == uid);
    CHECK(received.first().state == u"RICEVUTA");
    CHECK(received.first().record.value(u"sportello_id"_s).toString() == u"PIO-CDA");
    CHECK(received.first().record.value(u"dest_org"_s).toString() == destination);
    const QString seen = QString::fromUtf8(QJsonDocument(received.first().record).toJson());
    for (const QString &personal : {u"Marchetti"_s, u"Rita"_s, u"333 111"_s, u"Sfratto"_s})
        CHECK_FALSE(seen.contains(personal));

    // Taken on at the destination: after both desks sync, the sender's referral says so.
    REQUIRE(
        inbox.answer(receiver.volunteer, received.first().id, u"PRESA_IN_CARICO"_s, {}, {}).ok());
    syncClean(receiver, receiverNetwork);
    CHECK(syncClean(sender, senderNetwork)->answersApplied() == 1);
    auto referral = sender.referrals->referral(sender.lead, id).value();
    CHECK(referral.state == referrals::State::PresaInCarico);
    CHECK(referral.lastMoveFromNetwork);

    // Closed with an outcome at the destination: the sender's referral is closed with it.
    REQUIRE(inbox.answer(receiver.volunteer, received.first().id, u"CHIUSA"_s, {}, u"PARZ"_s).ok());
    syncClean(receiver, receiverNetwork);
    CHECK(syncClean(sender, senderNetwork)->answersApplied() == 1);
    referral = sender.referrals->referral(sender.lead, id).value();
    CHECK(referral.state == referrals::State::Chiusa);
    CHECK(referral.finalOutcome == u"PARZ");
    CHECK(sender.services->inbox().unappliedAnswers(sender.lead).value().isEmpty());
    // The sender's record of the closed referral goes to the hub in its next round; then
    // both desks are settled: nothing waits, nothing failed.
    syncClean(sender, senderNetwork);
    CHECK(hub.count(u"SELECT count(*) FROM referrals WHERE ref_uuid = '%1'"
                    " AND record LIKE '%\"CHIUSA\"%'"_s.arg(uid))
          == 1);
    // The destination's copy follows the sender's record (its moves reach it as updates).
    syncClean(receiver, receiverNetwork);
    CHECK(inbox.received(receiver.volunteer).value().first().record.value(u"stato"_s).toString()
          == u"CHIUSA");
    for (test::ReferralDesk *desk : {&sender, &receiver}) {
        const auto status
            = services::NetworkService(desk->services->context(), test::secrets()).status().value();
        CHECK(status.pending() == 0);
        CHECK(status.failed() == 0);
    }
}

TEST_CASE("a stopped hub: the referrals wait, and go once each when it serves again",
          "[sync][hub][faults]")
{
    LocalHub hub;
    test::ReferralDesk desk;
    QNetworkAccessManager network;
    REQUIRE_FALSE(enrol(desk, network, hub.request()).has_value());
    services::NetworkService service(desk.services->context(), test::secrets());
    for (int i = 0; i < 5; ++i)
        REQUIRE(desk.referrals->create(desk.volunteer, desk.toComune()).ok());

    hub.stop();
    auto round = syncRound(desk, network);
    REQUIRE(round->error().has_value());
    CHECK(round->error()->code == ErrorCode::HubUnreachable);
    auto status = service.status().value();
    CHECK(status.pending() == 5);
    CHECK(status.failed() == 0);
    CHECK(status.counts.value(u"SENDING"_s) == 0);

    hub.start();
    desk.clock.advanceDays(1); // past the backoff
    round = syncClean(desk, network);
    CHECK(round->delivery().delivered == 5);
    CHECK(service.status().value().pending() == 0);
    CHECK(hub.count(u"SELECT count(*) FROM events"_s) == 5);
}

TEST_CASE("a hub whose PostgreSQL stops answers 503: the referrals wait, and go once each when "
          "the database is back",
          "[sync][hub][faults][postgresql]")
{
    QString why;
    test::PgServer *pg = test::PgServer::instance(&why);
    INFO(why.toStdString());
    REQUIRE(pg);
    const QString database = pg->createDatabase();
    // The hub logs the lost database it answers 503 for, as it should (checked below), and Qt's
    // driver the statements it cannot free on the dead connection: its warnings are not fatal.
    LocalHub hub({u"--db"_s, database}, {}, test::QtWarnings::Tolerated);
    test::ReferralDesk desk;
    QNetworkAccessManager network;
    REQUIRE_FALSE(enrol(desk, network, hub.request()).has_value());
    services::NetworkService service(desk.services->context(), test::secrets());
    for (int i = 0; i < 5; ++i)
        REQUIRE(desk.referrals->create(desk.volunteer, desk.toComune()).ok());

    // The database stops under a running hub: the hub says so (503), a transient failure.
    REQUIRE(pg->stop());
    auto round = syncRound(desk, network);
    const bool restarted = pg->restart(); // before any REQUIRE can end the test
    REQUIRE(restarted);
    REQUIRE(round->error().has_value());
    INFO(round->error()->toLogString().toStdString());
    CHECK(round->error()->code == ErrorCode::HubBusy); // 503: the hub says to come back
    auto status = service.status().value();
    CHECK(status.pending() == 5);
    CHECK(status.failed() == 0);

    // Back: the hub opens a new connection by itself (trying at most once a second, so the
    // desk's next round comes a little later, as it would), and each referral is stored once.
    QTest::qWait(1200);
    desk.clock.advanceDays(1);
    round = syncClean(desk, network);
    CHECK(round->delivery().delivered == 5);
    CHECK(service.status().value().pending() == 0);
    CHECK(pg->value(database, u"SELECT count(DISTINCT id) FROM events"_s) == u"5");
    CHECK(pg->value(database, u"SELECT count(*) FROM events"_s) == u"5");
    CHECK(hub.log().contains(u"connection was lost and is open again"_s));
}

TEST_CASE("a destination desk that joins later receives the referrals to it still open",
          "[sync][hub][loop]")
{
    LocalHub hub;
    REQUIRE(test::hubCommand({u"catalogue"_s, u"publish"_s,
                              test::sourceDir() + u"/resources/catalogue/demo-catalogue.json"_s,
                              u"--dir"_s, hub.hubDir})
                .exitCode
            == 0);
    const QString destination = u"org-caritas-segrate"_s;
    test::ReferralDesk sender;
    QNetworkAccessManager senderNetwork;
    REQUIRE_FALSE(enrol(sender, senderNetwork, hub.request()).has_value());
    syncClean(sender, senderNetwork); // the catalogue
    sender.consent(sender.personId, people::ConsentPurpose::IdentifiedReferral);
    referrals::Referral toCaritas = sender.toComune();
    toCaritas.destinationType = u"CDA"_s;
    toCaritas.destinationUid = destination;
    // One sent, one still a draft at the desk: only the sent one is the destination's business.
    const qint64 sent = sender.referrals->create(sender.volunteer, toCaritas).value();
    REQUIRE(sender.referrals->move(sender.volunteer, sent, {referrals::State::Inviata, {}, {}, {}})
                .ok());
    REQUIRE(sender.referrals->create(sender.volunteer, toCaritas).ok());
    syncClean(sender, senderNetwork);

    // The Caritas joins the network afterwards.
    test::ReferralDesk receiver;
    QNetworkAccessManager receiverNetwork;
    sync::EnrolmentRequest request = hub.request();
    request.token = hub.addDesk(u"SEG-CDA"_s, u"015205"_s, destination).toLatin1();
    REQUIRE_FALSE(enrol(receiver, receiverNetwork, request).has_value());
    syncClean(receiver, receiverNetwork);
    const auto received = receiver.services->inbox().received(receiver.volunteer).value();
    REQUIRE(received.size() == 1);
    CHECK(received.first().refUuid == sender.referrals->referral(sender.lead, sent).value().uid);
    CHECK(received.first().record.value(u"stato"_s).toString() == u"INVIATA");

    // Its answer reaches the sender like any other.
    REQUIRE(receiver.services->inbox()
                .answer(receiver.volunteer, received.first().id, u"PRESA_IN_CARICO"_s, {}, {})
                .ok());
    syncClean(receiver, receiverNetwork);
    CHECK(syncClean(sender, senderNetwork)->answersApplied() == 1);
    CHECK(sender.referrals->referral(sender.lead, sent).value().state
          == referrals::State::PresaInCarico);
}
