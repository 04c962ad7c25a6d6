// SPDX-License-Identifier: GPL-3.0-or-later
// Batches in flight: the writer that stores them off the HTTP thread, answers in request
// order on one connection, and a SIGTERM while desks are posting that loses nothing the hub
// acknowledged.
#include "hub/batchwriter.h"
#include "hub/config.h"
#include "hubfixture.h"
#include "hubprocess.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;

namespace {

const QDateTime kNow(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);

QList<hub::IngestEvent> prepared(const QList<wire::Event> &events)
{
    QList<hub::IngestEvent> list;
    for (const wire::Event &event : events)
        list.append(hub::prepareEvent(event));
    return list;
}

QList<wire::Event> freshEvents(int count)
{
    QList<wire::Event> events;
    for (int i = 0; i < count; ++i)
        events.append(referralEvent(newUuid()));
    return events;
}

QByteArray batchBody(const QList<wire::Event> &events)
{
    QJsonArray items;
    for (const wire::Event &event : events)
        items.append(wire::toJson(event));
    return QJsonDocument(QJsonObject {{u"events"_s, items}}).toJson(QJsonDocument::Compact);
}

// A hub directory with one desk and no rate limit; its token.
QByteArray hubWithDesk(const QString &hubDir, HubBackend backend)
{
    QStringList init {u"init"_s, u"--dir"_s, hubDir};
    if (backend == HubBackend::Postgres) {
        QString why;
        PgServer *server = PgServer::instance(&why);
        INFO(why.toStdString());
        REQUIRE(server);
        init << u"--db"_s << server->createDatabase();
    }
    REQUIRE(hubCommand(init).exitCode == 0);
    auto config = hub::loadConfig(hubDir);
    REQUIRE(config.ok());
    config->ratePerSecond = 0;
    REQUIRE(hub::saveConfig(*config).ok());
    REQUIRE(hubCommand({u"district"_s, u"set"_s, u"--dir"_s, hubDir, u"--name"_s, u"Est"_s,
                        u"--comuni"_s, u"015175,015205"_s})
                .exitCode
            == 0);
    const Run added = hubCommand(
        {u"desk"_s, u"add"_s, u"Pioltello"_s, u"--dir"_s, hubDir, u"--comune"_s, u"015175"_s});
    REQUIRE(added.exitCode == 0);
    return added.out.trimmed().split(u'\n').constLast().split(u' ').constLast().toLatin1();
}

} // namespace

TEST_CASE("a prepared event carries its compact data and the hash of its canonical content",
          "[hub]")
{
    // The hash decides "duplicate" or "conflict" for every retry: it must stay the SHA-256 of
    // wire::canonicalContent(), whatever computes it.
    for (wire::Event event : freshEvents(50)) {
        event.data.insert(u"bisogni_macro"_s, QJsonArray {u"CAS"_s, u"POV"_s});
        const hub::IngestEvent ready = hub::prepareEvent(event);
        CHECK(ready.data.toUtf8() == QJsonDocument(event.data).toJson(QJsonDocument::Compact));
        CHECK(ready.occurred == wire::wireTime(event.occurredAt));
        CHECK(ready.hash
              == QString::fromLatin1(QCryptographicHash::hash(wire::canonicalContent(event),
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
        CHECK(ready.event.id == event.id);
    }
}

TEST_CASE("the batch writer stores batches off the HTTP thread and answers on it", "[hub][writer]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    HubStoreFixture hub(backend);
    const hub::Desk first = hub.enrol(u"Pioltello"_s, "hash-a");
    const hub::Desk second = hub.enrol(u"Segrate"_s, "hash-b");
    auto writer = hub::BatchWriter::start(hub.url, {});
    REQUIRE(writer.ok());

    QObject context;
    QList<QList<hub::IngestResult>> answers(12);
    int answered = 0;
    bool onContextThread = true;
    QList<QList<wire::Event>> batches;
    for (int i = 0; i < 12; ++i) {
        batches.append(freshEvents(40));
        if (i == 4) // a retry of an event of another batch of the same desk
            batches.last().append(batches.at(2).first());
        if (i == 5) // a referral of the other desk: not this desk's to write on
            batches.last().append(referralEvent(
                batches.at(2).first().data.value(u"ref_uuid"_s).toString(), u"referral.updated"_s));
        const hub::Desk &desk = i % 2 ? second : first;
        REQUIRE((*writer)->submit({desk, prepared(batches.last())}, kNow, &context,
                                  [&, i](const Result<QList<hub::IngestResult>> &stored) {
                                      onContextThread = onContextThread
                                          && QThread::currentThread() == context.thread();
                                      CHECK(stored.ok());
                                      if (stored)
                                          answers[i] = *stored;
                                      ++answered;
                                  }));
    }
    QElapsedTimer clock;
    clock.start();
    while (answered < 12 && clock.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    REQUIRE(answered == 12);
    CHECK(onContextThread);
    for (int i = 0; i < 12; ++i) {
        INFO(i);
        REQUIRE(answers.at(i).size() == batches.at(i).size());
        for (qsizetype k = 0; k < 40; ++k)
            CHECK(answers.at(i).at(k).status == hub::IngestStatus::Stored);
    }
    CHECK(answers.at(4).last().status == hub::IngestStatus::Duplicate);
    CHECK(answers.at(5).last().status == hub::IngestStatus::Invalid);
    CHECK(hub.store->eventCount().value() == 12 * 40);
    CHECK(hub.store->checkpoint().ok());

    // A queue never grows past its bound: a batch that would overflow it is refused whole.
    auto small = hub::BatchWriter::start(hub.url, {.queuedEvents = 30});
    REQUIRE(small.ok());
    CHECK_FALSE((*small)->submit({first, prepared(freshEvents(31))}, kNow, &context, {}));
    // What is queued when the writer stops is stored; nothing is taken afterwards.
    const QList<wire::Event> last = freshEvents(20);
    bool lastAnswered = false;
    REQUIRE(
        (*small)->submit({first, prepared(last)}, kNow, &context,
                         [&](const Result<QList<hub::IngestResult>> &) { lastAnswered = true; }));
    (*small)->stop();
    CHECK(hub.store->eventCount().value() == 12 * 40 + 20);
    CHECK_FALSE((*small)->submit({first, prepared(freshEvents(1))}, kNow, &context, {}));
    QCoreApplication::processEvents();
    CHECK(lastAnswered);
}

TEST_CASE("answers on one connection come back in the order of its requests",
          "[hub][server][integration]")
{
    TempDir dir;
    const QString hubDir = dir.filePath(u"h"_s);
    const QByteArray token = hubWithDesk(hubDir, HubBackend::Sqlite);
    QProcess server;
    const QUrl base(startServer(server, hubDir));

    // Pipelined: a batch (stored on the writer's thread), a HEAD and a health check (answered
    // at once) — the batch's answer still comes first, the HEAD's has no body.
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(hubDir + u"/ca.pem"_s));
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(base.host(), quint16(base.port()));
    REQUIRE(socket.waitForEncrypted(10000));
    const QByteArray body = batchBody(freshEvents(300));
    socket.write("POST /v1/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                 + "\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body
                 + "HEAD /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n"
                 + "GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray received;
    for (int i = 0; i < 100 && !received.contains("\"status\":\"ok\""); ++i) {
        socket.waitForReadyRead(200);
        received += socket.readAll();
    }
    const qsizetype batchAnswer = received.indexOf("\"results\"");
    const qsizetype headAnswer = received.indexOf("HTTP/1.1 405");
    const qsizetype healthAnswer = received.indexOf("\"status\":\"ok\"");
    REQUIRE(batchAnswer >= 0);
    REQUIRE(headAnswer > batchAnswer);
    REQUIRE(healthAnswer > headAnswer);
    CHECK(received.count("HTTP/1.1 ") == 3);
    CHECK(received.count("\"stored\"") == 300);
    // Right after the HEAD answer's header comes the next answer, not a body.
    const qsizetype headEnd = received.indexOf("\r\n\r\n", headAnswer);
    REQUIRE(headEnd > headAnswer);
    CHECK(received.mid(headEnd + 4).startsWith("HTTP/1.1 200 OK"));

    // A client that says it closes gets its answer, then the hub closes the connection.
    QSslSocket closing;
    closing.setSslConfiguration(tls);
    closing.connectToHostEncrypted(base.host(), quint16(base.port()));
    REQUIRE(closing.waitForEncrypted(10000));
    closing.write("GET /v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QByteArray closed;
    for (int i = 0; i < 50 && closing.state() == QAbstractSocket::ConnectedState; ++i) {
        closing.waitForReadyRead(200);
        closed += closing.readAll();
    }
    closed += closing.readAll();
    CHECK(closed.startsWith("HTTP/1.1 200 OK"));
    CHECK(closed.contains("Connection: close"));
    CHECK(closing.state() != QAbstractSocket::ConnectedState);

    ::kill(pid_t(server.processId()), SIGTERM);
    REQUIRE(server.waitForFinished(30000));
}

TEST_CASE("SIGTERM while desks are posting: the hub stops cleanly and loses nothing it "
          "acknowledged",
          "[hub][server][integration]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    TempDir dir;
    const QString hubDir = dir.filePath(u"h"_s);
    const QByteArray token = hubWithDesk(hubDir, backend);
    auto server = std::make_unique<QProcess>();
    QString base = startServer(*server, hubDir);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(hubDir + u"/ca.pem"_s));

    struct Sent
    {
        QList<wire::Event> events;
        QByteArray body;
        int status = 0; // 0: no answer (cut off by the stop)
        QByteArray answer;
    };
    QList<std::shared_ptr<Sent>> sent;
    constexpr int kClients = 4;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    int inFlight = 0;
    int acknowledged = 0;
    int inFlightAtStop = -1;
    bool stopping = false;
    QEventLoop loop;
    std::function<void(int)> post = [&](int client) {
        if (stopping)
            return;
        auto item = std::make_shared<Sent>();
        item->events = freshEvents(150);
        item->body = batchBody(item->events);
        sent.append(item);
        QNetworkRequest request(QUrl(base + u"/v1/events"_s));
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        ++inFlight;
        QNetworkReply *reply = managers[size_t(client)]->post(request, item->body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, item, client] {
            --inFlight;
            item->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            item->answer = reply->readAll();
            reply->deleteLater();
            if (item->status == 200 && ++acknowledged == 6 && !stopping) {
                // Requests of the other clients are on their way in or being stored.
                stopping = true;
                inFlightAtStop = inFlight;
                ::kill(pid_t(server->processId()), SIGTERM);
            }
            if (stopping && inFlight == 0)
                loop.quit();
            else
                post(client);
        });
    };
    for (int i = 0; i < kClients; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    for (int i = 0; i < kClients; ++i)
        post(i);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit); // bounded
    loop.exec();
    REQUIRE(stopping);
    REQUIRE(inFlight == 0);
    CHECK(inFlightAtStop >= 1);
    REQUIRE(server->waitForFinished(30000));
    CHECK(server->exitStatus() == QProcess::NormalExit);
    CHECK(server->exitCode() == 0);

    // Every answered batch was stored whole; afterwards every acknowledged event is there.
    int answered = 0;
    for (const auto &item : std::as_const(sent)) {
        if (item->status != 200)
            continue;
        ++answered;
        CHECK(item->answer.count("\"stored\"") == item->events.size());
    }
    CHECK(answered >= 6);
    server = std::make_unique<QProcess>();
    base = startServer(*server, hubDir);
    QNetworkAccessManager again;
    for (const auto &item : std::as_const(sent)) {
        QNetworkRequest request(QUrl(base + u"/v1/events"_s));
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = again.post(request, item->body);
        QEventLoop wait;
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        QTimer::singleShot(20000, &wait, &QEventLoop::quit);
        wait.exec();
        REQUIRE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        if (item->status == 200) // acknowledged: each event was kept
            CHECK(answer.count("\"duplicate\"") == item->events.size());
        else // cut off: stored then or now, never anything else
            CHECK(answer.count("\"duplicate\"") + answer.count("\"stored\"")
                  == item->events.size());
    }
    ::kill(pid_t(server->processId()), SIGTERM);
    REQUIRE(server->waitForFinished(30000));
}
