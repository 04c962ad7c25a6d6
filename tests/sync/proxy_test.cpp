// SPDX-License-Identifier: GPL-3.0-or-later
// A desk behind a proxy that asks for a password (407), as in a school's or a company's
// network: the sync pauses and says so without touching the outbox; the credentials typed in
// are given to the proxy, kept in memory only, and wrong ones are forgotten; enrolment behind
// such a proxy asks for them while it waits.
#include "connectproxy.h"
#include "localhub.h"
#include "network/enrolment.h"
#include "network/synccontroller.h"
#include "services/networkservice.h"
#include "sync/outbox.h"

#include <QDirIterator>
#include <QNetworkProxy>

using namespace Qt::StringLiterals;
using namespace sportello;

TEST_CASE("a proxy that asks for a password pauses the sync until it is given, and the outbox "
          "waits untouched",
          "[sync][hub][proxy]")
{
    test::LocalHub hub;
    test::ReferralDesk desk;
    {
        QNetworkAccessManager direct;
        REQUIRE_FALSE(test::enrol(desk, direct, hub.request()).has_value());
    }
    for (int i = 0; i < 3; ++i)
        REQUIRE(desk.referrals->create(desk.volunteer, desk.toComune()).ok());
    const QByteArray password = "proxy-segreta-7";
    test::ConnectProxy proxy(quint16(QUrl(hub.url).port()), "utente", password);
    REQUIRE(proxy.listen());

    sync::SyncController::Options options;
    options.watchReachability = false;
    options.network = [port = proxy.port()] {
        auto network = std::make_unique<QNetworkAccessManager>();
        network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, port));
        return network;
    };
    sync::SyncController controller(desk.profile->database(), desk.clock, test::secrets(), options);
    services::NetworkService service(desk.services->context(), test::secrets());
    auto round = [&controller] {
        QSignalSpy finished(&controller, &sync::SyncController::roundFinished);
        controller.syncNow();
        REQUIRE(finished.wait(60000));
        REQUIRE(controller.lastResult().has_value());
        return *controller.lastResult();
    };

    // No credentials yet: 407, the sync pauses with the reason, the items were not tried.
    auto result = round();
    REQUIRE(result.error.has_value());
    CHECK(result.error->code == ErrorCode::HubProxyAuth);
    CHECK(proxy.refused() > 0);
    CHECK(proxy.tunnels() == 0);
    auto status = service.status().value();
    CHECK(status.paused == u"proxy-auth");
    CHECK(status.pending() == 3);
    const QList<sync::OutboxItem> items = desk.services->outbox().items().value();
    for (const sync::OutboxItem &item : items) {
        CHECK(item.state == QLatin1StringView(sync::outboxstate::kQueued));
        CHECK(item.attempts == 0);
    }

    // A wrong password: refused by the proxy, forgotten, still paused.
    controller.setProxyCredentials(u"utente"_s, u"sbagliata"_s);
    result = round();
    REQUIRE(result.error.has_value());
    CHECK(result.error->code == ErrorCode::HubProxyAuth);
    CHECK(proxy.tunnels() == 0);
    CHECK(service.status().value().pending() == 3);

    // The right one: through the tunnel, everything delivered, the pause lifted.
    controller.setProxyCredentials(u"utente"_s, QString::fromLatin1(password));
    result = round();
    INFO((result.error ? result.error->toLogString() : QString()).toStdString());
    REQUIRE_FALSE(result.error.has_value());
    CHECK(result.delivery.delivered == 3);
    CHECK(proxy.tunnels() > 0);
    status = service.status().value();
    CHECK(status.paused.isEmpty());
    CHECK(status.pending() == 0);
    CHECK(hub.count(u"SELECT count(*) FROM events"_s) == 3);

    // The password was never written: not in the desk's profile directory.
    QDirIterator files(desk.dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        INFO(file.fileName().toStdString());
        CHECK_FALSE(file.readAll().contains(password));
    }
}

TEST_CASE("enrolment behind a proxy that asks for a password asks for it, again when refused",
          "[sync][hub][proxy]")
{
    test::LocalHub hub;
    test::ConnectProxy proxy(quint16(QUrl(hub.url).port()), "utente", "proxy-segreta-7");
    REQUIRE(proxy.listen());
    const sync::NetworkFactory behindProxy = [port = proxy.port()] {
        auto network = std::make_unique<QNetworkAccessManager>();
        network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, port));
        return network;
    };
    test::ReferralDesk desk;
    // A password typed again within one request: Qt's cache warns that it replaces the refused
    // one it still holds for the connection in use.
    const test::ExpectedWarnings retyped(
        {}, {u"QNetworkAccessCache::addEntry: overriding active cache entry"_s});
    auto enrolWith = [&](const sync::ProxyPrompt &prompt) {
        sync::Enrolment enrolment(sync::askingProxy(behindProxy, prompt), desk.clock,
                                  hub.request());
        QSignalSpy done(&enrolment, &sync::Enrolment::finished);
        enrolment.start();
        REQUIRE(done.wait(30000));
        return enrolment.error();
    };

    // Declined: the enrolment says the proxy wants a password.
    int asked = 0;
    const auto declined = enrolWith([&asked]() -> std::optional<sync::ProxyCredentials> {
        ++asked;
        return std::nullopt;
    });
    REQUIRE(declined.has_value());
    CHECK(declined->code == ErrorCode::HubProxyAuth);
    CHECK(asked == 1);
    CHECK(proxy.tunnels() == 0);

    // A wrong password first: asked again, then through.
    asked = 0;
    const auto enrolled = enrolWith([&asked]() -> std::optional<sync::ProxyCredentials> {
        ++asked;
        return sync::ProxyCredentials {u"utente"_s,
                                       asked == 1 ? u"sbagliata"_s : u"proxy-segreta-7"_s};
    });
    INFO((enrolled ? enrolled->toLogString() : QString()).toStdString());
    CHECK_FALSE(enrolled.has_value());
    CHECK(asked == 2);
    CHECK(proxy.tunnels() > 0);
}
