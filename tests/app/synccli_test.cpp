// SPDX-License-Identifier: GPL-3.0-or-later
// sportello-cli hub enrol / sync / sync status / hub leave, run as the real executables (the
// desk's CLI and sportello-hub) inside the private Secret Service: a demo desk joins a local
// hub, delivers its outbox, and leaves; the token is only ever in the keychain.
#include "../hub/hubprocess.h"
#include "demo/syntheticpeople.h"
#include "faultproxy.h"
#include "testhelpers.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

test::Run desk(const QString &dataDir, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(test::cliExecutable(),
                  QStringList {u"--lang"_s, u"en"_s, u"--data-dir"_s, dataDir} + arguments);
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // The event loop keeps running meanwhile: a test's proxy relays in it.
    REQUIRE(
        QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The same under libfaketime, the computer's clock moved by `offset` ("-3d", "+3d"): the
// clock the desk reads, its TLS library included. ./dev installs faketime.
test::Run deskAt(const QString &offset, const QString &dataDir, const QStringList &arguments)
{
    const QString faketime = QStandardPaths::findExecutable(u"faketime"_s);
    REQUIRE_FALSE(faketime.isEmpty());
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DONT_FAKE_MONOTONIC"_s, u"1"_s); // timers and timeouts stay true
    process.setProcessEnvironment(environment);
    process.start(faketime,
                  QStringList {u"-f"_s, offset, test::cliExecutable(), u"--lang"_s, u"en"_s,
                               u"--data-dir"_s, dataDir}
                      + arguments);
    REQUIRE(process.waitForStarted(10000));
    process.closeWriteChannel();
    REQUIRE(
        QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Whether `needle` is in any file under `folder`, as bytes.
bool inAnyFile(const QString &folder, const QByteArray &needle)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

// A hub of its own under `dir`: the district, one desk; its directory and that desk's token.
std::pair<QString, QByteArray> makeHub(const test::TempDir &dir)
{
    const QString hubDir = dir.filePath(u"hub"_s);
    REQUIRE(test::hubCommand({u"init"_s, u"--dir"_s, hubDir}).exitCode == 0);
    REQUIRE(test::hubCommand({u"district"_s, u"set"_s, u"--name"_s, u"Distretto Est Milano"_s,
                              u"--comuni"_s, u"015175,015205,015242,015185"_s, u"--dir"_s, hubDir})
                .exitCode
            == 0);
    const test::Run added = test::hubCommand(
        {u"desk"_s, u"add"_s, u"Centro"_s, u"--comune"_s, u"015175"_s, u"--dir"_s, hubDir});
    return {hubDir,
            added.out.trimmed().split(u'\n').constLast().split(u' ').constLast().toLatin1()};
}

} // namespace

TEST_CASE("a demo desk enrols with the command line, delivers its outbox and leaves", "[app][sync]")
{
    test::TempDir dir;
    const auto [hubDir, token] = makeHub(dir);
    REQUIRE(token.startsWith("sph1_"));
    QProcess server;
    const QString url = test::startServer(server, hubDir);
    const QString data = dir.filePath(u"desk"_s);
    REQUIRE(desk(data, {u"demo"_s}).exitCode == 0);

    const test::Run before = desk(data, {u"sync"_s, u"status"_s});
    CHECK(before.exitCode == 0);
    CHECK(before.out.contains(u"Not connected to the district network."_s));
    const test::Run unenrolled = desk(data, {u"sync"_s});
    CHECK(unenrolled.exitCode == 1);
    CHECK(unenrolled.err.contains(u"not connected to the district network"_s));

    // Bad use: no trust, two trusts, an unknown option; a token of the wrong form.
    CHECK(desk(data, {u"hub"_s, u"enrol"_s, u"--url"_s, url, u"--token"_s, u"x"_s}).exitCode == 2);
    CHECK(desk(data, {u"sync"_s, u"--bogus"_s}).exitCode == 2);
    const test::Run badToken = desk(data,
                                    {u"hub"_s, u"enrol"_s, u"--url"_s, url, u"--token"_s,
                                     u"not-a-token"_s, u"--ca"_s, hubDir + u"/ca.pem"_s});
    CHECK(badToken.exitCode == 1);
    CHECK(badToken.err.contains(u"The token is not valid"_s));

    // The token read from standard input, so it is in no process list.
    const test::Run enrolled = desk(data,
                                    {u"hub"_s, u"enrol"_s, u"--url"_s, url, u"--token"_s, u"-"_s,
                                     u"--ca"_s, hubDir + u"/ca.pem"_s},
                                    token + '\n');
    INFO(enrolled.err.toStdString());
    REQUIRE(enrolled.exitCode == 0);
    CHECK(enrolled.out.contains(u"Distretto Est Milano (4 comuni)"_s));

    const test::Run synced = desk(data, {u"sync"_s});
    INFO(synced.err.toStdString());
    CHECK(synced.exitCode == 0);
    CHECK(synced.out.contains(u"refused by the hub: 0"_s));
    const test::Run status = desk(data, {u"sync"_s, u"status"_s, u"--json"_s});
    REQUIRE(status.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    CHECK(json.value(u"enrolled"_s).toBool());
    CHECK(json.value(u"pending"_s).toInt() == 0);
    CHECK(json.value(u"failed"_s).toInt() == 0);
    CHECK(json.value(u"counts"_s).toObject().value(u"DELIVERED"_s).toInt() > 0);
    CHECK_FALSE(json.value(u"last_success"_s).toString().isEmpty());

    // The token is in the keychain only: no file of the desk, no output, no hub log.
    for (const test::Run &run : {enrolled, synced, status}) {
        CHECK_FALSE(run.out.toLatin1().contains(token));
        CHECK_FALSE(run.err.toLatin1().contains(token));
    }
    CHECK_FALSE(inAnyFile(data, token));
    CHECK_FALSE(inAnyFile(data, token.mid(5, 20))); // nor a piece of it
    CHECK(inAnyFile(hubDir, "BEGIN CERTIFICATE")); // the scan finds what is there (control)

    const test::Run left = desk(data, {u"hub"_s, u"leave"_s});
    CHECK(left.exitCode == 0);
    CHECK(desk(data, {u"sync"_s, u"status"_s}).out.contains(u"Not connected"_s));
    server.terminate();
    REQUIRE(server.waitForFinished(10000));
    CHECK_FALSE(
        QString::fromUtf8(server.readAllStandardError()).contains(QString::fromLatin1(token)));
}

TEST_CASE("a desk killed at any moment of its sync loses and duplicates nothing, and the hub "
          "holds nothing personal of its 500 people",
          "[app][sync][privacy]")
{
    test::TempDir dir;
    const auto [hubDir, token] = makeHub(dir);
    QProcess server;
    const QString url = test::startServer(server, hubDir);
    // A slow network between the desk and the hub, so that kills land mid-round.
    test::FaultProxy proxy(quint16(QUrl(url).port()));
    REQUIRE(proxy.listen());
    const QString viaProxy = u"https://127.0.0.1:%1"_s.arg(proxy.port());

    const QString data = dir.filePath(u"desk"_s);
    constexpr quint64 kSeed = 7;
    const test::Run demo
        = desk(data, {u"demo"_s, u"--people"_s, u"500"_s, u"--seed"_s, QString::number(kSeed)});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    REQUIRE(desk(data,
                 {u"hub"_s, u"enrol"_s, u"--url"_s, viaProxy, u"--token"_s, u"-"_s, u"--ca"_s,
                  hubDir + u"/ca.pem"_s},
                 token + '\n')
                .exitCode
            == 0);
    const int queued = int(
        QJsonDocument::fromJson(desk(data, {u"outbox"_s, u"list"_s, u"--json"_s}).out.toUtf8())
            .array()
            .size());
    REQUIRE(queued > 100);

    // Kill -9 the desk's sync at several moments: before, during and after its requests.
    proxy.setDefaultFault(test::FaultProxy::Fault::Delay);
    proxy.setDelay(std::chrono::milliseconds(120));
    int kills = 0;
    for (const int afterMs : {30, 150, 400, 700, 1100, 1600}) {
        QProcess sync;
        sync.start(test::cliExecutable(), {u"--data-dir"_s, data, u"sync"_s, u"--force"_s});
        REQUIRE(sync.waitForStarted(10000));
        QTest::qWait(afterMs);
        if (sync.state() == QProcess::Running) {
            sync.kill(); // SIGKILL
            ++kills;
        }
        REQUIRE(QTest::qWaitFor([&sync] { return sync.state() == QProcess::NotRunning; }, 60000));
    }
    CHECK(kills >= 3);
    proxy.setDefaultFault(test::FaultProxy::Fault::None);
    int exit = -1;
    for (int round = 0; round < 5 && exit != 0; ++round)
        exit = desk(data, {u"sync"_s, u"--force"_s}).exitCode;
    CHECK(exit == 0);
    const QJsonObject status
        = QJsonDocument::fromJson(desk(data, {u"sync"_s, u"status"_s, u"--json"_s}).out.toUtf8())
              .object();
    CHECK(status.value(u"pending"_s).toInt() == 0);
    CHECK(status.value(u"failed"_s).toInt() == 0);
    CHECK(status.value(u"counts"_s).toObject().value(u"DELIVERED"_s).toInt() == queued);
    server.terminate();
    REQUIRE(server.waitForFinished(10000));
    const QByteArray hubLog = server.readAllStandardError();

    auto count = [&hub = hubDir](const QString &sql) {
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {hub + u"/hub.db"_s, sql});
        REQUIRE(sqlite.waitForFinished(30000));
        return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed().toInt();
    };
    // Each record once, whatever the kills interrupted.
    CHECK(count(u"SELECT count(*) FROM events"_s) == queued);
    CHECK(count(u"SELECT count(DISTINCT id) FROM events"_s) == queued);

    // None of the people's names, codici fiscali, phones or e-mails is in the hub's files.
    QByteArray hubBytes = hubLog;
    QDirIterator files(hubDir, QDir::Files | QDir::Hidden);
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        hubBytes += file.readAll();
    }
    REQUIRE(hubBytes.contains("015205")); // the scan sees the records (control)
    demo::SyntheticPeople people(kSeed);
    const QDate today = QDate::currentDate();
    int planted = 0;
    for (int i = 0; i < 500; ++i) {
        const demo::SyntheticPerson person = people.next(today);
        const QStringList texts {QString(person.givenName + u' ' + person.familyName),
                                 QString(person.familyName + u' ' + person.givenName),
                                 person.codiceFiscale, person.phone, person.email};
        for (const QString &text : texts) {
            if (text.trimmed().isEmpty())
                continue;
            ++planted;
            INFO(text.toStdString());
            CHECK_FALSE(hubBytes.contains(text.toUtf8()));
        }
    }
    CHECK(planted > 2000);
}

TEST_CASE("with the computer's clock three days behind the sync names the clock and sends "
          "nothing; three days ahead it delivers every event once, in order",
          "[app][sync][clock]")
{
    test::TempDir dir;
    const auto [hubDir, token] = makeHub(dir);
    QProcess server;
    const QString url = test::startServer(server, hubDir);
    const QString data = dir.filePath(u"desk"_s);
    REQUIRE(desk(data, {u"demo"_s}).exitCode == 0);
    REQUIRE(desk(data,
                 {u"hub"_s, u"enrol"_s, u"--url"_s, url, u"--token"_s, u"-"_s, u"--ca"_s,
                  hubDir + u"/ca.pem"_s},
                 token + '\n')
                .exitCode
            == 0);
    QStringList order; // the outbox's event ids, oldest first
    for (const QJsonValue &item :
         QJsonDocument::fromJson(desk(data, {u"outbox"_s, u"list"_s, u"--json"_s}).out.toUtf8())
             .array())
        order.append(item.toObject().value(u"event_uid"_s).toString());
    REQUIRE(order.size() > 3);
    auto hubEvents = [&hub = hubDir] {
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {hub + u"/hub.db"_s, u"SELECT id FROM events ORDER BY rowid"_s});
        REQUIRE(sqlite.waitForFinished(30000));
        return QString::fromUtf8(sqlite.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    };

    // Behind: the hub's certificate is not valid yet by this clock. The message says to look
    // at the computer's date, and nothing left the desk.
    const test::Run behind = deskAt(u"-3d"_s, data, {u"sync"_s, u"--force"_s});
    CHECK(behind.exitCode == 1);
    CHECK(behind.err.contains(u"This computer's date"_s));
    CHECK(behind.err.contains(u"If the computer's date or time is wrong, correct it"_s));
    CHECK(hubEvents().isEmpty());
    const QJsonObject waiting
        = QJsonDocument::fromJson(desk(data, {u"sync"_s, u"status"_s, u"--json"_s}).out.toUtf8())
              .object();
    CHECK(waiting.value(u"pending"_s).toInt() == order.size());

    // Ahead: within the certificate, so the sync goes through; every event once, in the order
    // the desk saved them.
    const test::Run ahead = deskAt(u"+3d"_s, data, {u"sync"_s, u"--force"_s});
    INFO(ahead.err.toStdString());
    CHECK(ahead.exitCode == 0);
    CHECK(hubEvents() == order);
    CHECK(desk(data, {u"sync"_s, u"--force"_s}).exitCode == 0); // and right again: nothing more
    CHECK(hubEvents() == order);
    server.terminate();
    REQUIRE(server.waitForFinished(10000));
}
