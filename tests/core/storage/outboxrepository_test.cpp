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

    auto first = outbox.claim(3);
    REQUIRE(first.ok());
    REQUIRE(first->size() == 3);
    CHECK(first->at(0).id == ids[0]);
    CHECK(first->at(2).id == ids[2]);
    for (const sync::OutboxItem &item : std::as_const(*first))
        CHECK(item.state == u"SENDING"_s);
    CHECK(outbox.items(u"SENDING"_s)->size() == 3);
    // What is being sent is not claimed twice.
    auto second = outbox.claim(3);
    REQUIRE(second.ok());
    REQUIRE(second->size() == 1);
    CHECK(second->first().id == ids[3]);
    CHECK(outbox.claim(1)->isEmpty());

    REQUIRE(outbox.mark({ids[0], ids[1]}, u"DELIVERED"_s).ok());
    REQUIRE(outbox.mark({ids[2]}, u"FAILED"_s).ok());
    REQUIRE(outbox.mark({ids[3]}, u"QUEUED"_s).ok()); // to be retried
    CHECK(outbox.items(u"DELIVERED"_s)->size() == 2);
    CHECK(outbox.items(u"FAILED"_s)->size() == 1);
    CHECK(outbox.items(u"QUEUED"_s)->size() == 1);

    // Only an item being sent takes an answer, and all or nothing.
    const Status notSending = outbox.mark({ids[3]}, u"DELIVERED"_s);
    CHECK(notSending.code() == ErrorCode::InvalidArgument);
    REQUIRE(outbox.claim(1)->size() == 1);
    CHECK(outbox.mark({ids[3], ids[0]}, u"DELIVERED"_s).code() == ErrorCode::InvalidArgument);
    CHECK(outbox.items(u"SENDING"_s)->size() == 1); // the first one was not marked either
    CHECK(outbox.mark({ids[3]}, u"SENDING"_s).code() == ErrorCode::InvalidArgument);
    CHECK(outbox.mark({ids[3]}, u"SENT"_s).code() == ErrorCode::InvalidArgument);
    CHECK(outbox.claim(0).code() == ErrorCode::InvalidArgument);
}

TEST_CASE("items left in SENDING by an interrupted delivery are queued again", "[storage][outbox]")
{
    ReferralDesk desk;
    storage::OutboxRepository outbox(desk.profile->database());
    for (int i = 0; i < 3; ++i)
        REQUIRE(outbox.enqueue(u"referral.created"_s, "{}", desk.clock.nowUtc()).ok());
    REQUIRE(outbox.claim(2)->size() == 2);
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
