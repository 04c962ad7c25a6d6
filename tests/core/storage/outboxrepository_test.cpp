// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox: every item or those in one state, oldest first; unknown states refused; delivery
// claims the oldest queued items and marks each with the hub's answer.
#include "../services/referralfixture.h"
#include "connection.h"
#include "sql.h"
#include "storage/outboxrepository.h"
#include "storage/transaction.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace sportello;
using test::ReferralDesk;

TEST_CASE("the outbox lists its items, all or by state", "[storage][outbox]")
{
    ReferralDesk desk;
    storage::OutboxRepository outbox(desk.profile->database());
    auto empty = outbox.items();
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());

    desk.consent(desk.personId, people::ConsentPurpose::IdentifiedReferral);
    const qint64 id = desk.referrals->create(desk.volunteer, desk.toComune()).value();
    desk.clock.advanceSecs(60);
    REQUIRE(desk.referrals->move(desk.volunteer, id, {referrals::State::Inviata, {}, {}, {}}).ok());
    desk.clock.advanceSecs(60);
    REQUIRE(
        desk.referrals->move(desk.volunteer, id, {referrals::State::Ricevuta, {}, {}, {}}).ok());

    auto all = outbox.items();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).eventType == u"referral.created"_s);
    CHECK(all->at(2).eventType == u"referral.status_changed"_s);
    CHECK(all->at(0).id < all->at(1).id);
    CHECK(all->at(1).createdAt == desk.clock.nowUtc().addSecs(-60));
    for (const sync::OutboxItem &item : std::as_const(*all))
        CHECK(item.state == u"QUEUED"_s);
    CHECK(outbox.items(u"QUEUED"_s)->size() == 3);
    CHECK(desk.outbox().size() == 3); // the outbox service reads the same

    // As the sync engine will mark them.
    REQUIRE(storage::run(storage::connectionOf(desk.profile->database()),
                         u"UPDATE outbox SET state = 'DELIVERED' WHERE id = ?"_s, {all->at(1).id})
                .ok());
    auto delivered = outbox.items(u"DELIVERED"_s);
    REQUIRE(delivered.ok());
    REQUIRE(delivered->size() == 1);
    CHECK(delivered->first().eventUid == all->at(1).eventUid);
    auto queued = outbox.items(u"QUEUED"_s);
    REQUIRE(queued.ok());
    REQUIRE(queued->size() == 2);
    CHECK(queued->at(0).id == all->at(0).id);
    CHECK(queued->at(1).id == all->at(2).id);
    CHECK(outbox.items(u"FAILED"_s)->isEmpty());
    CHECK(outbox.items(QString())->size() == 3);
}

TEST_CASE("the outbox refuses a state it does not have", "[storage][outbox]")
{
    ReferralDesk desk;
    storage::OutboxRepository outbox(desk.profile->database());
    for (const QString &state : {u"queued"_s, u"SENT"_s, u"' OR 1 = 1 --"_s}) {
        auto refused = outbox.items(state);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidArgument);
        CHECK(refused.error().args == QStringList {u"state"_s, state});
    }
    CHECK(sync::outboxStates().contains(u"QUEUED"_s));
}

TEST_CASE("delivery claims the oldest queued items and marks each with the hub's answer",
          "[storage][outbox]")
{
    ReferralDesk desk;
    storage::OutboxRepository outbox(desk.profile->database());
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        const QByteArray payload = "{\"n\":" + QByteArray::number(i) + '}';
        auto id = outbox.enqueue(u"referral.created"_s, payload, desk.clock.nowUtc());
        REQUIRE(id.ok());
        ids.append(*id);
        desk.clock.advanceSecs(1);
    }
    // Each item has an event id of its own: the hub's idempotency key.
    auto all = outbox.items();
    REQUIRE(all.ok());
    QSet<QString> uids;
    for (const sync::OutboxItem &item : std::as_const(*all))
        uids.insert(item.eventUid);
    CHECK(uids.size() == 4);

    const QDateTime now = desk.clock.nowUtc();
    auto first = outbox.claim(3, now, 1 << 20);
    REQUIRE(first.ok());
    REQUIRE(first->size() == 3);
    CHECK(first->at(0).id == ids[0]);
    CHECK(first->at(2).id == ids[2]);
    for (const sync::OutboxItem &item : std::as_const(*first))
        CHECK(item.state == u"SENDING"_s);
    CHECK(outbox.items(u"SENDING"_s)->size() == 3);
    // What is being sent is not claimed twice.
    auto second = outbox.claim(3, now, 1 << 20);
    REQUIRE(second.ok());
    REQUIRE(second->size() == 1);
    CHECK(second->first().id == ids[3]);
    CHECK(outbox.claim(1, now, 1 << 20)->isEmpty());

    REQUIRE(outbox.deliver({ids[0], ids[1]}, now).ok());
    REQUIRE(outbox.reject(ids[2], u"invalid-event data.stato"_s, now).ok());
    // A transient failure: the item waits a minute, with its attempt and error counted.
    REQUIRE(outbox.retry({{ids[3], now.addSecs(60), true}}, u"network"_s).ok());
    CHECK(outbox.items(u"DELIVERED"_s)->size() == 2);
    CHECK(outbox.items(u"DELIVERED"_s)->first().settledAt == now);
    const auto failed = outbox.items(u"FAILED"_s).value();
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().lastError == u"invalid-event data.stato"_s);
    const auto queued = outbox.items(u"QUEUED"_s).value();
    REQUIRE(queued.size() == 1);
    CHECK(queued.first().attempts == 1);
    CHECK(queued.first().lastError == u"network"_s);
    CHECK(queued.first().nextAttemptAt == now.addSecs(60));
    CHECK(outbox.nextAttempt().value() == now.addSecs(60));
    CHECK(outbox.counts().value()
          == QMap<QString, int> {{u"DELIVERED"_s, 2}, {u"FAILED"_s, 1}, {u"QUEUED"_s, 1}});

    // Not due yet: not claimed; due: claimed, and an uncounted retry leaves it as it was.
    CHECK(outbox.claim(5, now.addSecs(59), 1 << 20)->isEmpty());
    REQUIRE(outbox.claim(5, now.addSecs(60), 1 << 20)->size() == 1);
    REQUIRE(outbox.retry({{ids[3], {}, false}}, u"split"_s).ok());
    const auto kept = outbox.items(u"QUEUED"_s).value().first();
    CHECK(kept.attempts == 1);
    CHECK(kept.lastError == u"network"_s);

    // Only an item being sent takes an answer, and all or nothing.
    CHECK(outbox.deliver({ids[3]}, now).code() == ErrorCode::InvalidArgument);
    REQUIRE(outbox.claim(1, now.addSecs(60), 1 << 20)->size() == 1);
    CHECK(outbox.deliver({ids[3], ids[0]}, now).code() == ErrorCode::InvalidArgument);
    CHECK(outbox.items(u"SENDING"_s)->size() == 1); // the first one was not marked either
    CHECK(outbox.reject(ids[0], u"x"_s, now).code() == ErrorCode::InvalidArgument);
    CHECK(outbox.claim(0, now, 1 << 20).code() == ErrorCode::InvalidArgument);

    // A coordinator requeues or discards a quarantined item, and nothing else.
    CHECK(outbox.requeueRejected(ids[0]).code() == ErrorCode::NotFound);
    REQUIRE(outbox.requeueRejected(ids[2]).ok());
    const auto again = outbox.items(u"QUEUED"_s).value();
    REQUIRE(again.size() == 1);
    CHECK(again.first().id == ids[2]);
    CHECK(again.first().attempts == 0);
    CHECK(again.first().lastError.isEmpty());
    REQUIRE(outbox.claim(1, now, 1 << 20)->size() == 1);
    REQUIRE(outbox.reject(ids[2], u"again"_s, now).ok());
    REQUIRE(outbox.discardRejected(ids[2], now).ok());
    CHECK(outbox.items(u"DISCARDED"_s)->size() == 1);
    CHECK(outbox.discardRejected(ids[2], now).code() == ErrorCode::NotFound);
}

TEST_CASE("a claim stops at the batch's byte limit but always takes one item", "[storage][outbox]")
{
    ReferralDesk desk;
    storage::OutboxRepository outbox(desk.profile->database());
    const QByteArray big = "{\"pad\":\"" + QByteArray(600, 'x') + "\"}";
    for (int i = 0; i < 3; ++i)
        REQUIRE(outbox.enqueue(u"referral.created"_s, big, desk.clock.nowUtc()).ok());
    const QDateTime now = desk.clock.nowUtc();
    CHECK(outbox.claim(10, now, 100)->size() == 1); // one item even past the limit
    CHECK(outbox.claim(10, now, 2 * big.size())->size() == 2);
    CHECK(outbox.claim(10, now, 1 << 20)->isEmpty());
}

TEST_CASE("items left in SENDING by an interrupted delivery are queued again", "[storage][outbox]")
{
    ReferralDesk desk;
    storage::OutboxRepository outbox(desk.profile->database());
    for (int i = 0; i < 3; ++i)
        REQUIRE(outbox.enqueue(u"referral.created"_s, "{}", desk.clock.nowUtc()).ok());
    REQUIRE(outbox.claim(2, desk.clock.nowUtc(), 1 << 20)->size() == 2);
    // The desk went down before the hub answered.
    auto requeued = outbox.requeueInterrupted();
    REQUIRE(requeued.ok());
    CHECK(*requeued == 2);
    CHECK(outbox.items(u"QUEUED"_s)->size() == 3);
    CHECK(outbox.requeueInterrupted().value() == 0);
}

TEST_CASE("enqueueing joins the change's transaction", "[storage][outbox]")
{
    ReferralDesk desk;
    storage::OutboxRepository outbox(desk.profile->database());
    {
        auto tx = storage::Transaction::begin(desk.profile->database());
        REQUIRE(tx.ok());
        REQUIRE(outbox.enqueue(u"referral.created"_s, "{}", desk.clock.nowUtc()).ok());
        // rolled back with the change it describes
    }
    CHECK(outbox.items()->isEmpty());
}

TEST_CASE("with the clock moved three days back or ahead the outbox keeps its order, its event "
          "ids, and an item waiting for a retry is not held for days",
          "[storage][outbox][clock]")
{
    ReferralDesk desk;
    storage::OutboxRepository outbox(desk.profile->database());
    QList<qint64> ids;
    const QDateTime start = desk.clock.nowUtc();
    // Saved while the clock jumps about: three days ahead, then three back, then right.
    for (const qint64 days : {0, 3, -3, 0}) {
        desk.clock.set(start.addDays(days));
        ids.append(outbox.enqueue(u"referral.created"_s, "{}", desk.clock.nowUtc()).value());
    }
    const auto before = outbox.items().value();
    auto claimed = outbox.claim(10, start, 1 << 20);
    REQUIRE(claimed.ok());
    REQUIRE(claimed->size() == 4);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        CHECK(claimed->at(i).id == ids.at(i)); // the order of saving, not of the clock
        CHECK(claimed->at(i).eventUid == before.at(i).eventUid);
    }

    // A failure while the clock was three days ahead scheduled the retries a minute later by
    // that clock; the clock is then put right.
    const QDateTime ahead = start.addDays(3);
    REQUIRE(outbox
                .retry({{ids[0], ahead.addSecs(60), true},
                        {ids[1], ahead.addSecs(60), true},
                        {ids[2], ahead.addSecs(60), true},
                        {ids[3], ahead.addSecs(60), true}},
                       u"network"_s)
                .ok());
    CHECK(outbox.claim(10, ahead, 1 << 20)->isEmpty()); // by its own clock: not yet
    auto corrected = outbox.claim(10, start, 1 << 20);
    REQUIRE(corrected.ok());
    REQUIRE(corrected->size() == 4);
    CHECK(corrected->at(0).id == ids[0]);
    CHECK(corrected->at(3).id == ids[3]);
    // Within the longest wait, a retry still waits its time.
    REQUIRE(outbox.retry({{ids[0], start.addSecs(600), true}}, u"network"_s).ok());
    CHECK(outbox.claim(10, start.addSecs(599), 1 << 20)->isEmpty());
    CHECK(outbox.claim(10, start.addSecs(600), 1 << 20)->size() == 1);
}
