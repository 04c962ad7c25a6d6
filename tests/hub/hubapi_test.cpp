// SPDX-License-Identifier: GPL-3.0-or-later
// Protocol v1 as a plain function, on both backends: authentication, per-item results,
// limits, the feed's parameters.
#include "hub/api.h"
#include "hub/requestguard.h"
#include "hub/tokens.h"
#include "hubfixture.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;

namespace {

struct ApiFixture : HubStoreFixture
{
    FakeClock clock;
    hub::RateLimiter limiter {1000, 1000};
    hub::Api api {*store, clock, limiter, "openapi: 3.1.0\n"};
    QString token = hub::tokens::generate();
    hub::Desk desk = enrol(u"Pioltello"_s, hub::tokens::hash(token.toLatin1()));

    explicit ApiFixture(HubBackend backend)
        : HubStoreFixture(backend)
    { }

    hub::Reply post(const QJsonArray &events, const QString &bearer = {})
    {
        hub::Request request;
        request.method = "POST";
        request.path = u"/v1/events"_s;
        request.contentType = "application/json";
        request.authorization = "Bearer " + (bearer.isEmpty() ? token : bearer).toLatin1();
        request.body = QJsonDocument(QJsonObject {{u"events"_s, events}}).toJson();
        return api.handle(request);
    }
    hub::Reply get(const QString &path, const QString &query = {})
    {
        hub::Request request;
        request.method = "GET";
        request.path = path;
        request.query = QUrlQuery(query);
        request.authorization = "Bearer " + token.toLatin1();
        return api.handle(request);
    }
};

QJsonObject body(const hub::Reply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

} // namespace

TEST_CASE("a mixed batch gets a result per item", "[hub][api]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    ApiFixture hub(backend);
    const QJsonObject good = wire::toJson(referralEvent(newUuid()));
    QJsonObject named = wire::toJson(referralEvent(newUuid()));
    QJsonObject data = named.value(u"data"_s).toObject();
    data.insert(u"nome"_s, u"Mario"_s);
    named.insert(u"data"_s, data);
    QJsonObject changed = good;
    changed.insert(u"occurred_at"_s, u"2026-12-06T10:00:00Z"_s);

    REQUIRE(hub.post({good}).status == 200);
    const hub::Reply reply
        = hub.post({good, named, changed, wire::toJson(referralEvent(newUuid()))});
    REQUIRE(reply.status == 200);
    const QJsonArray results = body(reply).value(u"results"_s).toArray();
    REQUIRE(results.size() == 4);
    CHECK(results[0].toObject().value(u"status"_s).toString() == u"duplicate");
    CHECK(results[1].toObject().value(u"status"_s).toString() == u"invalid");
    CHECK(results[1].toObject().value(u"field"_s).toString() == u"data.nome");
    CHECK(results[2].toObject().value(u"status"_s).toString() == u"conflict");
    CHECK(results[3].toObject().value(u"status"_s).toString() == u"stored");
    CHECK(hub.store->eventCount().value() == 2);
    CHECK_FALSE(reply.body.contains("Mario"));
}

TEST_CASE("missing, wrong, revoked and rotated tokens", "[hub][api][auth]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    ApiFixture hub(backend);
    const QJsonArray batch {wire::toJson(referralEvent(newUuid()))};
    hub::Request bare;
    bare.method = "GET";
    bare.path = u"/v1/district"_s;
    const hub::Reply missing = hub.api.handle(bare);
    const hub::Reply wrong = hub.post(batch, hub::tokens::generate());
    CHECK(missing.status == 401);
    CHECK(wrong.status == 401);
    CHECK(missing.body == wrong.body); // no hint which
    CHECK(body(missing).value(u"type"_s).toString() == u"urn:sportello:problem:unauthorized");

    const QString fresh = hub::tokens::generate();
    REQUIRE(hub.store
                ->rotateToken(hub.desk.id, hub::tokens::hash(fresh.toLatin1()),
                              hub.clock.nowUtc().addDays(7))
                .ok());
    CHECK(hub.post(batch).status == 200); // the old token, in its grace period
    CHECK(hub.post(batch, fresh).status == 200);
    REQUIRE(hub.store->revokeDesk(hub.desk.id, hub.clock.nowUtc()).ok());
    const hub::Reply revoked = hub.post(batch, fresh);
    CHECK(revoked.status == 401);
    CHECK(revoked.body == wrong.body);
    CHECK(hub.get(u"/v1/health"_s).status == 200); // no authentication
}

TEST_CASE("limits: batch size, body shape, media type, rate", "[hub][api][limits]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    ApiFixture hub(backend);
    QJsonArray tooMany;
    for (int i = 0; i <= wire::kMaxBatchEvents; ++i)
        tooMany.append(wire::toJson(referralEvent(newUuid())));
    CHECK(hub.post(tooMany).status == 413);
    CHECK(hub.store->eventCount().value() == 0);

    hub::Request request;
    request.method = "POST";
    request.path = u"/v1/events"_s;
    request.authorization = "Bearer " + hub.token.toLatin1();
    request.contentType = "application/json";
    request.body = R"({"events": [], "extra": 1})";
    const hub::Reply unknown = hub.api.handle(request);
    CHECK(unknown.status == 422);
    CHECK(body(unknown).value(u"field"_s).toString() == u"extra");
    request.body = "{\"events\": [";
    CHECK(hub.api.handle(request).status == 400);
    request.contentType = "text/plain";
    CHECK(hub.api.handle(request).status == 415);

    CHECK(hub.get(u"/v1/events"_s, u"limit=0"_s).status == 422);
    CHECK(hub.get(u"/v1/events"_s, u"limit=501"_s).status == 422);
    CHECK(hub.get(u"/v1/events"_s, u"after=-1"_s).status == 422);
    CHECK(hub.get(u"/v1/events"_s, u"nome=Mario"_s).status == 422);
    CHECK(hub.get(u"/v1/nothing"_s).status == 404);
    // A method a resource does not take: 405 with the ones it does.
    hub::Request put;
    put.method = "PUT";
    put.path = u"/v1/events"_s;
    put.authorization = "Bearer " + hub.token.toLatin1();
    const hub::Reply notAllowed = hub.api.handle(put);
    CHECK(notAllowed.status == 405);
    CHECK(notAllowed.headers.contains(qMakePair(QByteArray("Allow"), QByteArray("GET, POST"))));

    hub::RateLimiter strict(1, 2);
    hub::Api limited(*hub.store, hub.clock, strict, {});
    hub::Request district;
    district.method = "GET";
    district.path = u"/v1/district"_s;
    district.authorization = "Bearer " + hub.token.toLatin1();
    CHECK(limited.handle(district).status == 200);
    CHECK(limited.handle(district).status == 200);
    const hub::Reply throttled = limited.handle(district);
    CHECK(throttled.status == 429);
    REQUIRE(throttled.headers.size() == 1);
    CHECK(throttled.headers.first().first == "Retry-After");
    hub.clock.advanceSecs(2);
    CHECK(limited.handle(district).status == 200);
}

TEST_CASE("the request guard refuses what must not be buffered", "[hub][guard]")
{
    using Verdict = hub::RequestGuard::Verdict;
    hub::RequestGuard guard(1024, 100);
    CHECK(guard.feed("POST /v1/events HTTP/1.1\r\nContent-Length: 5\r\n\r\nabcde")
          == Verdict::Continue);
    CHECK_FALSE(guard.inRequest());
    // The blank line straddling two reads, then a second request on the same connection.
    CHECK(guard.feed("GET / HTTP/1.1\r\nHost: x\r\n\r") == Verdict::Continue);
    CHECK(guard.inRequest());
    CHECK(guard.feed("\nGET / HTTP/1.1\r\n\r\n") == Verdict::Continue);
    CHECK_FALSE(guard.inRequest());
    CHECK(hub::RequestGuard(1024, 100).feed("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n")
          == Verdict::BodyTooLarge);
    CHECK(hub::RequestGuard(1024, 100).feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
          == Verdict::LengthRequired);
    CHECK(hub::RequestGuard(1024, 100).feed("GET / HTTP/1.1\r\nX: " + QByteArray(2000, 'a'))
          == Verdict::HeaderTooLarge);
    CHECK(hub::RequestGuard(1024, 100).feed("POST / HTTP/1.1\r\nContent-Length: x1\r\n\r\n")
          == Verdict::BadRequest);
}
