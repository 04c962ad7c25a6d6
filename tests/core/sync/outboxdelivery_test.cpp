// SPDX-License-Identifier: GPL-3.0-or-later
// Delivering the outbox over a fake network: per-item results, splitting, quarantine without
// head-of-line blocking, backoff with Retry-After, captive portals, pauses, redirects and
// timeouts — each item settled on its own, its event id reused on every try.
#include "storage/outboxrepository.h"
#include "sync/outbox.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace sportello;
using test::FakeAnswer;
using test::FakeNetwork;
using test::FakeRequest;
using test::SyncDesk;

namespace state = sync::outboxstate;

TEST_CASE("a round delivers the outbox with the token, each event once", "[sync][delivery]")
{
    SyncDesk desk;
    const QStringList ids = desk.queue(5);
    FakeNetwork net([](const FakeRequest &request) {
        return test::eventResults(request, [](const QString &) { return u"stored"_s; });
    });
    auto round = desk.round(net);
    CHECK_FALSE(round->error().has_value());
    CHECK(round->delivery().delivered == 5);
    REQUIRE(net.posts().size() == 1);
    const FakeRequest sent = net.posts().first();
    CHECK(sent.verb == "POST");
    CHECK(sent.url == QUrl(u"https://hub.example.it:8443/v1/events"_s));
    CHECK(sent.authorization == "Bearer " + test::kToken);
    CHECK(test::eventIds(sent) == ids);
    // The record is sent as the anonymizer wrote it, in the protocol's envelope.
    const QJsonObject first
        = QJsonDocument::fromJson(sent.body).object().value(u"events"_s).toArray().at(0).toObject();
    CHECK(first.value(u"type"_s).toString() == u"referral.created");
    CHECK(first.value(u"data"_s).toObject().value(u"fascia_eta"_s).toString() == u"65-74");
    CHECK_FALSE(sent.body.contains("Marchetti"));
    CHECK(desk.countIn(state::kDelivered) == 5);
    const auto status = desk.network->status().value();
    CHECK(status.lastSuccess == desk.clock.nowUtc());
    CHECK(status.pending() == 0);

    // Nothing left: the next round sends nothing.
    net.clearRequests();
    desk.round(net);
    CHECK(net.posts().isEmpty());
}

TEST_CASE("each event of a batch is settled by its own result", "[sync][delivery]")
{
    SyncDesk desk;
    const QStringList ids = desk.queue(4);
    FakeNetwork net([&ids](const FakeRequest &request) {
        return test::eventResults(request, [&ids](const QString &id) {
            static const QStringList outcomes {u"stored"_s, u"duplicate"_s, u"conflict"_s,
                                               u"invalid"_s};
            return outcomes.at(ids.indexOf(id));
        });
    });
    auto round = desk.round(net);
    CHECK(round->delivery().delivered == 2);
    CHECK(round->delivery().rejected == 2);
    CHECK_FALSE(round->error().has_value()); // the hub answered: the round itself went well
    const auto failed = desk.services->outbox().items(QString::fromLatin1(state::kFailed)).value();
    REQUIRE(failed.size() == 2);
    CHECK(failed.at(0).lastError == u"refused:conflict");
    CHECK(failed.at(1).lastError == u"refused:invalid:data.stato");
    CHECK(desk.countIn(state::kDelivered) == 2);
}

TEST_CASE("413 splits the batch until it fits, blaming nobody", "[sync][delivery]")
{
    SyncDesk desk;
    desk.queue(8);
    QList<int> sizes;
    FakeNetwork net([&sizes](const FakeRequest &request) {
        const int size = int(test::eventIds(request).size());
        sizes.append(size);
        if (size > 2)
            return test::jsonAnswer(413, R"({"type":"urn:sportello:problem:too-large"})");
        return test::eventResults(request, [](const QString &) { return u"stored"_s; });
    });
    auto round = desk.round(net);
    CHECK(round->delivery().delivered == 8);
    CHECK(round->delivery().rejected == 0);
    CHECK(sizes.mid(0, 3) == QList<int> {8, 4, 2});
    for (const sync::OutboxItem &item : desk.outbox())
        CHECK(item.attempts == 0);
}

TEST_CASE("an event the hub refuses is quarantined and blocks nobody behind it", "[sync][delivery]")
{
    SyncDesk desk;
    const QStringList ids = desk.queue(6);
    const QString poison = ids.at(1);
    FakeNetwork net([&poison](const FakeRequest &request) {
        // A batch-level refusal whenever the poisoned event is in it.
        if (test::eventIds(request).contains(poison))
            return test::jsonAnswer(
                422, R"({"type":"urn:sportello:problem:invalid-request","field":"events"})");
        return test::eventResults(request, [](const QString &) { return u"stored"_s; });
    });
    auto round = desk.round(net);
    CHECK(round->delivery().delivered == 5);
    CHECK(round->delivery().rejected == 1);
    const auto failed = desk.services->outbox().items(QString::fromLatin1(state::kFailed)).value();
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().eventUid == poison);
    CHECK(failed.first().lastError == u"refused:invalid-request:events");
    CHECK(desk.network->status().value().failed() == 1);
}

TEST_CASE("a busy hub is retried after Retry-After with the same event ids", "[sync][delivery]")
{
    SyncDesk desk;
    const QStringList ids = desk.queue(3);
    bool busy = true;
    FakeNetwork net([&busy](const FakeRequest &request) {
        if (busy) {
            FakeAnswer answer
                = test::jsonAnswer(503, R"({"type":"urn:sportello:problem:unavailable"})");
            answer.headers.append(std::make_pair(QByteArray("Retry-After"), QByteArray("120")));
            return answer;
        }
        return test::eventResults(request, [](const QString &) { return u"stored"_s; });
    });
    auto first = desk.round(net);
    REQUIRE(first->error().has_value());
    CHECK(first->error()->code == ErrorCode::HubBusy);
    CHECK(first->delivery().retried == 3);
    for (const sync::OutboxItem &item : desk.outbox()) {
        CHECK(item.state == u"QUEUED");
        CHECK(item.attempts == 1);
        CHECK(item.lastError == u"busy");
        CHECK(item.nextAttemptAt >= desk.clock.nowUtc().addSecs(120));
    }
    CHECK(desk.network->status().value().lastError == u"busy");

    // Not due yet: nothing is sent, however often the desk asks.
    busy = false;
    net.clearRequests();
    desk.round(net);
    CHECK(net.posts().isEmpty());
    desk.clock.advanceSecs(121);
    auto later = desk.round(net);
    CHECK_FALSE(later->error().has_value());
    REQUIRE(net.posts().size() == 1);
    CHECK(test::eventIds(net.posts().first()) == ids); // the idempotency keys, unchanged
    CHECK(desk.countIn(state::kDelivered) == 3);
}

TEST_CASE("a captive portal, a server error and a refused connection are transient",
          "[sync][delivery]")
{
    SyncDesk desk;
    desk.queue(2);
    FakeAnswer portal;
    portal.status = 200;
    portal.contentType = "text/html";
    portal.body = "<html><form>Accedi al Wi-Fi</form></html>";
    FakeAnswer refused;
    refused.kind = FakeAnswer::Kind::NetworkError;
    const QList<std::pair<FakeAnswer, ErrorCode>> cases {
        {portal, ErrorCode::HubCaptivePortal},
        {test::jsonAnswer(500, "{}"), ErrorCode::HubServerError},
        {refused, ErrorCode::HubUnreachable}};
    int attempts = 0;
    for (const auto &[answer, code] : cases) {
        FakeNetwork net([answer = answer](const FakeRequest &) { return answer; });
        auto round = desk.round(net);
        REQUIRE(round->error().has_value());
        CHECK(round->error()->code == code);
        ++attempts;
        for (const sync::OutboxItem &item : desk.outbox()) {
            CHECK(item.state == u"QUEUED");
            CHECK(item.attempts == attempts);
        }
        CHECK(desk.network->status().value().paused.isEmpty());
        desk.clock.advanceDays(1); // past any backoff
    }
}

TEST_CASE("401 pauses the sync until someone acts; the items wait uncounted", "[sync][delivery]")
{
    SyncDesk desk;
    desk.queue(2);
    FakeNetwork net([](const FakeRequest &) {
        FakeAnswer answer
            = test::jsonAnswer(401, R"({"type":"urn:sportello:problem:unauthorized"})");
        answer.headers.append(std::make_pair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
        return answer;
    });
    auto round = desk.round(net);
    REQUIRE(round->error().has_value());
    CHECK(round->error()->code == ErrorCode::HubUnauthorized);
    CHECK(desk.network->status().value().paused == u"unauthorized");
    for (const sync::OutboxItem &item : desk.outbox()) {
        CHECK(item.state == u"QUEUED");
        CHECK(item.attempts == 0);
    }
    // Paused: an automatic round does not even ask.
    net.clearRequests();
    auto paused = desk.round(net);
    CHECK(paused->error()->code == ErrorCode::HubUnauthorized);
    CHECK(net.posts().isEmpty());
    // "Sincronizza ora" tries; a hub that accepts again clears the pause.
    net.setHandler([](const FakeRequest &request) {
        return test::eventResults(request, [](const QString &) { return u"stored"_s; });
    });
    sync::SyncRound::Options force;
    force.force = true;
    auto forced = desk.round(net, force);
    CHECK_FALSE(forced->error().has_value());
    CHECK(desk.network->status().value().paused.isEmpty());
    CHECK(desk.countIn(state::kDelivered) == 2);
}

TEST_CASE("a redirect to another origin is refused and never gets the token", "[sync][delivery]")
{
    SyncDesk desk;
    desk.queue(1);
    FakeNetwork net([](const FakeRequest &request) {
        FakeAnswer answer;
        if (request.url.host() == u"hub.example.it" && request.url.path() == u"/v1/events") {
            answer.status = 307;
            answer.contentType = "text/plain";
            answer.headers.append(std::make_pair(
                QByteArray("Location"), QByteArray("https://collector.example.net/v1/events")));
            return answer;
        }
        return test::eventResults(request, [](const QString &) { return u"stored"_s; });
    });
    auto round = desk.round(net);
    REQUIRE(round->error().has_value());
    CHECK(round->error()->code == ErrorCode::HubRedirect);
    REQUIRE(net.posts().size() == 1);
    for (const FakeRequest &request : net.requests())
        CHECK(request.url.host() == u"hub.example.it");
    CHECK(desk.network->status().value().paused == u"redirect");
    CHECK(desk.outbox().first().state == u"QUEUED");

    // Within the hub's own origin a redirect is followed, with the token.
    FakeNetwork same([](const FakeRequest &request) {
        if (request.url.path() == u"/v1/events") {
            FakeAnswer answer;
            answer.status = 308;
            answer.contentType = "text/plain";
            answer.headers.append(
                std::make_pair(QByteArray("Location"), QByteArray("/v1/events/")));
            return answer;
        }
        return test::eventResults(request, [](const QString &) { return u"stored"_s; });
    });
    sync::SyncRound::Options force;
    force.force = true;
    auto followed = desk.round(same, force);
    CHECK_FALSE(followed->error().has_value());
    REQUIRE(same.posts().size() == 2);
    CHECK(same.posts().at(1).authorization == "Bearer " + test::kToken);
    CHECK(desk.countIn(state::kDelivered) == 1);
}

TEST_CASE("a hub that never answers is cut off by the timeout; the items stay pending",
          "[sync][delivery]")
{
    SyncDesk desk;
    desk.queue(2);
    FakeAnswer hang;
    hang.kind = FakeAnswer::Kind::Hang;
    FakeNetwork net([hang](const FakeRequest &) { return hang; });
    sync::SyncRound::Options options;
    options.timeoutMs = 200;
    auto round = desk.round(net, options);
    REQUIRE(round->error().has_value());
    CHECK(round->error()->code == ErrorCode::HubTimeout);
    for (const sync::OutboxItem &item : desk.outbox()) {
        CHECK(item.state == u"QUEUED");
        CHECK(item.lastError == u"timeout");
    }
}

TEST_CASE("an answer that does not match the batch settles nothing", "[sync][delivery]")
{
    SyncDesk desk;
    desk.queue(3);
    FakeNetwork net([](const FakeRequest &) {
        return test::jsonAnswer(200, R"({"results":[{"id":"x","status":"stored"}]})");
    });
    auto round = desk.round(net);
    REQUIRE(round->error().has_value());
    CHECK(round->error()->code == ErrorCode::HubBadAnswer);
    CHECK(desk.countIn(state::kQueued) == 3);
    CHECK(desk.countIn(state::kDelivered) == 0);
}

TEST_CASE("items left in SENDING by a killed round go again with the same ids", "[sync][delivery]")
{
    SyncDesk desk;
    const QStringList ids = desk.queue(2);
    // As a desk killed mid-request leaves them.
    REQUIRE(storage::OutboxRepository(desk.profile->database())
                .claim(10, desk.clock.nowUtc(), 1 << 20)
                .ok());
    CHECK(desk.countIn(state::kSending) == 2);
    FakeNetwork net([](const FakeRequest &request) {
        return test::eventResults(request, [](const QString &) { return u"duplicate"_s; });
    });
    auto round = desk.round(net);
    CHECK_FALSE(round->error().has_value());
    REQUIRE(net.posts().size() == 1);
    CHECK(test::eventIds(net.posts().first()) == ids);
    CHECK(desk.countIn(state::kDelivered) == 2);
}
