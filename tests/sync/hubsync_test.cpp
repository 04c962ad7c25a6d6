// SPDX-License-Identifier: GPL-3.0-or-later
// The desk against the real sportello-hub on 127.0.0.1 with its throw-away CA: enrolment over
// the CA and over a key pin, refusal of a hub the desk does not trust (no token sent), and the
// delivery of 1,000 referrals stored exactly once.
#include "../core/sync/syncfixture.h"
#include "connection.h"
#include "faultproxy.h"
#include "localhub.h"
#include "network/enrolment.h"
#include "network/hubtls.h"
#include "services/catalogueservice.h"
#include "sql.h"
#include "storage/outboxrepository.h"
#include "testcertificates.h"
#include "testhelpers.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>

using namespace Qt::StringLiterals;
using namespace sportello;

using test::enrol;
using test::LocalHub;

TEST_CASE("a desk enrols with the district CA and delivers 1,000 referrals exactly once",
          "[sync][hub]")
{
    LocalHub hub;
    test::ReferralDesk desk;
    QNetworkAccessManager network;
    sync::EnrolmentRequest request = hub.request();
    const auto enrolled = enrol(desk, network, request);
    REQUIRE_FALSE(enrolled.has_value());
    services::NetworkService service(desk.services->context(), test::secrets());
    // The district now comes from the hub, and the catalogue key pinned is the hub's own.
    CHECK(desk.services->settings().district().value().comuni
          == QStringList {u"015175"_s, u"015205"_s, u"015242"_s});
    QFile pub(hub.hubDir + u"/catalogue.pub"_s);
    REQUIRE(pub.open(QIODevice::ReadOnly));
    CHECK(service.hub().value().catalogueKey.toBase64() == pub.readAll().trimmed());

    for (int i = 0; i < 1000; ++i)
        REQUIRE(desk.referrals->create(desk.volunteer, desk.toComune()).ok());
    sync::SyncRound::Options options;
    sync::SyncRound round(desk.services->context(), test::secrets(), network, options);
    QSignalSpy done(&round, &sync::SyncRound::finished);
    round.start();
    REQUIRE(done.wait(120000));
    INFO((round.error() ? round.error()->toLogString() : QString()).toStdString());
    REQUIRE_FALSE(round.error().has_value());
    CHECK(round.delivery().delivered == 1000);
    CHECK(service.status().value().pending() == 0);
    CHECK(hub.count(u"SELECT count(*) FROM events"_s) == 1000);
    CHECK(hub.count(u"SELECT count(DISTINCT id) FROM events"_s) == 1000);

    // Everything sent again (as after a crash before the local mark): acknowledged as
    // duplicates, stored once.
    REQUIRE(storage::run(storage::connectionOf(desk.profile->database()),
                         u"UPDATE outbox SET state = 'QUEUED'"_s)
                .ok());
    sync::SyncRound again(desk.services->context(), test::secrets(), network, options);
    QSignalSpy doneAgain(&again, &sync::SyncRound::finished);
    again.start();
    REQUIRE(doneAgain.wait(120000));
    REQUIRE_FALSE(again.error().has_value());
    CHECK(again.delivery().delivered == 1000);
    CHECK(hub.count(u"SELECT count(*) FROM events"_s) == 1000);
    CHECK_FALSE(hub.log().contains(hub.token));
}

TEST_CASE("a desk enrols with the hub's key pin, and refuses a wrong one", "[sync][hub]")
{
    LocalHub hub;
    const QSslCertificate server
        = QSslCertificate::fromPath(hub.hubDir + u"/server.pem"_s).value(0);
    REQUIRE_FALSE(server.isNull());
    test::ReferralDesk desk;
    QNetworkAccessManager network;
    sync::EnrolmentRequest request;
    request.url = QUrl(hub.url);
    request.token = hub.token.toLatin1();
    request.spkiPin = QByteArray(32, '\x7f');
    {
        // A manager per trust policy: a TLS connection is reused across requests.
        QNetworkAccessManager wrong;
        const auto refused = enrol(desk, wrong, request);
        REQUIRE(refused.has_value());
        CHECK(refused->code == ErrorCode::HubTlsFailed);
    }
    request.spkiPin = sync::spkiSha256(server);
    const auto enrolled = enrol(desk, network, request);
    INFO((enrolled ? enrolled->toLogString() : QString()).toStdString());
    CHECK_FALSE(enrolled.has_value());
}

TEST_CASE("a hub whose certificate the desk does not trust gets no token", "[sync][hub]")
{
    LocalHub hub;
    LocalHub other; // its own throw-away CA
    test::ReferralDesk desk;
    QNetworkAccessManager network;
    sync::EnrolmentRequest request;
    request.url = QUrl(hub.url);
    request.token = hub.token.toLatin1();
    request.caPem = other.caPem();
    const auto refused = enrol(desk, network, request);
    REQUIRE(refused.has_value());
    CHECK(refused->code == ErrorCode::HubTlsFailed);
    // The handshake failed before any request: the hub logged none with a desk.
    CHECK_FALSE(hub.log().contains(u"/v1/district"_s));
}

TEST_CASE("through a network that resets, truncates, delays and stalls, every referral is "
          "stored exactly once and nothing is lost",
          "[sync][hub][faults]")
{
    LocalHub hub;
    test::FaultProxy proxy(quint16(QUrl(hub.url).port()));
    REQUIRE(proxy.listen());
    test::ReferralDesk desk;
    sync::EnrolmentRequest request;
    request.url = QUrl(u"https://127.0.0.1:%1"_s.arg(proxy.port()));
    request.token = hub.token.toLatin1();
    request.caPem = hub.caPem();
    {
        QNetworkAccessManager network;
        REQUIRE_FALSE(enrol(desk, network, request).has_value());
    }
    for (int i = 0; i < 40; ++i)
        REQUIRE(desk.referrals->create(desk.volunteer, desk.toComune()).ok());
    services::NetworkService service(desk.services->context(), test::secrets());

    // One round through the proxy as it stands; a new manager each time, as after a restart.
    auto syncOnce = [&](int timeoutMs) {
        QNetworkAccessManager network;
        sync::SyncRound::Options options;
        options.batchLimit = 10;
        options.timeoutMs = timeoutMs;
        options.force = true;
        sync::SyncRound round(desk.services->context(), test::secrets(), network, options);
        QSignalSpy done(&round, &sync::SyncRound::finished);
        round.start();
        REQUIRE(done.wait(60000));
        return round.error();
    };
    // Past any backoff the failures set: the next round sends at once.
    auto later = [&] {
        desk.clock.advanceDays(1);
    };

    using Fault = test::FaultProxy::Fault;
    for (const Fault fault : {Fault::ResetAfterRequest, Fault::TruncateResponse, Fault::Stall}) {
        INFO("fault " << int(fault));
        proxy.setDefaultFault(fault);
        if (fault == Fault::ResetAfterRequest) {
            // Over TLS 1.3 a connection's first two exchanges are the handshake (the hello,
            // then the client's Finished answered by the session tickets) and the third carries
            // the request: that one is cut after the hub has answered. Qt resends a request
            // whose connection closed before any answer, up to three times.
            QList<Fault> plan;
            for (int attempt = 0; attempt < 4; ++attempt)
                plan << Fault::None << Fault::None << Fault::ResetAfterRequest;
            proxy.setPlan(plan);
        }
        const auto failed = syncOnce(1500);
        REQUIRE(failed.has_value());
        CHECK((failed->code == ErrorCode::HubUnreachable || failed->code == ErrorCode::HubTimeout
               || failed->code == ErrorCode::HubBadAnswer));
        // Nothing was marked delivered without the hub's answer, nothing is stuck in SENDING.
        CHECK(service.status().value().counts.value(u"SENDING"_s) == 0);
        if (fault == Fault::ResetAfterRequest) {
            // The hub stored the batch it answered; the desk never heard: its items wait.
            CHECK(hub.count(u"SELECT count(*) FROM events"_s) > 0);
            CHECK(service.status().value().counts.value(u"DELIVERED"_s) == 0);
        }
        later();
    }
    // A slow network only makes the round slower.
    proxy.setDefaultFault(Fault::Delay);
    proxy.setDelay(std::chrono::milliseconds(200));
    const auto slow = syncOnce(10000);
    INFO((slow ? slow->toLogString() : QString()).toStdString());
    CHECK_FALSE(slow.has_value());
    proxy.setDefaultFault(Fault::None);
    later();
    const auto clean = syncOnce(10000);
    CHECK_FALSE(clean.has_value());

    const auto status = service.status().value();
    CHECK(status.pending() == 0);
    CHECK(status.failed() == 0);
    CHECK(status.counts.value(u"DELIVERED"_s) == 40);
    // However many times a batch reached the hub, each event is stored once.
    CHECK(hub.count(u"SELECT count(*) FROM events"_s) == 40);
    CHECK(hub.count(u"SELECT count(DISTINCT id) FROM events"_s) == 40);
    CHECK(proxy.faultsInjected() > 0);
}

TEST_CASE("the district's published catalogue reaches the desk, read-only, beside the desk's own",
          "[sync][hub][catalogue]")
{
    LocalHub hub;
    const test::Run published
        = test::hubCommand({u"catalogue"_s, u"publish"_s,
                            test::sourceDir() + u"/resources/catalogue/demo-catalogue.json"_s,
                            u"--dir"_s, hub.hubDir});
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);
    test::ReferralDesk desk;
    QNetworkAccessManager network;
    sync::EnrolmentRequest request = hub.request();
    REQUIRE_FALSE(enrol(desk, network, request).has_value());

    auto syncOnce = [&] {
        return test::syncClean(desk, network)->catalogueChanges();
    };
    CHECK(syncOnce() > 10);
    services::CatalogueService &catalogue = desk.services->catalogue();
    const auto summaries = catalogue.summaries().value();
    CHECK(summaries.size() > 10);
    // A network entry is read-only at the desk, even for a coordinator.
    const catalogue::Service first = catalogue.serviceByUid(summaries.first().uid).value();
    catalogue::Service edited = first;
    edited.name = u"Changed at the desk"_s;
    CHECK(catalogue.saveService(desk.lead, edited).code() == ErrorCode::CatalogueEntryFromNetwork);
    // Unchanged: the next round asks with the version and writes nothing.
    const qint64 version = catalogue.version().value();
    CHECK(syncOnce() == 0);
    CHECK(catalogue.version().value() == version);
}

TEST_CASE("a hub whose certificate is expired, for another host or self-signed gets no token",
          "[sync][hub][tls]")
{
    test::TempDir certificates;
    const test::PemPair ca = test::makeCa(u"Distretto di prova"_s);
    struct Case
    {
        const char *name;
        test::PemPair server;
        ErrorCode expected;
    };
    const QList<Case> cases {
        {"expired", test::makeServerCertificate(ca, u"IP:127.0.0.1,DNS:localhost"_s, -30, -1),
         ErrorCode::HubClockWrong},
        {"not yet valid", test::makeServerCertificate(ca, u"IP:127.0.0.1"_s, 3, 400),
         ErrorCode::HubClockWrong},
        {"another host", test::makeServerCertificate(ca, u"DNS:hub.example.org"_s, -1, 365),
         ErrorCode::HubTlsFailed},
        {"self-signed", test::makeServerCertificate({}, u"IP:127.0.0.1"_s, -1, 365),
         ErrorCode::HubTlsFailed},
        {"the district's, as a control",
         test::makeServerCertificate(ca, u"IP:127.0.0.1"_s, -1, 365), ErrorCode {}},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const auto [cert, key] = test::writePair(c.server, certificates.path(),
                                                 QString::fromLatin1(c.name).replace(u' ', u'-'));
        LocalHub hub({u"--cert"_s, cert, u"--key"_s, key});
        test::ReferralDesk desk;
        QNetworkAccessManager network;
        // This hub has no throw-away CA of its own: the desk trusts the test's.
        sync::EnrolmentRequest request;
        request.url = QUrl(hub.url);
        request.token = hub.token.toLatin1();
        request.caPem = ca.certificate;
        const auto refused = enrol(desk, network, request);
        if (c.expected == ErrorCode {}) {
            CHECK_FALSE(refused.has_value());
            continue;
        }
        REQUIRE(refused.has_value());
        CHECK(refused->code == c.expected);
        if (c.expected == ErrorCode::HubClockWrong)
            CHECK(refused->args.size() == 3); // the certificate's dates and this computer's
        CHECK_FALSE(hub.log().contains(u"/v1/district"_s));
    }
}
