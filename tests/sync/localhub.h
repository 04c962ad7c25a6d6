// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real sportello-hub of a test's own on 127.0.0.1, with its throw-away CA, and the enrolment
// of a test desk in it.
#include "../core/services/referralfixture.h"
#include "../hub/hubprocess.h"
#include "memorysecretstore.h"
#include "network/enrolment.h"
#include "network/syncround.h"
#include "services/networkservice.h"
#include "testhelpers.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace sportello::test {

// A hub of its own for one test: init, the district, one desk (PIO-CDA, whose token is
// `token`); served until the end.
struct LocalHub
{
    test::TempDir dir;
    QString hubDir;
    QString token;
    QProcess server;
    QString url;

    // `init` takes `extra` (e.g. --cert FILE --key FILE) besides its directory; the server
    // keeps quiet the warnings of `expectedWarnings`, categories the test provokes on purpose.
    explicit LocalHub(const QStringList &extra = {}, const QStringList &expectedWarnings = {},
                      QtWarnings qt = QtWarnings::Fatal)
    {
        if (!expectedWarnings.isEmpty() || qt != QtWarnings::Fatal)
            test::expectHubWarnings(server, expectedWarnings, qt);
        hubDir = dir.filePath(u"hub"_s);
        REQUIRE(test::hubCommand(QStringList {u"init"_s, u"--dir"_s, hubDir} + extra).exitCode
                == 0);
        REQUIRE(test::hubCommand({u"district"_s, u"set"_s, u"--name"_s, u"Est Milano"_s,
                                  u"--comuni"_s, u"015175,015205,015242"_s, u"--dir"_s, hubDir})
                    .exitCode
                == 0);
        token = addDesk(u"PIO-CDA"_s, u"015175"_s);
        url = test::startServer(server, hubDir);
    }

    ~LocalHub() { stop(); }

    // Adds a desk of the network (of `organization`, a catalogue uid, when it is one's); its
    // one-time token.
    QString addDesk(const QString &name, const QString &comune, const QString &organization = {},
                    bool coordinator = false)
    {
        QStringList args {u"desk"_s, u"add"_s, name, u"--comune"_s, comune, u"--dir"_s, hubDir};
        if (!organization.isEmpty())
            args << u"--organization"_s << organization;
        if (coordinator)
            args << u"--coordinator"_s;
        const test::Run added = test::hubCommand(args);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        return added.out.trimmed().split(u'\n').constLast().split(u' ').constLast();
    }

    // Stops the server, as its administrator would; start() serves again at the same address.
    void stop()
    {
        server.terminate();
        server.waitForFinished(10000);
    }
    void start()
    {
        const QString again = test::startServer(server, hubDir, quint16(QUrl(url).port()));
        REQUIRE(again == url);
    }

    [[nodiscard]] QByteArray caPem() const
    {
        QFile file(hubDir + u"/ca.pem"_s);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    // A count from the hub's SQLite database, through the sqlite3 tool (this process links
    // SQLCipher and must not load the system SQLite too).
    [[nodiscard]] int count(const QString &sql) const
    {
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {hubDir + u"/hub.db"_s, sql});
        REQUIRE(sqlite.waitForFinished(30000));
        return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed().toInt();
    }

    [[nodiscard]] QString log() { return QString::fromUtf8(server.readAllStandardError()); }

    // What a coordinator types to enrol a desk here: the address, the token, the CA.
    [[nodiscard]] sync::EnrolmentRequest request() const
    {
        sync::EnrolmentRequest request;
        request.url = QUrl(url);
        request.token = token.toLatin1();
        request.caPem = caPem();
        return request;
    }
};

// Enrols `desk` in `hub` with `request`'s trust; the enrolment's error, if any.
inline std::optional<Error> enrol(test::ReferralDesk &desk, QNetworkAccessManager &network,
                                  sync::EnrolmentRequest request)
{
    const QByteArray token = request.token;
    sync::Enrolment enrolment(network, desk.clock, std::move(request));
    QSignalSpy done(&enrolment, &sync::Enrolment::finished);
    enrolment.start();
    REQUIRE(done.wait(30000));
    if (enrolment.error())
        return enrolment.error();
    services::NetworkService service(desk.services->context(), test::secrets());
    auto stored = service.enrol(desk.lead, enrolment.hub(), token, enrolment.district());
    if (!stored)
        return stored.error();
    return std::nullopt;
}

// One sync round of `desk`, to its end; the round, for its figures and error.
inline std::unique_ptr<sync::SyncRound>
syncRound(ReferralDesk &desk, QNetworkAccessManager &network, sync::SyncRound::Options options = {})
{
    auto round = std::make_unique<sync::SyncRound>(desk.services->context(), secrets(), network,
                                                   std::move(options));
    QSignalSpy done(round.get(), &sync::SyncRound::finished);
    round->start();
    REQUIRE(done.wait(120000));
    return round;
}

// One round that must succeed; the round, for its figures.
inline std::unique_ptr<sync::SyncRound> syncClean(ReferralDesk &desk,
                                                  QNetworkAccessManager &network)
{
    auto round = syncRound(desk, network);
    INFO((round->error() ? round->error()->toLogString() : QString()).toStdString());
    REQUIRE_FALSE(round->error().has_value());
    return round;
}

} // namespace sportello::test
