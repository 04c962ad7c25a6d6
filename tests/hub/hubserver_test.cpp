// SPDX-License-Identifier: GPL-3.0-or-later
// The real sportello-hub binary, as an Ufficio di Piano would run it: init, district, desk,
// serve over HTTPS on 127.0.0.1 with its throw-away CA, then SIGTERM.
#include "hub/signing.h"
#include "hubfixture.h"
#include "hubprocess.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QByteArray signature;
};

// A body as the OpenAPI checker takes it: JSON when it is JSON, else its text, else null.
QJsonValue recordedBody(const QByteArray &contentType, const QByteArray &body)
{
    if (body.isEmpty())
        return QJsonValue::Null;
    if (contentType.contains("json")) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    return QString::fromUtf8(body);
}

// One manager per trust policy: this one trusts only the hub's throw-away CA.
struct Client
{
    QNetworkAccessManager manager;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QString base;
    QByteArray token;
    QFile *recording = nullptr; // each exchange as a line for tests/hub/openapi_check.py

    Answer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QByteArray &ifNoneMatch = {})
    {
        QNetworkRequest request(QUrl(base + path));
        if (!ifNoneMatch.isEmpty())
            request.setRawHeader("If-None-Match", ifNoneMatch);
        request.setSslConfiguration(tls);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                       reply->readAll(), reply->rawHeader("ETag"),
                       reply->rawHeader("X-Sportello-Signature")};
        INFO(reply->errorString().toStdString());
        if (recording) {
            const QByteArray requestType = body.isEmpty() ? QByteArray() : "application/json";
            const QByteArray answerType = reply->rawHeader("Content-Type");
            const QJsonObject exchange {
                {u"method"_s, QString::fromLatin1(method)},
                {u"path"_s, path},
                {u"status"_s, answer.status},
                {u"request_content_type"_s,
                 requestType.isEmpty() ? QJsonValue()
                                       : QJsonValue(QString::fromLatin1(requestType))},
                {u"request_body"_s, recordedBody(requestType, body)},
                {u"response_content_type"_s,
                 answerType.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(answerType))},
                {u"response_body"_s, recordedBody(answerType, answer.body)}};
            recording->write(QJsonDocument(exchange).toJson(QJsonDocument::Compact) + '\n');
        }
        reply->deleteLater();
        return answer;
    }
};

// A hub directory on a new PostgreSQL database with a district and one desk; its token.
QString pgHub(const QString &hubDir, const QStringList &desk)
{
    QString why;
    PgServer *pg = PgServer::instance(&why);
    INFO(why.toStdString());
    REQUIRE(pg);
    REQUIRE(hubCommand({u"init"_s, u"--dir"_s, hubDir, u"--db"_s, pg->createDatabase()}).exitCode
            == 0);
    REQUIRE(hubCommand({u"district"_s, u"set"_s, u"--dir"_s, hubDir, u"--name"_s, u"Est"_s,
                        u"--comuni"_s, u"015175"_s})
                .exitCode
            == 0);
    const Run added = hubCommand(QStringList {u"desk"_s, u"add"_s} + desk
                                 + QStringList {u"--dir"_s, hubDir, u"--comune"_s, u"015175"_s});
    REQUIRE(added.exitCode == 0);
    return added.out.trimmed().split(u'\n').constLast().split(u' ').constLast();
}

} // namespace

TEST_CASE("two hub processes over one PostgreSQL database behave as one hub",
          "[hub][server][scaleout]")
{
    TempDir dir;
    const QString hubDir = dir.filePath(u"h"_s);
    const QString senderToken = pgHub(hubDir, {u"Pioltello"_s});
    const Run added
        = hubCommand({u"desk"_s, u"add"_s, u"Comune"_s, u"--dir"_s, hubDir, u"--comune"_s,
                      u"015175"_s, u"--organization"_s, u"org-comune"_s});
    REQUIRE(added.exitCode == 0);
    const QString destinationToken
        = added.out.trimmed().split(u'\n').constLast().split(u' ').constLast();

    QProcess first;
    QProcess second;
    Client a;
    Client b;
    a.base = startServer(first, hubDir);
    b.base = startServer(second, hubDir);
    REQUIRE(a.base != b.base);
    for (Client *client : {&a, &b}) {
        client->tls.setCaCertificates(QSslCertificate::fromPath(hubDir + u"/ca.pem"_s));
        client->token = senderToken.toLatin1();
    }
    // A desk's retries alternate between the processes: every event is stored once.
    QJsonArray events;
    for (int i = 0; i < 40; ++i)
        events.append(
            wire::toJson(referralEvent(newUuid(), u"referral.created"_s, u"org-comune"_s)));
    const QByteArray batch = QJsonDocument(QJsonObject {{u"events"_s, events}}).toJson();
    int stored = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        const Answer answer = (attempt % 2 ? b : a).send("POST", u"/v1/events"_s, batch);
        REQUIRE(answer.status == 200);
        stored += int(answer.body.count("\"stored\""));
        CHECK(answer.body.count("\"stored\"") + answer.body.count("\"duplicate\"") == 40);
    }
    CHECK(stored == 40);
    // The destination reads its feed through either process: each event once.
    a.token = b.token = destinationToken.toLatin1();
    QSet<QString> seen;
    QString cursor = u"0"_s;
    for (int page = 0; page < 20; ++page) {
        const Answer answer
            = (page % 2 ? b : a).send("GET", u"/v1/events?limit=7&after="_s + cursor);
        REQUIRE(answer.status == 200);
        const QJsonObject feed = QJsonDocument::fromJson(answer.body).object();
        for (const QJsonValue &event : feed.value(u"events"_s).toArray()) {
            const QString id = event.toObject().value(u"id"_s).toString();
            CHECK_FALSE(seen.contains(id));
            seen.insert(id);
        }
        cursor = feed.value(u"next"_s).toString();
        if (!feed.value(u"more"_s).toBool())
            break;
    }
    CHECK(seen.size() == 40);
    for (QProcess *server : {&first, &second}) {
        ::kill(pid_t(server->processId()), SIGTERM);
        CHECK(server->waitForFinished(30000));
        CHECK(server->exitCode() == 0);
    }
}

TEST_CASE("sportello-hub: init, enrol, serve over HTTPS, each event once, the answer back, "
          "a clean stop",
          "[hub][server][integration]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    TempDir dir;
    const QString hubDir = dir.filePath(u"h"_s);
    QStringList init {u"init"_s, u"--dir"_s, hubDir};
    if (backend == HubBackend::Postgres) {
        QString why;
        PgServer *server = PgServer::instance(&why);
        INFO(why.toStdString());
        REQUIRE(server);
        init << u"--db"_s << server->createDatabase();
    }
    const Run created = hubCommand(init);
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    for (const char *file :
         {"ca.pem", "server.pem", "server.key", "catalogue.key", "catalogue.pub"})
        CHECK(QFile::exists(hubDir + u'/' + QString::fromLatin1(file)));
    REQUIRE(hubCommand({u"district"_s, u"set"_s, u"--dir"_s, hubDir, u"--name"_s, u"Est Milano"_s,
                        u"--comuni"_s, u"015175,015205"_s})
                .exitCode
            == 0);
    const Run added = hubCommand({u"desk"_s, u"add"_s, u"Centro di Ascolto"_s, u"--dir"_s, hubDir,
                                  u"--comune"_s, u"015175"_s});
    REQUIRE(added.exitCode == 0);
    const QString token = added.out.trimmed().split(u'\n').constLast().split(u' ').constLast();
    REQUIRE(token.startsWith(u"sph1_"));
    // The hub keeps only a hash of it.
    if (backend == HubBackend::Sqlite) {
        QFile db(hubDir + u"/hub.db"_s);
        REQUIRE(db.open(QIODevice::ReadOnly));
        CHECK_FALSE(db.readAll().contains(token.toLatin1()));
    }

    QProcess server;
    const QString listening = startServer(server, hubDir);

    Client client;
    client.base = listening;
    client.tls.setCaCertificates(QSslCertificate::fromPath(hubDir + u"/ca.pem"_s));
    // Every exchange with the real hub is recorded and checked against docs/hub-api.yaml.
    QFile recording(dir.filePath(u"exchanges.jsonl"_s));
    REQUIRE(recording.open(QIODevice::WriteOnly));
    client.recording = &recording;
    CHECK(client.send("GET", u"/v1/health"_s).status == 200);
    CHECK(client.send("GET", u"/v1/openapi.yaml"_s).status == 200);
    CHECK(client.send("GET", u"/v1/nowhere"_s).status == 404);
    CHECK(client.send("GET", u"/v1/district"_s).status == 401);
    client.token = token.toLatin1();
    const QJsonObject district
        = QJsonDocument::fromJson(client.send("GET", u"/v1/district"_s).body).object();
    CHECK(district.value(u"name"_s).toString() == u"Est Milano");
    // The key a desk pins at enrolment is the one catalogue.pub holds.
    QFile districtKey(hubDir + u"/catalogue.pub"_s);
    REQUIRE(districtKey.open(QIODevice::ReadOnly));
    CHECK(district.value(u"catalogue_key"_s).toString().toLatin1()
          == districtKey.readAll().trimmed());

    const QString ref = newUuid();
    const QByteArray batch
        = QJsonDocument(QJsonObject {{u"events"_s, QJsonArray {wire::toJson(referralEvent(ref))}}})
              .toJson();
    for (int i = 0; i < 3; ++i) {
        const Answer answer = client.send("POST", u"/v1/events"_s, batch);
        REQUIRE(answer.status == 200);
        CHECK(answer.body.contains(i == 0 ? "\"stored\"" : "\"duplicate\""));
    }
    QJsonObject named = wire::toJson(referralEvent(newUuid()));
    QJsonObject data = named.value(u"data"_s).toObject();
    data.insert(u"nome"_s, u"Mario"_s);
    named.insert(u"data"_s, data);
    const Answer refused
        = client.send("POST", u"/v1/events"_s,
                      QJsonDocument(QJsonObject {{u"events"_s, QJsonArray {named}}}).toJson());
    CHECK(refused.body.contains("data.nome"));
    // Too large: refused from its header, before the body is read or buffered.
    {
        QSslSocket raw;
        raw.setSslConfiguration(client.tls);
        const QUrl base(listening);
        raw.connectToHostEncrypted(base.host(), quint16(base.port()));
        REQUIRE(raw.waitForEncrypted(10000));
        raw.write("POST /v1/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + token.toLatin1()
                  + "\r\nContent-Type: application/json\r\nContent-Length: 2097152\r\n\r\n");
        QByteArray answer;
        for (int i = 0; i < 50 && !answer.contains("\r\n\r\n"); ++i) {
            raw.waitForReadyRead(200);
            answer += raw.readAll();
        }
        CHECK(answer.startsWith("HTTP/1.1 413"));
        CHECK(answer.contains("urn:sportello:problem:too-large"));
    }
    CHECK(client.send("GET", u"/v1/health"_s).status == 200);

    const Run answered
        = hubCommand({u"referral"_s, u"status"_s, ref, u"PRESA_IN_CARICO"_s, u"--dir"_s, hubDir});
    INFO(answered.err.toStdString());
    REQUIRE(answered.exitCode == 0);
    const QJsonObject feed
        = QJsonDocument::fromJson(client.send("GET", u"/v1/events?after=0"_s).body).object();
    const QJsonArray events = feed.value(u"events"_s).toArray();
    REQUIRE(events.size() == 1);
    CHECK(events.first().toObject().value(u"data"_s).toObject().value(u"stato"_s).toString()
          == u"PRESA_IN_CARICO");

    // The catalogue: published from the same HSDS file a desk exports, served signed.
    const Run published = hubCommand(
        {u"catalogue"_s, u"publish"_s,
         QString::fromUtf8(SPORTELLO_SOURCE_DIR) + u"/resources/catalogue/demo-catalogue.json"_s,
         u"--dir"_s, hubDir});
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);
    CHECK(published.out.contains(u"version 1"_s));
    const Answer catalogue = client.send("GET", u"/v1/catalogue?since=0"_s);
    REQUIRE(catalogue.status == 200);
    QFile pub(hubDir + u"/catalogue.pub"_s);
    REQUIRE(pub.open(QIODevice::ReadOnly));
    CHECK(hub::signing::verify(pub.readAll(), catalogue.body, catalogue.signature));
    CHECK(QJsonDocument::fromJson(catalogue.body).object().value(u"upserts"_s).toArray().size()
          > 10);
    CHECK(client.send("GET", u"/v1/catalogue?since=1"_s, {}, catalogue.etag).status == 304);
    CHECK(client.send("GET", u"/v1/events?after=x"_s).status == 422);
    CHECK(client.send("PUT", u"/v1/events"_s, batch).status == 405);
    CHECK(client.send("POST", u"/v1/events"_s, "{\"events\": 3}").status == 422);

    // The district report: refused to a desk, served to the coordinator's token.
    CHECK(client.send("GET", u"/v1/reports/district?from=2026-01&to=2026-12"_s).status == 403);
    const Run office = hubCommand({u"desk"_s, u"add"_s, u"Ufficio di Piano"_s, u"--dir"_s, hubDir,
                                   u"--comune"_s, u"015175"_s, u"--coordinator"_s});
    REQUIRE(office.exitCode == 0);
    client.token = office.out.trimmed().split(u'\n').constLast().split(u' ').constLast().toLatin1();
    const Answer report = client.send("GET", u"/v1/reports/district?from=2026-01&to=2026-12"_s);
    REQUIRE(report.status == 200);
    CHECK(QJsonDocument::fromJson(report.body).object().value(u"desks"_s).toInt() == 2);
    CHECK(client.send("GET", u"/v1/reports/district?from=2026-13&to=2026-12"_s).status == 422);
    // And by command, as a file: the referral above is a single one, so it shows as "*".
    for (const QString &format : {u"csv"_s, u"json"_s, u"pdf"_s}) {
        const QString out = dir.filePath(u"district."_s + format);
        const Run written
            = hubCommand({u"report"_s, u"--dir"_s, hubDir, u"--from"_s, u"2026-01"_s, u"--to"_s,
                          u"2026-12"_s, u"--format"_s, format, u"--out"_s, out});
        INFO(written.err.toStdString());
        REQUIRE(written.exitCode == 0);
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == u"csv") {
            CHECK(bytes.startsWith("\xEF\xBB\xBF"));
            CHECK(bytes.contains("Centro di Ascolto;"));
            CHECK(bytes.contains(";*"));
            CHECK_FALSE(bytes.contains(";1;"));
            CHECK_FALSE(bytes.contains(";1\r\n"));
        } else if (format == u"pdf") {
            CHECK(bytes.startsWith("%PDF-"));
        }
    }
    CHECK(hubCommand({u"report"_s, u"--dir"_s, hubDir, u"--from"_s, u"2026-12"_s, u"--to"_s,
                      u"2026-01"_s, u"--format"_s, u"csv"_s, u"--out"_s, dir.filePath(u"x"_s)})
              .exitCode
          == 2);

    recording.close();
    QProcess check;
    check.start(QString::fromUtf8(SPORTELLO_PYTHON3),
                {QString::fromUtf8(SPORTELLO_SOURCE_DIR) + u"/tests/hub/openapi_check.py"_s,
                 u"exchanges"_s, QString::fromUtf8(SPORTELLO_SOURCE_DIR) + u"/docs/hub-api.yaml"_s,
                 recording.fileName()});
    REQUIRE(check.waitForFinished(60000));
    INFO(QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError())
             .toStdString());
    CHECK(check.exitCode() == 0);

    ::kill(pid_t(server.processId()), SIGTERM);
    REQUIRE(server.waitForFinished(30000));
    CHECK(server.exitStatus() == QProcess::NormalExit);
    CHECK(server.exitCode() == 0);
    const QString log = QString::fromUtf8(server.readAllStandardError());
    CHECK(log.contains(u"POST /v1/events 200"_s));
    // Never a token, a body or a query string in the log.
    CHECK_FALSE(log.contains(token));
    CHECK_FALSE(log.contains(u"Mario"_s));
    CHECK_FALSE(log.contains(u"after="_s));
}
