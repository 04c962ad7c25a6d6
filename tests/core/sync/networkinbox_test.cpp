// SPDX-License-Identifier: GPL-3.0-or-later
// The closed loop at the desk over a fake hub: the destinations' answers move the desk's
// referrals (marked as from the network, with a new record for the hub), an answer the state
// machine does not allow is kept and shown, referrals addressed to this desk are received, and
// each page is applied once with its cursor, whatever is read twice.
#include "services/networkinbox.h"
#include "storage/outboxrepository.h"
#include "support/uuid.h"
#include "sync/outbox.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace sportello;
using referrals::State;
using test::FakeAnswer;
using test::FakeNetwork;
using test::FakeRequest;
using test::SyncDesk;

namespace {

QJsonObject statusEvent(const QString &cursor, const QString &ref, const QString &state,
                        const QString &outcome = {})
{
    return {{u"cursor"_s, cursor},
            {u"id"_s, newTimeOrderedUuid()},
            {u"type"_s, u"referral.status_changed"_s},
            {u"occurred_at"_s, u"2026-03-05T09:30:00Z"_s},
            {u"data"_s,
             QJsonObject {
                 {u"ref_uuid"_s, ref},
                 {u"stato"_s, state},
                 {u"motivo"_s, QJsonValue()},
                 {u"esito_finale"_s, outcome.isEmpty() ? QJsonValue() : QJsonValue(outcome)}}}};
}

FakeAnswer page(const QJsonArray &events, const QString &next, bool more = false)
{
    return test::jsonAnswer(
        200,
        QJsonDocument(QJsonObject {{u"events"_s, events}, {u"next"_s, next}, {u"more"_s, more}})
            .toJson(QJsonDocument::Compact));
}

// A fake hub that stores every batch and serves `feed(after)` as the feed.
std::unique_ptr<FakeNetwork> hubWithFeed(std::function<FakeAnswer(const QString &after)> feed)
{
    auto net = std::make_unique<FakeNetwork>([](const FakeRequest &request) {
        return test::eventResults(request, [](const QString &) { return u"stored"_s; });
    });
    net->route("GET", u"/v1/events"_s, [feed = std::move(feed)](const FakeRequest &request) {
        return feed(QUrlQuery(request.url).queryItemValue(u"after"_s));
    });
    return net;
}

// A referral of the desk, sent: its id and uid.
std::pair<qint64, QString> sentReferral(SyncDesk &desk)
{
    desk.consent(desk.personId, people::ConsentPurpose::IdentifiedReferral);
    const qint64 id = desk.referrals->create(desk.volunteer, desk.toComune()).value();
    REQUIRE(desk.referrals->move(desk.volunteer, id, {State::Inviata, {}, {}, {}}).ok());
    return {id, desk.referrals->referral(desk.lead, id).value().uid};
}

} // namespace

TEST_CASE("a destination's answer moves the referral, marked as from the network", "[sync][inbox]")
{
    SyncDesk desk;
    const auto [id, uid] = sentReferral(desk);
    const QDateTime sent = desk.referrals->referral(desk.lead, id).value().sentAt;
    QStringList afters;
    auto net = hubWithFeed([&, uid = uid](const QString &after) {
        afters.append(after);
        return page({statusEvent(u"7"_s, uid, u"PRESA_IN_CARICO"_s)}, u"7"_s);
    });
    auto round = desk.round(*net);
    INFO((round->error() ? round->error()->toLogString() : QString()).toStdString());
    REQUIRE_FALSE(round->error().has_value());
    CHECK(round->answersApplied() == 1);
    CHECK(afters == QStringList {u"0"_s});

    const auto r = desk.referrals->referral(desk.lead, id).value();
    CHECK(r.state == State::PresaInCarico);
    CHECK(r.takenOverAt == QDateTime(QDate(2026, 3, 5), QTime(9, 30), Qt::UTC));
    const auto history = desk.referrals->history(desk.lead, id).value();
    REQUIRE(history.size() >= 4);
    const QList<State> tail {history.at(history.size() - 3).to, history.at(history.size() - 2).to,
                             history.last().to};
    CHECK(tail == QList<State> {State::Ricevuta, State::InValutazione, State::PresaInCarico});
    CHECK(history.last().fromNetwork);
    CHECK(history.last().by == 0);
    CHECK_FALSE(history.at(history.size() - 4).fromNetwork); // the desk's own INVIATA
    // The hub gets the referral's record as it now stands, days to take-over as a band.
    const auto queued = desk.services->outbox().items(u"QUEUED"_s).value();
    REQUIRE_FALSE(queued.isEmpty());
    const QJsonObject record = QJsonDocument::fromJson(queued.last().payload).object();
    CHECK(record.value(u"stato"_s).toString() == u"PRESA_IN_CARICO");
    CHECK(record.value(u"giorni_invio_presa_in_carico"_s).toString()
          == wire::daysToTakeOverBand(int(sent.daysTo(r.takenOverAt))));

    // The next round asks after the cursor; the same answer again changes nothing.
    afters.clear();
    desk.round(*net);
    CHECK(afters == QStringList {u"7"_s});
    CHECK(desk.referrals->history(desk.lead, id).value().size() == history.size());
}

TEST_CASE("an answer the state machine does not allow is kept and shown, not dropped",
          "[sync][inbox]")
{
    SyncDesk desk;
    const auto [id, uid] = sentReferral(desk);
    auto net = hubWithFeed([uid = uid](const QString &after) {
        if (after != u"0")
            return page({}, after);
        return page({statusEvent(u"3"_s, uid, u"CHIUSA"_s, u"RISOLTA"_s),
                     statusEvent(u"4"_s, newTimeOrderedUuid(), u"RICEVUTA"_s)},
                    u"4"_s);
    });
    auto round = desk.round(*net);
    REQUIRE_FALSE(round->error().has_value());
    CHECK(round->answersApplied() == 0);
    CHECK(round->answersKept() == 2);
    CHECK(desk.referrals->referral(desk.lead, id).value().state == State::Inviata);
    services::NetworkInbox inbox(desk.services->context());
    const auto kept = inbox.unappliedAnswers(desk.volunteer).value();
    REQUIRE(kept.size() == 2);
    CHECK(kept.first().referralId == id);
    CHECK(kept.first().state == u"CHIUSA");
    CHECK(kept.first().finalOutcome == u"RISOLTA");
    CHECK(kept.last().referralId == 0); // a referral this desk does not have
    CHECK(desk.referrals->networkAnswers(desk.volunteer, id).value().size() == 1);
    CHECK(inbox.cursor().value() == u"4");
}

TEST_CASE("a referral addressed to this desk is received, its record only", "[sync][inbox]")
{
    const test::ExpectedWarnings skipped({u"sportello.sync"_s}); // "feed event … skipped"
    SyncDesk desk;
    // The record another desk's anonymizer wrote, as the hub routes it.
    const QString ref = newTimeOrderedUuid();
    const QJsonObject record = test::receivedRecord(ref);
    INFO(QJsonDocument(record).toJson().toStdString());
    REQUIRE_FALSE(
        wire::checkReferralRecord(record, {u"Est Milano"_s, {u"015175"_s}}, u"data"_s).has_value());
    QJsonObject broken = record;
    broken.insert(u"nome"_s, u"Mario"_s);
    auto net = hubWithFeed([&](const QString &after) {
        if (after != u"0")
            return page({}, after);
        return page({QJsonObject {{u"cursor"_s, u"1"_s},
                                  {u"id"_s, newTimeOrderedUuid()},
                                  {u"type"_s, u"referral.created"_s},
                                  {u"occurred_at"_s, u"2026-03-04T10:00:00Z"_s},
                                  {u"data"_s, record}},
                     QJsonObject {{u"cursor"_s, u"2"_s},
                                  {u"id"_s, newTimeOrderedUuid()},
                                  {u"type"_s, u"referral.created"_s},
                                  {u"occurred_at"_s, u"2026-03-04T10:00:00Z"_s},
                                  {u"data"_s, broken}}},
                    u"2"_s);
    });
    auto round = desk.round(*net);
    REQUIRE_FALSE(round->error().has_value());
    CHECK(round->referralsReceived() == 1);
    services::NetworkInbox inbox(desk.services->context());
    const auto received = inbox.received(desk.volunteer).value();
    REQUIRE(received.size() == 1);
    CHECK(received.first().refUuid == ref);
    CHECK(received.first().state == u"RICEVUTA");
    CHECK(received.first().record.value(u"dest_tipo"_s).toString() == u"CDA");
    // The event that broke the schema was skipped, and the cursor went past it.
    CHECK(inbox.cursor().value() == u"2");
}

TEST_CASE("the feed is read page by page, and a broken page changes nothing", "[sync][inbox]")
{
    SyncDesk desk;
    const auto [id, uid] = sentReferral(desk);
    QStringList afters;
    bool broken = true;
    auto net = hubWithFeed([&, uid = uid](const QString &after) {
        afters.append(after);
        if (after == u"0")
            return page({statusEvent(u"5"_s, uid, u"RICEVUTA"_s)}, u"5"_s, /*more=*/true);
        if (broken)
            return test::jsonAnswer(200, R"({"events":[{"cursor":"6"}],"next":"6","more":false})");
        return page({statusEvent(u"6"_s, uid, u"IN_VALUTAZIONE"_s)}, u"6"_s);
    });
    auto first = desk.round(*net);
    REQUIRE(first->error().has_value());
    CHECK(first->error()->code == ErrorCode::HubBadAnswer);
    CHECK(afters == QStringList {u"0"_s, u"5"_s});
    // The good page was applied with its cursor; the broken one left everything as it was.
    CHECK(desk.referrals->referral(desk.lead, id).value().state == State::Ricevuta);
    services::NetworkInbox inbox(desk.services->context());
    CHECK(inbox.cursor().value() == u"5");
    broken = false;
    auto second = desk.round(*net);
    REQUIRE_FALSE(second->error().has_value());
    CHECK(desk.referrals->referral(desk.lead, id).value().state == State::InValutazione);
    CHECK(inbox.cursor().value() == u"6");
}

TEST_CASE("a destination desk answers a received referral through the hub", "[sync][inbox]")
{
    SyncDesk desk;
    const QString ref = newTimeOrderedUuid();
    const QJsonObject record = test::receivedRecord(ref);
    services::NetworkInbox inbox(desk.services->context());
    REQUIRE(inbox
                .apply({wire::FeedEvent {u"1"_s,
                                         {newTimeOrderedUuid(), u"referral.created"_s,
                                          desk.clock.nowUtc(), record}}},
                       u"1"_s)
                ->received
            == 1);
    const qint64 id = inbox.received(desk.volunteer).value().first().id;

    // Declining needs a reason of the vocabulary; closing before taking on is not an answer.
    CHECK(inbox.answer(desk.volunteer, id, u"NON_PRESA_IN_CARICO"_s, {}, {}).code()
          == ErrorCode::InvalidArgument);
    CHECK(inbox.answer(desk.volunteer, id, u"CHIUSA"_s, {}, u"RISOLTA"_s).code()
          == ErrorCode::InvalidArgument);
    REQUIRE(inbox.answer(desk.volunteer, id, u"PRESA_IN_CARICO"_s, {}, {}).ok());
    REQUIRE(inbox.answer(desk.volunteer, id, u"CHIUSA"_s, {}, u"PARZ"_s).ok());
    CHECK(inbox.received(desk.volunteer).value().first().state == u"CHIUSA");
    CHECK(inbox.answersFrom(u"CHIUSA"_s).isEmpty());

    // Both answers go to the hub as referral.answered, the status change and nothing else.
    FakeNetwork net([](const FakeRequest &request) {
        return test::eventResults(request, [](const QString &) { return u"stored"_s; });
    });
    auto round = desk.round(net);
    REQUIRE_FALSE(round->error().has_value());
    REQUIRE(net.posts().size() == 1);
    const QJsonArray events
        = QJsonDocument::fromJson(net.posts().first().body).object().value(u"events"_s).toArray();
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).toObject().value(u"type"_s).toString() == u"referral.answered");
    CHECK(events.at(1).toObject().value(u"data"_s).toObject()
          == QJsonObject {{u"ref_uuid"_s, ref},
                          {u"stato"_s, u"CHIUSA"_s},
                          {u"motivo"_s, QJsonValue()},
                          {u"esito_finale"_s, u"PARZ"_s}});
}
