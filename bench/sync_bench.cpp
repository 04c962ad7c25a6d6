// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's sync against the real sportello-hub over TLS on loopback (issue 14, point 9):
// 10,000 queued referral records delivered by the sync engine on a worker thread, as the app
// runs it, with the wall time, items/s and the GUI thread's longest stall (a 1 ms heartbeat on
// the main thread); in the same run the floor — the same request bodies posted one after the
// other with one QNetworkAccessManager to POST /v1/events of a second, identical hub, which
// stores them like the first: the hub's work without the engine's — and the ratio. For scale,
// the same bodies posted to POST /v1/_floor (the server reads them and stores nothing). Then a
// desk offline for a month: 2,000 records.
//
//   sync_bench [--items N] [--month N]
#include "memorysecretstore.h"
#include "network/enrolment.h"
#include "network/outboxdelivery.h"
#include "network/syncround.h"
#include "services/deskservices.h"
#include "services/desksettings.h"
#include "services/networkservice.h"
#include "services/outboxservice.h"
#include "storage/outboxrepository.h"
#include "storage/profile.h"
#include "support/clock.h"
#include "support/uuid.h"
#include "wire/anonymizer.h"
#include "wire/events.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

const wire::District kDistrict {u"Bench"_s, {u"015175"_s, u"015205"_s}};

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "%s failed %s\n", what, qPrintable(detail));
    std::exit(1);
}

QString hubCommand(const QStringList &args)
{
    QProcess process;
    process.start(QString::fromUtf8(SPORTELLO_HUB_EXECUTABLE), args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        fail("sportello-hub", args.join(u' ') + QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A hub of its own, its access log quiet, its rate limit off, its floor endpoint on.
struct Hub
{
    QTemporaryDir dir;
    QString hubDir = dir.filePath(u"h"_s);
    QProcess server;
    QString url;
    QByteArray token;

    void start()
    {
        hubCommand({u"init"_s, u"--dir"_s, hubDir});
        hubCommand({u"district"_s, u"set"_s, u"--name"_s, kDistrict.name, u"--comuni"_s,
                    kDistrict.comuni.join(u','), u"--dir"_s, hubDir});
        const QString added = hubCommand(
            {u"desk"_s, u"add"_s, u"bench"_s, u"--comune"_s, u"015175"_s, u"--dir"_s, hubDir});
        token = added.trimmed().split(u'\n').constLast().split(u' ').constLast().toLatin1();
        QFile conf(hubDir + u"/hub.conf"_s);
        if (!conf.open(QIODevice::ReadWrite))
            fail("hub.conf");
        QJsonObject config = QJsonDocument::fromJson(conf.readAll()).object();
        config.insert(u"rate_per_second"_s, 0);
        config.insert(u"bench_floor"_s, true);
        conf.resize(0);
        conf.write(QJsonDocument(config).toJson());
        conf.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, u"sportello.hub.info=false"_s);
        server.setProcessEnvironment(env);
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start(QString::fromUtf8(SPORTELLO_HUB_EXECUTABLE),
                     {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--dir"_s, hubDir});
        for (int i = 0; i < 100 && url.isEmpty(); ++i) {
            server.waitForReadyRead(200);
            const QString line = QString::fromUtf8(server.readLine()).trimmed();
            if (line.startsWith(u"listening on "))
                url = line.mid(13);
        }
        if (url.isEmpty())
            fail("serve");
    }

    QByteArray caPem() const
    {
        QFile file(hubDir + u"/ca.pem"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    ~Hub()
    {
        server.terminate();
        server.waitForFinished(10000);
    }
};

// A desk profile enrolled in `hub`, with `items` referral records queued as the referral
// service writes them (anonymized, one event each).
struct Desk
{
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<services::DeskServices> services;

    Desk(const Hub &hub)
    {
        auto opened = storage::Profile::open(dir.path(), test::secrets());
        if (!opened)
            fail("profile", opened.error().toLogString());
        profile = std::move(opened).value();
        services = std::make_unique<services::DeskServices>(profile->database(), clock);
        QNetworkAccessManager network;
        sync::EnrolmentRequest request;
        request.url = QUrl(hub.url);
        request.token = hub.token;
        request.caPem = hub.caPem();
        sync::Enrolment enrolment(network, clock, request);
        QEventLoop loop;
        QObject::connect(&enrolment, &sync::Enrolment::finished, &loop, &QEventLoop::quit);
        enrolment.start();
        loop.exec();
        if (enrolment.error())
            fail("enrolment", enrolment.error()->toLogString());
        services::NetworkService network2(services->context(), test::secrets());
        if (auto enrolled
            = network2.enrolAsSystem(enrolment.hub(), hub.token, enrolment.district());
            !enrolled)
            fail("enrol", enrolled.error().toLogString());
    }

    void queue(int items)
    {
        storage::OutboxRepository outbox(profile->database());
        const QJsonObject person {{u"comune_istat"_s, u"015205"_s},
                                  {u"fascia_eta"_s, u"45-54"_s},
                                  {u"genere"_s, u"F"_s},
                                  {u"cittadinanza_macro"_s, u"IT"_s},
                                  {u"nucleo_tipo"_s, u"ND"_s}};
        for (int i = 0; i < items; ++i) {
            wire::ReferralFacts facts;
            facts.referralUid = newTimeOrderedUuid();
            facts.deskId = u"BENCH"_s;
            facts.referralDate = QDate(2026, 11, 1 + i % 28);
            facts.needs = {u"CAS.AFFITTO"_s, u"POV.UTENZE"_s};
            facts.destinationType = u"SS_COMUNE"_s;
            facts.urgency = u"ORD"_s;
            facts.state = u"INVIATA"_s;
            const QByteArray payload = QJsonDocument(wire::anonymize(person, facts, kDistrict))
                                           .toJson(QJsonDocument::Compact);
            if (!outbox.enqueue(u"referral.created"_s, payload, clock.nowUtc()))
                fail("enqueue");
        }
    }
};

// One sync round on a worker thread with its own services (its own connection) and network
// manager, as the app runs it; returns the seconds it took.
double syncOnWorker(Desk &desk, int *delivered)
{
    QThread worker;
    double seconds = 0;
    QObject context;
    context.moveToThread(&worker);
    QObject::connect(&worker, &QThread::started, &context, [&] {
        services::DeskServices services(desk.profile->database(), desk.clock);
        QNetworkAccessManager network;
        sync::SyncRound round(services.context(), test::secrets(), network, {});
        QEventLoop loop;
        QObject::connect(&round, &sync::SyncRound::finished, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        round.start();
        loop.exec();
        seconds = double(timer.nsecsElapsed()) / 1e9;
        if (round.error())
            fail("sync round", round.error()->toLogString());
        *delivered = round.delivery().delivered;
        worker.quit();
    });
    // The GUI thread's heartbeat: the longest gap between two 1 ms ticks while the sync runs.
    QElapsedTimer beat;
    qint64 longest = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longest = std::max(longest, beat.nsecsElapsed());
        beat.restart();
    });
    QEventLoop wait;
    QObject::connect(&worker, &QThread::finished, &wait, &QEventLoop::quit);
    beat.start();
    heartbeat.start(1);
    worker.start();
    wait.exec();
    heartbeat.stop();
    std::printf("  longest GUI-thread stall while syncing: %.1f ms\n", double(longest) / 1e6);
    return seconds;
}

// The same bodies the engine sent, posted one after the other to `path` of `hub`.
double postAll(const Hub &hub, const QString &path, const QList<QByteArray> &bodies)
{
    QNetworkAccessManager network;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(hub.caPem()));
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &body : bodies) {
        QNetworkRequest request(QUrl(hub.url + path));
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + hub.token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = network.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (reply->error() != QNetworkReply::NoError
            || (path == u"/v1/events" && !reply->readAll().contains("stored")))
            fail("floor", reply->errorString());
        reply->deleteLater();
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

// The request bodies a delivery of the queued items sends: batches of 200 in claim order,
// built by the engine's own batchBody.
QList<QByteArray> batchBodies(Desk &desk)
{
    const auto items = desk.services->outbox().items(u"QUEUED"_s).value();
    QList<QByteArray> bodies;
    for (qsizetype from = 0; from < items.size(); from += 200)
        bodies.append(sync::batchBody(items.mid(from, 200)));
    return bodies;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int items = 10000;
    int month = 2000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--items")
            items = args.at(i + 1).toInt();
        else if (args.at(i) == u"--month")
            month = args.at(i + 1).toInt();
    }
    Hub hub;
    hub.start();
    Hub floorHub; // the same work for the floor, on a database of its own
    floorHub.start();

    {
        Desk desk(hub);
        desk.queue(items);
        const QList<QByteArray> bodies = batchBodies(desk);
        std::printf("%d queued referral records, %lld batches, TLS on loopback\n", items,
                    static_cast<long long>(bodies.size()));
        int delivered = 0;
        const double seconds = syncOnWorker(desk, &delivered);
        const double floorSeconds = postAll(floorHub, u"/v1/events"_s, bodies);
        const double readOnly = postAll(hub, u"/v1/_floor"_s, bodies);
        std::printf("  sync engine: %d delivered in %.2f s, %.0f items/s\n", delivered, seconds,
                    delivered / seconds);
        std::printf("  floor (same bodies, one manager, stored by a twin hub): %.2f s, %.0f "
                    "items/s\n",
                    floorSeconds, items / floorSeconds);
        std::printf("  ratio sync / floor: %.0f%%\n", 100.0 * floorSeconds / seconds);
        std::printf("  for scale, the bodies read and not stored (/v1/_floor): %.2f s, %.0f "
                    "items/s\n",
                    readOnly, items / readOnly);
    }
    {
        Desk desk(hub);
        desk.queue(month);
        int delivered = 0;
        std::printf("a desk offline for a month: %d records\n", month);
        const double seconds = syncOnWorker(desk, &delivered);
        std::printf("  delivered %d in %.2f s\n", delivered, seconds);
    }
    return 0;
}
