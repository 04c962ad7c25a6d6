// SPDX-License-Identifier: GPL-3.0-or-later
// The district's catalogue over a fake hub: applied only when the pinned key signed the exact
// body; a flipped byte, an HTML page or a body that is not a delta changes nothing; an
// unchanged catalogue costs one request and no write; the next request carries the version and
// the ETag.
#include "services/catalogueservice.h"
#include "services/networkcatalogue.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace sportello;
using test::FakeAnswer;
using test::FakeNetwork;
using test::FakeRequest;
using test::SyncDesk;

namespace {

struct KeyPair
{
    QByteArray publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray secretKey = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');

    KeyPair()
    {
        REQUIRE(sodium_init() >= 0);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                            reinterpret_cast<unsigned char *>(secretKey.data()));
    }

    QByteArray sign(const QByteArray &message) const
    {
        QByteArray signature(crypto_sign_BYTES, '\0');
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(message.constData()),
                             size_t(message.size()),
                             reinterpret_cast<const unsigned char *>(secretKey.constData()));
        return signature.toBase64();
    }
};

QByteArray delta(qint64 version, qint64 since, const QJsonArray &removals = {})
{
    return QJsonDocument(
               QJsonObject {{u"version"_s, version},
                            {u"since"_s, since},
                            {u"district"_s,
                             QJsonObject {{u"name"_s, u"Est Milano"_s},
                                          {u"comuni"_s, QJsonArray {u"015175"_s, u"015205"_s}}}},
                            {u"upserts"_s, QJsonArray {}},
                            {u"removals"_s, removals}})
        .toJson(QJsonDocument::Compact);
}

FakeAnswer signedAnswer(const QByteArray &body, const QByteArray &signature, qint64 version)
{
    FakeAnswer answer = test::jsonAnswer(200, body);
    answer.headers.append(std::make_pair(QByteArray("X-Sportello-Signature"), signature));
    answer.headers.append(
        std::make_pair(QByteArray("ETag"), "\"v" + QByteArray::number(version) + '"'));
    return answer;
}

// A desk enrolled with the hub's real catalogue key.
struct CatalogueDesk : SyncDesk
{
    KeyPair keys;

    CatalogueDesk()
    {
        sync::HubConfig hub = test::fakeHub();
        hub.catalogueKey = keys.publicKey;
        REQUIRE(network->enrolAsSystem(hub, test::kToken, {u"Est Milano"_s, {u"015175"_s}}).ok());
    }
};

} // namespace

TEST_CASE("a signed catalogue delta is applied, then asked for with its version and ETag",
          "[sync][catalogue]")
{
    CatalogueDesk desk;
    QList<QUrlQuery> queries;
    QList<QByteArray> etags;
    FakeNetwork net([](const FakeRequest &request) {
        return test::eventResults(request, [](const QString &) { return u"stored"_s; });
    });
    const QByteArray body = delta(4, 0);
    net.route("GET", u"/v1/catalogue"_s, [&](const FakeRequest &request) {
        queries.append(QUrlQuery(request.url));
        if (QUrlQuery(request.url).queryItemValue(u"since"_s) == u"4") {
            FakeAnswer unchanged;
            unchanged.status = 304;
            unchanged.contentType.clear();
            return unchanged;
        }
        return signedAnswer(body, desk.keys.sign(body), 4);
    });
    auto first = desk.round(net);
    REQUIRE_FALSE(first->error().has_value());
    services::NetworkCatalogue catalogue(desk.services->context());
    CHECK(catalogue.version().value() == 4);
    CHECK(catalogue.etag().value() == "\"v4\"");
    // The district came with it.
    CHECK(desk.services->settings().district().value().comuni
          == QStringList {u"015175"_s, u"015205"_s});
    auto second = desk.round(net);
    REQUIRE_FALSE(second->error().has_value());
    REQUIRE(queries.size() == 2);
    CHECK(queries.at(0).queryItemValue(u"since"_s) == u"0");
    CHECK(queries.at(1).queryItemValue(u"since"_s) == u"4");
    CHECK(second->catalogueChanges() == 0);
}

TEST_CASE("a catalogue answer the pinned key did not sign, or that is not a delta, changes "
          "nothing",
          "[sync][catalogue]")
{
    CatalogueDesk desk;
    const QByteArray body = delta(9, 0);
    QByteArray flipped = body;
    flipped[flipped.indexOf("9")] = '8'; // one byte of the signed body changed
    KeyPair other;
    FakeAnswer html;
    html.contentType = "text/html";
    html.body = "<html>Accedi</html>";
    const QByteArray truncated = body.left(body.size() / 2);
    const QByteArray notDelta = R"({"version":"nine"})";
    const QList<std::pair<FakeAnswer, ErrorCode>> cases {
        {signedAnswer(flipped, desk.keys.sign(body), 9), ErrorCode::CatalogueSignatureInvalid},
        {signedAnswer(body, other.sign(body), 9), ErrorCode::CatalogueSignatureInvalid},
        {signedAnswer(body, {}, 9), ErrorCode::CatalogueSignatureInvalid},
        {signedAnswer(truncated, desk.keys.sign(truncated), 9), ErrorCode::HubBadAnswer},
        {signedAnswer(notDelta, desk.keys.sign(notDelta), 9), ErrorCode::HubBadAnswer},
        {html, ErrorCode::HubCaptivePortal}};
    services::NetworkCatalogue catalogue(desk.services->context());
    const qint64 localVersion = desk.services->catalogue().version().value();
    for (const auto &[answer, code] : cases) {
        FakeNetwork net([](const FakeRequest &request) {
            return test::eventResults(request, [](const QString &) { return u"stored"_s; });
        });
        net.route("GET", u"/v1/catalogue"_s,
                  [answer = answer](const FakeRequest &) { return answer; });
        auto round = desk.round(net);
        REQUIRE(round->error().has_value());
        CHECK(round->error()->code == code);
        CHECK(catalogue.version().value() == 0);
        CHECK(desk.services->catalogue().version().value() == localVersion);
        CHECK(desk.network->status().value().paused.isEmpty()); // retried later, not paused
        desk.clock.advanceDays(1);
    }
}
