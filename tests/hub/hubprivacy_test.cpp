// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing personal reaches the hub: the records of 10,000 generated people, with their names,
// codici fiscali, phones, e-mails and addresses planted beside the codes, go through the real
// desk anonymizer and the real sportello-hub over TLS; afterwards no planted string is in the
// hub's database files (SQLite: .db, -wal, -shm; PostgreSQL: a pg_dump) or its log.
#include "demo/syntheticpeople.h"
#include "hubfixture.h"
#include "hubprocess.h"
#include "people/vocabulary.h"
#include "referrals/referralstate.h"
#include "wire/anonymizer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTimer>

#include <csignal>
#include <string_view>
#include <unordered_set>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;

namespace {

constexpr int kPeople = 10000;

QString runHub(const QStringList &args)
{
    const Run run = hubCommand(args);
    REQUIRE(run.exitCode == 0);
    return run.out;
}

// Every planted string found in `bytes`, by sliding a window of each planted length over it
// (a hash lookup per position and length, not a search per string).
QStringList plantedIn(const QByteArray &bytes, const std::unordered_set<std::string> &planted,
                      const QSet<int> &lengths)
{
    std::unordered_set<std::string_view> views(planted.begin(), planted.end());
    QStringList found;
    const std::string_view text(bytes.constData(), size_t(bytes.size()));
    for (const int length : lengths) {
        for (size_t at = 0; at + size_t(length) <= text.size(); ++at) {
            if (views.count(text.substr(at, size_t(length))))
                found.append(QString::fromUtf8(text.substr(at, size_t(length))));
        }
    }
    return found;
}

int post(QNetworkAccessManager &manager, const QSslConfiguration &tls, const QString &url,
         const QByteArray &token, const QByteArray &body)
{
    QNetworkRequest request {QUrl(url)};
    request.setSslConfiguration(tls);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    // Every record must be stored: an anonymized record the hub refuses is a bug too.
    CHECK(answer.count("\"stored\"") == 500);
    return status;
}

} // namespace

TEST_CASE("no planted personal string of 10,000 people reaches the hub's files or log",
          "[hub][privacy][integration]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    TempDir dir;
    const QString hubDir = dir.filePath(u"h"_s);
    QStringList init {u"init"_s, u"--dir"_s, hubDir};
    QString pgUrl;
    if (backend == HubBackend::Postgres) {
        QString why;
        PgServer *pg = PgServer::instance(&why);
        INFO(why.toStdString());
        REQUIRE(pg);
        pgUrl = pg->createDatabase();
        init << u"--db"_s << pgUrl;
    }
    runHub(init);
    const wire::District district {u"Est Milano"_s,
                                   {u"015175"_s, u"015205"_s, u"015242"_s, u"015185"_s}};
    runHub({u"district"_s, u"set"_s, u"--dir"_s, hubDir, u"--name"_s, district.name, u"--comuni"_s,
            district.comuni.join(u',')});
    const QString added = runHub(
        {u"desk"_s, u"add"_s, u"PIO-CDA"_s, u"--dir"_s, hubDir, u"--comune"_s, u"015175"_s});
    const QByteArray token
        = added.trimmed().split(u'\n').constLast().split(u' ').constLast().toLatin1();

    QProcess server;
    const QString base = startServer(server, hubDir);
    QNetworkAccessManager manager;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(hubDir + u"/ca.pem"_s));

    demo::SyntheticPeople generator(20261205);
    const QDate today(2026, 12, 5);
    QRandomGenerator random(12);
    const auto &needs = people::Vocabulary::needs();
    std::unordered_set<std::string> planted;
    QSet<int> lengths;
    const auto plant = [&](const QString &text) {
        // Short fragments ("Ugo") could occur by chance in codes; whole values are planted.
        if (text.size() < 8)
            return;
        const QByteArray bytes = text.toUtf8();
        planted.insert(bytes.toStdString());
        lengths.insert(int(bytes.size()));
    };
    QJsonArray batch;
    for (int i = 0; i < kPeople; ++i) {
        const demo::SyntheticPerson s = generator.next(today);
        people::Person person;
        person.givenName = s.givenName;
        person.familyName = s.familyName;
        person.codiceFiscale = s.codiceFiscale;
        person.phone = s.phone;
        person.email = s.email;
        person.address = s.address;
        person.birthDate = s.birthDate;
        person.gender = QString(QChar::fromLatin1(s.gender));
        person.residence = s.residence;
        person.citizenship = s.citizenship;
        person.householdType = s.householdType;
        for (const QString &text : {QString(s.givenName + u' ' + s.familyName), s.codiceFiscale,
                                    s.phone, s.email, s.address})
            plant(text);
        wire::ReferralFacts facts;
        facts.referralUid = newUuid();
        facts.deskId = u"PIO-CDA"_s;
        facts.referralDate = today.addDays(-random.bounded(365));
        facts.needs = {QString::fromLatin1(needs.at(random.bounded(needs.size())).code)};
        facts.destinationType = referrals::destinationTypes().at(
            random.bounded(referrals::destinationTypes().size()));
        facts.urgency = u"ORD"_s;
        facts.state = u"INVIATA"_s;
        facts.note = u"Chiamare %1 %2 al %3"_s.arg(s.givenName, s.familyName, s.phone);
        wire::Event event;
        event.id = newUuid();
        event.type = u"referral.created"_s;
        event.occurredAt = QDateTime(today, QTime(10, 0), Qt::UTC);
        event.data = wire::anonymize(person, facts, district);
        batch.append(wire::toJson(event));
        if (batch.size() == 500) {
            REQUIRE(post(manager, tls, base + u"/v1/events"_s, token,
                         QJsonDocument(QJsonObject {{u"events"_s, batch}})
                             .toJson(QJsonDocument::Compact))
                    == 200);
            batch = {};
        }
    }
    REQUIRE(planted.size() > 30000);
    ::kill(pid_t(server.processId()), SIGTERM);
    REQUIRE(server.waitForFinished(30000));
    const QByteArray log = server.readAllStandardError();
    CHECK(log.count("POST /v1/events 200") == kPeople / 500);
    CHECK(plantedIn(log, planted, lengths).isEmpty());

    // The proof that the scan finds what is there.
    const std::string sample = *planted.begin();
    CHECK(plantedIn(QByteArray::fromStdString("xx" + sample + "yy"), planted, lengths).size() == 1);

    if (backend == HubBackend::Sqlite) {
        int scanned = 0;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile file(hubDir + u"/hub.db"_s + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            const QStringList found = plantedIn(file.readAll(), planted, lengths);
            INFO(found.join(u", "_s).left(200).toStdString());
            CHECK(found.isEmpty());
        }
        CHECK(scanned >= 1);
    } else {
        QString why;
        const QByteArray dump = PgServer::instance(&why)->dump(pgUrl);
        REQUIRE(dump.contains("referral.created"));
        const QStringList found = plantedIn(dump, planted, lengths);
        INFO(found.join(u", "_s).left(200).toStdString());
        CHECK(found.isEmpty());
    }
}
