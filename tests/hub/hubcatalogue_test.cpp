// SPDX-License-Identifier: GPL-3.0-or-later
// The published catalogue on both backends: versions, deltas, removals, the ETag and the
// signature over the exact body; each entry imports on its own with the desk's importer.
#include "catalogue/hsdsjson.h"
#include "hub/api.h"
#include "hub/cataloguepublisher.h"
#include "hub/signing.h"
#include "hub/tokens.h"
#include "hubfixture.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;

namespace {

QByteArray demoCatalogue()
{
    QFile file(QString::fromUtf8(SPORTELLO_SOURCE_DIR)
               + u"/resources/catalogue/demo-catalogue.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a published catalogue travels as signed deltas, each service importable alone",
          "[hub][catalogue]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    HubStoreFixture hub(backend);
    REQUIRE(hub::signing::createKeyPair(hub.dir.path()).ok());
    QFile pub(hub.dir.filePath(u"catalogue.pub"_s));
    REQUIRE(pub.open(QIODevice::ReadOnly));
    const QByteArray publicKey = pub.readAll();

    auto file = hub::readCatalogueFile(demoCatalogue(), u"demo-catalogue.json"_s);
    INFO((file ? QString() : file.error().toLogString()).toStdString());
    REQUIRE(file.ok());
    REQUIRE(file->services.size() > 10);
    const QDateTime now(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
    auto first = hub.store->publishCatalogue(file->services, now);
    REQUIRE(first.ok());
    CHECK(first->version == 1);
    CHECK(first->added == file->services.size());
    // The same content again makes no version.
    auto again = hub.store->publishCatalogue(file->services, now);
    CHECK(again->version == 1);
    CHECK(again->added + again->changed + again->removed == 0);

    // Each entry is a standard HSDS service with its organization and places nested, which
    // the desk's importer reads on its own; a place run by another organization names it by
    // uid, which the desk holds from that organization's own services.
    catalogue::ReferenceIndex known;
    for (const hub::CatalogueEntry &entry : std::as_const(file->services)) {
        const QJsonObject service = QJsonDocument::fromJson(entry.body).object();
        known.organizationUids.insert(
            service.value(u"organization"_s).toObject().value(u"id"_s).toString());
    }
    for (const hub::CatalogueEntry &entry : std::as_const(file->services)) {
        INFO(entry.uid.toStdString());
        auto one = catalogue::hsds::readJson(entry.body, u"entry.json"_s, known);
        INFO((one ? QString() : one.error().toLogString()).toStdString());
        REQUIRE(one.ok());
        REQUIRE(one->catalogue.services.size() == 1);
        CHECK(one->catalogue.services.first().uid == entry.uid);
        CHECK(one->catalogue.organizations.size() == 1);
    }

    // One service changed, one gone: version 2 says exactly that.
    QList<hub::CatalogueEntry> next = file->services;
    const QString goneUid = next.takeLast().uid;
    QJsonObject changed = QJsonDocument::fromJson(next.first().body).object();
    changed.insert(u"name"_s, QString(changed.value(u"name"_s).toString() + u" (nuovo orario)"_s));
    next.first().body = QJsonDocument(changed).toJson(QJsonDocument::Compact);
    auto second = hub.store->publishCatalogue(next, now.addDays(1));
    REQUIRE(second.ok());
    CHECK(second->version == 2);
    CHECK(second->changed == 1);
    CHECK(second->removed == 1);
    auto delta = hub.store->catalogueDelta(1);
    REQUIRE(delta.ok());
    CHECK(delta->version == 2);
    REQUIRE(delta->upserts.size() == 1);
    CHECK(delta->upserts.first() == next.first().body);
    CHECK(delta->removals == QStringList {goneUid});
    CHECK(hub.store->catalogueDelta(0)->upserts.size() == next.size());
    CHECK(hub.store->catalogueDelta(0)->removals.isEmpty());
    CHECK(hub.store->catalogueDelta(2)->upserts.isEmpty());

    // Through the API: signed body, ETag, 304.
    FakeClock clock;
    hub::RateLimiter limiter(1000, 1000);
    const QByteArray secretKey = hub::signing::readSecretKey(hub.dir.path()).value();
    hub::Api api(*hub.store, clock, limiter, {}, [secretKey](const QByteArray &body) {
        return hub::signing::sign(secretKey, body);
    });
    const QString token = hub::tokens::generate();
    hub.enrol(u"Pioltello"_s, hub::tokens::hash(token.toLatin1()));
    hub::Request request;
    request.method = "GET";
    request.path = u"/v1/catalogue"_s;
    request.query = QUrlQuery(u"since=1"_s);
    request.authorization = "Bearer " + token.toLatin1();
    const hub::Reply reply = api.handle(request);
    REQUIRE(reply.status == 200);
    QByteArray signature;
    QByteArray etag;
    for (const auto &[name, value] : reply.headers) {
        if (name == "X-Sportello-Signature")
            signature = value;
        if (name == "ETag")
            etag = value;
    }
    CHECK(etag == "\"v2\"");
    CHECK(hub::signing::verify(publicKey, reply.body, signature));
    QByteArray flipped = reply.body;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x01);
    CHECK_FALSE(hub::signing::verify(publicKey, flipped, signature));
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    CHECK(body.value(u"version"_s).toInteger() == 2);
    CHECK(body.value(u"district"_s).toObject().value(u"name"_s).toString() == u"Est Milano");
    request.ifNoneMatch = etag;
    const hub::Reply unchanged = api.handle(request);
    CHECK(unchanged.status == 304);
    CHECK(unchanged.body.isEmpty());
    request.query = QUrlQuery(u"since=x"_s);
    CHECK(api.handle(request).status == 422);
}
