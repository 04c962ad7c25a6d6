// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the outbox: every item or those in one state, oldest first; unknown states refused.
#include "../referrals/referralfixture.h"
#include "storage/outboxrepository.h"
#include "storage/sql.h"

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
    for (const storage::OutboxItem &item : std::as_const(*all))
        CHECK(item.state == u"QUEUED"_s);
    CHECK(outbox.items(u"QUEUED"_s)->size() == 3);
    CHECK(desk.outbox().size() == 3); // ReferralRepository::outbox() reads the same

    // As the sync engine will mark them.
    REQUIRE(storage::run(desk.profile->database().connection(),
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
    CHECK(storage::outboxStates().contains(u"QUEUED"_s));
}
