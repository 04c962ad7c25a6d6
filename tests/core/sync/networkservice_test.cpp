// SPDX-License-Identifier: GPL-3.0-or-later
// Enrolment's storage: the token in the keychain and nowhere else, nothing stored when the
// keychain cannot keep it, leaving audited, and a coordinator's choices for quarantined items.
#include "audit/audit.h"
#include "connection.h"
#include "services/auditservice.h"
#include "sql.h"
#include "storage/outboxrepository.h"
#include "syncfixture.h"

using namespace Qt::StringLiterals;
using namespace sportello;
using test::SyncDesk;

namespace {

// Every value of every table of the desk's database, as text.
QString everythingStored(storage::Database &database)
{
    const auto db = storage::connectionOf(database);
    auto tables = storage::run(db, u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
    REQUIRE(tables.ok());
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    QString all;
    for (const QString &name : std::as_const(names)) {
        auto rows = storage::run(db, u"SELECT * FROM \"%1\""_s.arg(name));
        REQUIRE(rows.ok());
        while (rows->next()) {
            // value() is invalid past the last column.
            for (int c = 0; rows->value(c).isValid(); ++c)
                all += rows->value(c).toString() + u'\n';
        }
    }
    return all;
}

int auditCount(test::ReferralDesk &desk, const char *action)
{
    audit::AuditFilter filter;
    filter.action = QString::fromLatin1(action);
    return int(desk.services->audit().entries(desk.lead, filter).value().size());
}

} // namespace

TEST_CASE("enrolment keeps the token in the keychain only", "[sync][enrolment]")
{
    SyncDesk desk;
    const auto hub = desk.network->hub().value();
    CHECK(hub.isEnrolled());
    CHECK(hub.url == QUrl(u"https://hub.example.it:8443"_s));
    CHECK(hub.spkiPin == test::fakeHub().spkiPin);
    CHECK(hub.catalogueKey == test::fakeHub().catalogueKey);
    CHECK(hub.tokenAccount.startsWith(u"hub-"));
    CHECK(desk.network->token().value() == test::kToken);
    CHECK(test::secrets().read(hub.tokenAccount).value() == test::kToken);
    REQUIRE(desk.profile->database().checkpoint().ok());
    CHECK_FALSE(
        everythingStored(desk.profile->database()).contains(QString::fromLatin1(test::kToken)));
    CHECK(everythingStored(desk.profile->database()).contains(u"hub.example.it"_s)); // control
    CHECK(auditCount(desk, audit::kHubEnrolled) == 1);
    // The district came with it: the anonymizer codes comuni against it.
    CHECK(desk.services->settings().district().value().comuni.size() == 3);
}

TEST_CASE("without a keychain nothing is enrolled and nothing is written", "[sync][enrolment]")
{
    test::ReferralDesk desk;
    services::NetworkService network(desk.services->context(), test::secrets());
    const int entries = test::secrets().entryCount();
    test::secrets().setUnavailable(true);
    const Status refused
        = network.enrolAsSystem(test::fakeHub(), test::kToken, {u"Est Milano"_s, {u"015175"_s}});
    test::secrets().setUnavailable(false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::HubKeychainUnavailable);
    CHECK_FALSE(network.hub().value().isEnrolled());
    CHECK(test::secrets().entryCount() == entries);
    CHECK(network.token().code() == ErrorCode::HubNotEnrolled);
    CHECK(auditCount(desk, audit::kHubEnrolled) == 0);
}

TEST_CASE("enrolment refuses what cannot be a hub", "[sync][enrolment]")
{
    test::ReferralDesk desk;
    services::NetworkService network(desk.services->context(), test::secrets());
    const wire::District district {u"Est Milano"_s, {u"015175"_s}};
    sync::HubConfig plain = test::fakeHub();
    plain.url = QUrl(u"http://hub.example.it"_s);
    CHECK(network.enrolAsSystem(plain, test::kToken, district).code()
          == ErrorCode::HubAddressInvalid);
    sync::HubConfig untrusted = test::fakeHub();
    untrusted.spkiPin.clear();
    CHECK(network.enrolAsSystem(untrusted, test::kToken, district).code()
          == ErrorCode::HubTrustMissing);
    CHECK(network.enrolAsSystem(test::fakeHub(), "secret", district).code()
          == ErrorCode::HubTokenInvalid);
    // Only a coordinator enrols the desk.
    CHECK(network.enrol(desk.volunteer, test::fakeHub(), test::kToken, district).code()
          == ErrorCode::PermissionDenied);
    CHECK_FALSE(network.hub().value().isEnrolled());
}

TEST_CASE("leaving removes the token and the hub, keeps the outbox, and is audited",
          "[sync][enrolment]")
{
    SyncDesk desk;
    desk.queue(2);
    const QString account = desk.network->hub().value().tokenAccount;
    CHECK(desk.network->leave(desk.volunteer).code() == ErrorCode::PermissionDenied);
    REQUIRE(desk.network->leave(desk.lead).ok());
    CHECK(test::secrets().read(account).code() == ErrorCode::SecretNotFound);
    CHECK_FALSE(desk.network->hub().value().isEnrolled());
    CHECK(desk.network->status().value().pending() == 2);
    CHECK(auditCount(desk, audit::kHubLeft) == 1);
    CHECK(desk.network->leaveAsSystem().code() == ErrorCode::HubNotEnrolled);
    // A round without a hub says so and sends nothing.
    test::FakeNetwork net([](const test::FakeRequest &) { return test::FakeAnswer {}; });
    auto round = desk.round(net);
    CHECK(round->error()->code == ErrorCode::HubNotEnrolled);
    CHECK(net.requests().isEmpty()); // not even the feed
}

TEST_CASE("enrolling again replaces the token entry", "[sync][enrolment]")
{
    SyncDesk desk;
    const QString first = desk.network->hub().value().tokenAccount;
    const QByteArray second = "sph1_" + QByteArray(43, 'S');
    REQUIRE(
        desk.network->enrol(desk.lead, test::fakeHub(), second, {u"Est Milano"_s, {u"015175"_s}})
            .ok());
    CHECK(desk.network->token().value() == second);
    CHECK(test::secrets().read(first).code() == ErrorCode::SecretNotFound);
}

TEST_CASE("a coordinator requeues or discards a quarantined item, audited", "[sync][enrolment]")
{
    SyncDesk desk;
    desk.queue(2);
    storage::OutboxRepository outbox(desk.profile->database());
    const auto claimed = outbox.claim(2, desk.clock.nowUtc(), 1 << 20).value();
    REQUIRE(
        outbox.reject(claimed.at(0).id, u"refused:invalid:data.stato"_s, desk.clock.nowUtc()).ok());
    REQUIRE(outbox.reject(claimed.at(1).id, u"refused:conflict"_s, desk.clock.nowUtc()).ok());
    CHECK(desk.network->requeue(desk.volunteer, claimed.at(0).id).code()
          == ErrorCode::PermissionDenied);
    REQUIRE(desk.network->requeue(desk.lead, claimed.at(0).id).ok());
    REQUIRE(desk.network->discard(desk.lead, claimed.at(1).id).ok());
    CHECK(desk.network->discard(desk.lead, claimed.at(1).id).code() == ErrorCode::NotFound);
    const auto status = desk.network->status().value();
    CHECK(status.pending() == 1);
    CHECK(status.failed() == 0);
    CHECK(status.counts.value(u"DISCARDED"_s) == 1);
    CHECK(auditCount(desk, audit::kOutboxRequeued) == 1);
    CHECK(auditCount(desk, audit::kOutboxDiscarded) == 1);
}
