// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's store on both backends: each event once, conflicts, routing, feeds, tokens.
#include "hubfixture.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;

namespace {
const QDateTime kNow(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);
}

TEST_CASE("the hub stores each event once and tells a duplicate from a conflict", "[hub][store]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    HubStoreFixture hub(backend);
    const hub::Desk desk = hub.enrol(u"Pioltello"_s, "hash-a");
    const hub::Desk other = hub.enrol(u"Segrate"_s, "hash-b");

    const wire::Event created = referralEvent(newUuid());
    wire::Event changed = created;
    changed.data.insert(u"stato"_s, u"RICEVUTA"_s);
    // The same event twice in one batch, then the batch again: one row.
    for (int round = 0; round < 3; ++round) {
        auto results = hub.store->ingest(desk, {created, created}, kNow);
        REQUIRE(results.ok());
        CHECK(results->at(0).status
              == (round == 0 ? hub::IngestStatus::Stored : hub::IngestStatus::Duplicate));
        CHECK(results->at(1).status == hub::IngestStatus::Duplicate);
    }
    CHECK(hub.store->eventCount().value() == 1);
    // Same id, other content: a conflict. The same event from another desk: refused, as the
    // referral is the first desk's.
    CHECK(hub.store->ingest(desk, {changed}, kNow)->at(0).status == hub::IngestStatus::Conflict);
    CHECK(hub.store->ingest(other, {created}, kNow)->at(0).status == hub::IngestStatus::Invalid);
    // Another desk cannot write on this desk's referral.
    wire::Event hijack
        = referralEvent(created.data.value(u"ref_uuid"_s).toString(), u"referral.updated"_s);
    const auto refused = hub.store->ingest(other, {hijack}, kNow);
    CHECK(refused->at(0).status == hub::IngestStatus::Invalid);
    CHECK(refused->at(0).field == u"data.ref_uuid");
    CHECK(hub.store->eventCount().value() == 1);
}

TEST_CASE("a referral to a desk's organization reaches it; an answer reaches the sender",
          "[hub][store][routing]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    HubStoreFixture hub(backend);
    const hub::Desk sender = hub.enrol(u"Pioltello"_s, "hash-a");
    const hub::Desk destination = hub.enrol(u"Comune"_s, "hash-b", u"org-comune-pioltello"_s);

    const QString ref = newUuid();
    const wire::Event sent = referralEvent(ref, u"referral.created"_s, u"org-comune-pioltello"_s);
    const wire::Event logged
        = referralEvent(newUuid(), u"referral.logged"_s, u"org-comune-pioltello"_s);
    REQUIRE(hub.store->ingest(sender, {sent, logged}, kNow).ok());
    auto inbox = hub.store->feed(destination.id, 0, 100);
    REQUIRE(inbox.ok());
    REQUIRE(inbox->events.size() == 1); // the logged one goes nowhere
    CHECK(inbox->events.first().event.id == sent.id);
    CHECK(inbox->events.first().event.data == sent.data);
    CHECK(hub.store->feed(sender.id, 0, 100)->events.isEmpty());

    wire::StatusChange answer {ref, u"NON_PRESA_IN_CARICO"_s, u"NON_COMPETENZA"_s, {}};
    auto recorded = hub.store->recordStatus(answer, kNow, u"hub"_s);
    REQUIRE(recorded.ok());
    auto back = hub.store->feed(sender.id, 0, 100);
    REQUIRE(back->events.size() == 1);
    CHECK(back->events.first().event.type == u"referral.status_changed");
    CHECK(back->events.first().event.data == wire::toJson(answer));
    CHECK(hub.store->recordStatus({newUuid(), u"PRESA_IN_CARICO"_s, {}, {}}, kNow, u"hub"_s)
              .error()
              .code
          == ErrorCode::NotFound);
}

TEST_CASE("the destination desk's own answer reaches the sender; nobody else may answer",
          "[hub][store][routing]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    HubStoreFixture hub(backend);
    const hub::Desk sender = hub.enrol(u"Pioltello"_s, "hash-a");
    const hub::Desk destination = hub.enrol(u"Comune"_s, "hash-b", u"org-comune-pioltello"_s);
    const hub::Desk bystander = hub.enrol(u"Segrate"_s, "hash-c", u"org-segrate"_s);
    const QString ref = newUuid();
    REQUIRE(hub.store
                ->ingest(sender,
                         {referralEvent(ref, u"referral.created"_s, u"org-comune-pioltello"_s)},
                         kNow)
                .ok());

    const wire::StatusChange change {ref, u"PRESA_IN_CARICO"_s, {}, {}};
    wire::Event answered;
    answered.id = newUuid();
    answered.type = u"referral.answered"_s;
    answered.occurredAt = kNow;
    answered.data = wire::toJson(change);
    // A desk that is not the destination, and the sender itself, cannot answer.
    for (const hub::Desk &desk : {bystander, sender}) {
        const auto refused = hub.store->ingest(desk, {answered}, kNow);
        REQUIRE(refused.ok());
        CHECK(refused->at(0).status == hub::IngestStatus::Invalid);
        CHECK(refused->at(0).field == u"data.ref_uuid");
    }
    CHECK(hub.store->feed(sender.id, 0, 100)->events.isEmpty());
    // The destination's answer, sent twice: stored once, in the sender's feed once.
    for (int i = 0; i < 2; ++i) {
        const auto stored = hub.store->ingest(destination, {answered}, kNow);
        REQUIRE(stored.ok());
        CHECK(stored->at(0).status
              == (i == 0 ? hub::IngestStatus::Stored : hub::IngestStatus::Duplicate));
    }
    auto back = hub.store->feed(sender.id, 0, 100);
    REQUIRE(back->events.size() == 1);
    CHECK(back->events.first().event.id == answered.id);
    CHECK(back->events.first().event.type == u"referral.status_changed");
    CHECK(back->events.first().event.data == wire::toJson(change));
}

TEST_CASE("a feed's cursor never skips or repeats across pages", "[hub][store][feed]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    HubStoreFixture hub(backend);
    const hub::Desk sender = hub.enrol(u"Pioltello"_s, "hash-a");
    const hub::Desk destination = hub.enrol(u"Comune"_s, "hash-b", u"org-x"_s);
    QList<wire::Event> batch;
    for (int i = 0; i < 23; ++i)
        batch.append(referralEvent(newUuid(), u"referral.created"_s, u"org-x"_s));
    REQUIRE(hub.store->ingest(sender, batch, kNow).ok());
    QSet<QString> seen;
    qint64 cursor = 0;
    int pages = 0;
    for (bool more = true; more && pages < 20; ++pages) {
        auto page = hub.store->feed(destination.id, cursor, 5);
        REQUIRE(page.ok());
        for (const hub::FeedEvent &item : std::as_const(page->events)) {
            CHECK(item.cursor > cursor);
            CHECK_FALSE(seen.contains(item.event.id));
            seen.insert(item.event.id);
        }
        cursor = page->next;
        more = page->more;
    }
    CHECK(seen.size() == 23);
    CHECK(pages == 5);
    CHECK(hub.store->feed(destination.id, cursor, 5)->events.isEmpty());
}

TEST_CASE("tokens: a rotated one works through its grace period, a revoked desk never",
          "[hub][store][tokens]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    HubStoreFixture hub(backend);
    const hub::Desk desk = hub.enrol(u"Pioltello"_s, "old");
    CHECK(hub.store->deskByToken("old", kNow).value()->id == desk.id);
    CHECK_FALSE(hub.store->deskByToken("nope", kNow).value());
    REQUIRE(hub.store->rotateToken(desk.id, "new", kNow.addDays(7)).ok());
    CHECK(hub.store->deskByToken("new", kNow).value());
    CHECK(hub.store->deskByToken("old", kNow.addDays(6)).value());
    CHECK_FALSE(hub.store->deskByToken("old", kNow.addDays(8)).value());
    REQUIRE(hub.store->revokeDesk(desk.id, kNow).ok());
    CHECK_FALSE(hub.store->deskByToken("new", kNow).value());
    CHECK(hub.store->desk(u"Pioltello"_s).value().revokedAt.isValid());
    CHECK_FALSE(hub.store->addDesk(desk, "again").ok()); // the name stays taken
}

TEST_CASE("a batch larger than a statement is stored whole; each referral keeps its latest record",
          "[hub][store]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    HubStoreFixture hub(backend);
    const hub::Desk desk = hub.enrol(u"Pioltello"_s, "hash-a");
    const QString ref = newUuid();
    wire::Event created = referralEvent(ref);
    wire::Event received = referralEvent(ref, u"referral.updated"_s);
    received.occurredAt = created.occurredAt.addSecs(3600);
    received.data.insert(u"stato"_s, u"RICEVUTA"_s);
    // 237 events: the store cuts them into statements of 100, 20, 5 and 1 rows; the later
    // record of the referral comes first, and one event comes twice.
    QList<wire::Event> batch {received};
    for (int i = 0; i < 234; ++i)
        batch.append(referralEvent(newUuid()));
    batch.append(created);
    batch.append(batch.at(7));
    auto results = hub.store->ingest(desk, batch, kNow);
    REQUIRE(results.ok());
    REQUIRE(results->size() == 237);
    for (qsizetype i = 0; i < 236; ++i) {
        INFO(i);
        CHECK(results->at(i).id == batch.at(i).id);
        CHECK(results->at(i).status == hub::IngestStatus::Stored);
    }
    CHECK(results->at(236).status == hub::IngestStatus::Duplicate);
    CHECK(hub.store->eventCount().value() == 236);
    // An older record arriving late is stored as an event but does not replace the newer.
    wire::Event late = referralEvent(ref, u"referral.updated"_s);
    late.occurredAt = created.occurredAt.addSecs(-60);
    CHECK(hub.store->ingest(desk, {late}, kNow)->at(0).status == hub::IngestStatus::Stored);
    if (backend == HubBackend::Sqlite) {
        const QString path = hub.url.mid(7);
        QString state;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hub-store-peek"_s);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(u"SELECT record FROM referrals WHERE ref_uuid = '%1'"_s.arg(ref)));
            REQUIRE(query.next());
            state = QJsonDocument::fromJson(query.value(0).toString().toUtf8())
                        .object()
                        .value(u"stato"_s)
                        .toString();
        }
        QSqlDatabase::removeDatabase(u"hub-store-peek"_s);
        CHECK(state == u"RICEVUTA");
    }
}

TEST_CASE("a desk's audit anchor is kept once, as sent, and nothing else is done with it",
          "[hub][store][audit]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    HubStoreFixture hub(backend);
    const hub::Desk desk = hub.enrol(u"Pioltello"_s, "hash-a");
    const wire::Event anchor {newUuid(), QString::fromLatin1(wire::eventtype::kAuditAnchor),
                              QDateTime(QDate(2026, 12, 5), QTime(8, 0), Qt::UTC),
                              QJsonObject {{u"head"_s, QString(64, u'a')}}};
    for (int round = 0; round < 2; ++round) {
        auto results = hub.store->ingest(desk, {anchor}, kNow);
        REQUIRE(results.ok());
        CHECK(results->at(0).status
              == (round == 0 ? hub::IngestStatus::Stored : hub::IngestStatus::Duplicate));
    }
    CHECK(hub.store->eventCount().value() == 1);

    // On the wire: the hash and nothing more.
    const wire::District district {u"Est Milano"_s, {u"015175"_s}};
    QJsonObject wireEvent = wire::toJson(anchor);
    CHECK(std::holds_alternative<wire::Event>(wire::readPostedEvent(wireEvent, district, {})));
    QJsonObject data = anchor.data;
    data.insert(u"rows"_s, 12);
    wireEvent.insert(u"data"_s, data);
    const auto extra = wire::readPostedEvent(wireEvent, district, u"events[0]"_s);
    REQUIRE(std::holds_alternative<wire::FieldError>(extra));
    CHECK(std::get<wire::FieldError>(extra).field == u"events[0].data.rows"_s);
}
