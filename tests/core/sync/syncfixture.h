// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../services/referralfixture.h"
#include "fakenetwork.h"
#include "memorysecretstore.h"
#include "network/syncround.h"
#include "services/networkservice.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

// A desk with queued referrals, enrolled in a hub that lives in a FakeNetwork.
namespace sportello::test {

inline const QByteArray kToken = "sph1_" + QByteArray(43, 'T');

inline sync::HubConfig fakeHub()
{
    sync::HubConfig hub;
    hub.url = QUrl(u"https://hub.example.it:8443"_s);
    hub.spkiPin = QByteArray(32, '\x01');
    hub.catalogueKey = QByteArray(32, '\x02');
    return hub;
}

struct SyncDesk : ReferralDesk
{
    std::unique_ptr<services::NetworkService> network;

    SyncDesk()
    {
        network = std::make_unique<services::NetworkService>(services->context(), secrets());
        REQUIRE(network
                    ->enrolAsSystem(fakeHub(), kToken,
                                    {u"Est Milano"_s, {u"015175"_s, u"015205"_s, u"015242"_s}})
                    .ok());
    }

    // `count` referrals, each with its created record in the outbox; their event ids.
    QStringList queue(int count)
    {
        for (int i = 0; i < count; ++i) {
            REQUIRE(referrals->create(volunteer, toComune()).ok());
            clock.advanceSecs(1);
        }
        QStringList ids;
        for (const sync::OutboxItem &item : outbox())
            ids.append(item.eventUid);
        return ids;
    }

    int countIn(const char *state) const
    {
        return int(services->outbox().items(QString::fromLatin1(state)).value().size());
    }

    // One round against `net`, waited for (bounded).
    std::unique_ptr<sync::SyncRound> round(QNetworkAccessManager &net,
                                           sync::SyncRound::Options options = {})
    {
        if (!options.random)
            options.random = [] {
                return 0.5;
            };
        auto r = std::make_unique<sync::SyncRound>(services->context(), secrets(), net, options);
        QSignalSpy done(r.get(), &sync::SyncRound::finished);
        r->start();
        REQUIRE(done.wait(10000));
        REQUIRE(done.size() == 1);
        if (r->error())
            UNSCOPED_INFO("round: " << r->error()->toLogString().toStdString());
        return r;
    }
};

} // namespace sportello::test
