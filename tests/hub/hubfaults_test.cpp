// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's ingest under write faults (issue 17, reliability target 5): on a full disk and
// while another program holds its database's write lock past the busy timeout, a batch is
// stored whole or not at all, the desk is told 503 with Retry-After, and the same batch is
// stored once when the fault has passed.
#include "hubfixture.h"
#include "hubprocess.h"
#include "wire/events.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;

namespace {

const QDateTime kNow(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QList<wire::Event> manyReferrals(int count)
{
    QList<wire::Event> events;
    for (int i = 0; i < count; ++i)
        events.append(referralEvent(newUuid()));
    return events;
}

// A count from a hub's SQLite file, through the sqlite3 tool (another process, as an
// administrator would look).
qint64 fileCount(const QString &hubDir, const QString &sql)
{
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, {hubDir + u"/hub.db"_s, sql});
    REQUIRE(sqlite.waitForFinished(30000));
    return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed().toLongLong();
}

struct Posted
{
    int status = 0;
    QByteArray retryAfter;
    QByteArray body;
};

Posted postEvents(const QString &base, const QString &hubDir, const QByteArray &token,
                  const QByteArray &body)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(base + u"/v1/events"_s));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(hubDir + u"/ca.pem"_s));
    request.setSslConfiguration(tls);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(60000);
    QNetworkReply *reply = manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Posted posted {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                   reply->rawHeader("Retry-After"), reply->readAll()};
    reply->deleteLater();
    return posted;
}

} // namespace

TEST_CASE("on a full disk the hub stores a batch whole or not at all, and all of it once "
          "space is freed",
          "[hub][store][faults]")
{
    HubStoreFixture hub(HubBackend::Sqlite);
    const hub::Desk desk = hub.enrol(u"Pioltello"_s, "hash-a");
    REQUIRE(hub.store->ingest(desk, manyReferrals(5), kNow).ok());
    // The store's own connection (this thread's), as its name says.
    QSqlDatabase db = QSqlDatabase::database(u"hub-test-%1"_s.arg(HubStoreFixture::counter()));
    REQUIRE(db.isOpen());
    const qint64 events = scalar(db, u"SELECT count(*) FROM events"_s);
    const qint64 referrals = scalar(db, u"SELECT count(*) FROM referrals"_s);
    const qint64 feed = scalar(db, u"SELECT count(*) FROM feed"_s);
    const qint64 pages = scalar(db, u"PRAGMA page_count"_s);
    REQUIRE(scalar(db, u"PRAGMA max_page_count = %1"_s.arg(pages)) == pages);

    const QList<wire::Event> batch = manyReferrals(2000);
    auto full = hub.store->ingest(desk, batch, kNow);
    REQUIRE_FALSE(full.ok());
    CHECK(scalar(db, u"SELECT count(*) FROM events"_s) == events);
    CHECK(scalar(db, u"SELECT count(*) FROM referrals"_s) == referrals);
    CHECK(scalar(db, u"SELECT count(*) FROM feed"_s) == feed);

    REQUIRE(scalar(db, u"PRAGMA max_page_count = 1073741823"_s) > pages);
    auto stored = hub.store->ingest(desk, batch, kNow);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == batch.size());
    for (const hub::IngestResult &result : *stored)
        CHECK(result.status == hub::IngestStatus::Stored);
    CHECK(scalar(db, u"SELECT count(*) FROM events"_s) == events + batch.size());
}

TEST_CASE("while another program holds the hub database's write lock past the busy timeout, a "
          "batch is answered 503 with Retry-After and stored once afterwards",
          "[hub][server][faults]")
{
    TempDir dir;
    const QString hubDir = dir.filePath(u"h"_s);
    REQUIRE(hubCommand({u"init"_s, u"--dir"_s, hubDir}).exitCode == 0);
    REQUIRE(hubCommand({u"district"_s, u"set"_s, u"--dir"_s, hubDir, u"--name"_s, u"Est"_s,
                        u"--comuni"_s, u"015175"_s})
                .exitCode
            == 0);
    const Run added = hubCommand(
        {u"desk"_s, u"add"_s, u"Centro"_s, u"--dir"_s, hubDir, u"--comune"_s, u"015175"_s});
    REQUIRE(added.exitCode == 0);
    const QByteArray token
        = added.out.trimmed().split(u'\n').constLast().split(u' ').constLast().toLatin1();
    QProcess server;
    // The hub logs the failure it answers 503 for, as it should: expected here.
    expectHubWarnings(server, {u"sportello.app"_s});
    const QString base = startServer(server, hubDir);
    QJsonArray events;
    for (const wire::Event &event : manyReferrals(20))
        events.append(wire::toJson(event));
    const QByteArray body = QJsonDocument(QJsonObject {{u"events"_s, events}}).toJson();

    QProcess holder;
    holder.start(u"sqlite3"_s, {hubDir + u"/hub.db"_s});
    REQUIRE(holder.waitForStarted(10000));
    // The server may be writing as it starts: wait for the lock rather than fail to take it,
    // and stop at any error, so that "locked" is printed only while the lock is held.
    holder.write(".timeout 20000\n"
                 ".bail on\n"
                 "BEGIN IMMEDIATE;\n"
                 "INSERT INTO district(id, name, comuni) VALUES (1, 'x', 'x') "
                 "ON CONFLICT(id) DO UPDATE SET name = name;\n"
                 ".print locked\n");
    REQUIRE(holder.waitForReadyRead(30000));
    REQUIRE(holder.readLine().trimmed() == "locked");

    // The hub waits its whole busy timeout (10 s), then tells the desk to come back.
    const Posted busy = postEvents(base, hubDir, token, body);
    CHECK(busy.status == 503);
    CHECK(busy.retryAfter.toInt() > 0);
    CHECK(busy.body.contains("urn:sportello:problem:unavailable"));
    CHECK(fileCount(hubDir, u"SELECT count(*) FROM events"_s) == 0);

    holder.write("ROLLBACK;\n.quit\n");
    holder.closeWriteChannel();
    REQUIRE(holder.waitForFinished(10000));
    const Posted stored = postEvents(base, hubDir, token, body);
    CHECK(stored.status == 200);
    CHECK(stored.body.count("\"stored\"") == 20);
    CHECK(fileCount(hubDir, u"SELECT count(*) FROM events"_s) == 20);
    server.terminate();
    REQUIRE(server.waitForFinished(10000));
}
