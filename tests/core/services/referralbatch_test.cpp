// SPDX-License-Identifier: GPL-3.0-or-later
// A referral change inside a transaction the caller holds (the demo generator's batches) joins
// it: it commits and rolls back with the caller's work, history, audit and outbox included.
#include "connection.h"
#include "referralfixture.h"
#include "services/changenotifier.h"
#include "sql.h"
#include "storage/transaction.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace sportello;
using referrals::State;
using test::ReferralDesk;

namespace {
qint64 count(ReferralDesk &desk, const QString &table)
{
    auto value = storage::scalar(storage::connectionOf(desk.profile->database()),
                                 u"SELECT count(*) FROM %1"_s.arg(table));
    REQUIRE(value.ok());
    return value->toLongLong();
}
} // namespace

TEST_CASE("referral changes join the caller's transaction", "[referrals][service]")
{
    ReferralDesk desk;
    desk.consent(desk.personId, people::ConsentPurpose::IdentifiedReferral);
    const qint64 auditBefore = count(desk, u"audit_log"_s);
    storage::Database &db = desk.profile->database();
    QSignalSpy changed(desk.changes, &services::ChangeNotifier::referralChanged);

    {
        auto tx = storage::Transaction::begin(db);
        REQUIRE(tx.ok());
        auto id = desk.referrals->create(desk.volunteer, desk.toComune());
        REQUIRE(id.ok());
        REQUIRE(desk.referrals->move(desk.volunteer, *id, {State::Inviata, {}, {}, {}}).ok());
        CHECK(tx->isActive()); // the service did not commit the caller's transaction
        CHECK(count(desk, u"outbox"_s) == 2);
        CHECK(changed.isEmpty()); // nothing is announced before it is committed
        tx->rollback();
    }
    CHECK(changed.isEmpty()); // nor what was rolled back
    CHECK(count(desk, u"referrals"_s) == 0);
    CHECK(count(desk, u"referral_transitions"_s) == 0);
    CHECK(count(desk, u"outbox"_s) == 0);
    CHECK(count(desk, u"audit_log"_s) == auditBefore);

    qint64 kept = 0;
    {
        auto tx = storage::Transaction::begin(db);
        REQUIRE(tx.ok());
        kept = desk.referrals->create(desk.volunteer, desk.toComune()).value();
        REQUIRE(desk.referrals->move(desk.volunteer, kept, {State::Inviata, {}, {}, {}}).ok());
        CHECK(changed.isEmpty());
        REQUIRE(tx->commit().ok());
    }
    // Created and moved: announced once each, when the caller committed.
    REQUIRE(changed.size() == 2);
    CHECK(changed.at(0).at(0).toLongLong() == kept);
    CHECK(changed.at(0).at(1).toLongLong() == desk.personId);
    CHECK(desk.referrals->referral(desk.volunteer, kept)->state == State::Inviata);
    CHECK(count(desk, u"outbox"_s) == 2);
    CHECK(desk.audit->verify()->intact);

    // On its own a change still commits by itself.
    REQUIRE(desk.referrals->move(desk.volunteer, kept, {State::Ricevuta, {}, {}, {}}).ok());
    CHECK_FALSE(db.inTransaction());
    CHECK(changed.size() == 3);
    CHECK(count(desk, u"outbox"_s) == 3);
}
