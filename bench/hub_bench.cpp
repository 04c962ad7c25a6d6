// SPDX-License-Identifier: GPL-3.0-or-later
// Ingestion by the real sportello-hub over TLS on loopback: 100,000 events in batches of 200
// posted by 1, 10 and 100 concurrent desks, on SQLite and on PostgreSQL (a throw-away server
// this program starts), with events/s and p50/p99 batch latency; in the same run the floor —
// the same bodies posted to POST /v1/_floor of the same server, which stores nothing — and the
// ratio. Each desk's connection and first batch come before the clock (reported as "cold ms").
// Then 500 desks each polling GET /v1/events once every 6 s for 60 s (ten minutes of
// once-a-minute polling, compressed): errors and p99.
//
// Usage: hub_bench [--events N] [--backend sqlite|postgresql]... [--desks N]... [--no-poll]
#include "hub/config.h"
#include "hub/store.h"
#include "hub/tokens.h"
#include "pgserver.h"
#include "support/uuid.h"
#include "wire/events.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

constexpr int kBatch = 200;

QByteArray batchBody()
{
    QJsonArray events;
    for (int i = 0; i < kBatch; ++i) {
        const QJsonObject record {{u"ref_uuid"_s, newTimeOrderedUuid()},
                                  {u"sportello_id"_s, u"BENCH"_s},
                                  {u"anno_mese"_s, u"2026-11"_s},
                                  {u"comune_istat"_s, u"015175"_s},
                                  {u"fascia_eta"_s, u"30-44"_s},
                                  {u"genere"_s, u"F"_s},
                                  {u"cittadinanza_macro"_s, u"IT"_s},
                                  {u"nucleo_tipo"_s, u"SOLO"_s},
                                  {u"bisogni_macro"_s, QJsonArray {u"CAS"_s, u"POV"_s}},
                                  {u"dest_tipo"_s, u"SS_COMUNE"_s},
                                  {u"dest_org"_s, QJsonValue()},
                                  {u"urgenza"_s, u"ORD"_s},
                                  {u"stato"_s, u"INVIATA"_s},
                                  {u"esito_finale"_s, QJsonValue()},
                                  {u"giorni_invio_presa_in_carico"_s, QJsonValue()}};
        // Event and referral ids as the desk makes them: time-ordered.
        events.append(QJsonObject {{u"id"_s, newTimeOrderedUuid()},
                                   {u"type"_s, u"referral.created"_s},
                                   {u"occurred_at"_s, u"2026-12-05T10:00:00Z"_s},
                                   {u"data"_s, record}});
    }
    return QJsonDocument(QJsonObject {{u"events"_s, events}}).toJson(QJsonDocument::Compact);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

struct Hub
{
    QTemporaryDir dir;
    QProcess server;
    QString base;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QList<QByteArray> tokens;

    bool start(const QString &databaseUrl, int desks)
    {
        const QString hubDir = dir.filePath(u"h"_s);
        QStringList init {u"init"_s, u"--dir"_s, hubDir};
        if (!databaseUrl.isEmpty())
            init << u"--db"_s << databaseUrl;
        if (QProcess::execute(QString::fromUtf8(SPORTELLO_HUB_EXECUTABLE), init) != 0)
            return false;
        auto config = hub::loadConfig(hubDir);
        if (!config)
            return false;
        config->ratePerSecond = 0; // no limit: the bench measures the server
        config->benchFloor = true;
        if (!hub::saveConfig(*config))
            return false;
        {
            auto store = hub::openStore(config->databaseUrl(), u"bench-setup"_s);
            if (!store || !(*store)->setDistrict({u"Bench"_s, {u"015175"_s}}))
                return false;
            for (int i = 0; i < desks; ++i) {
                const QString token = hub::tokens::generate();
                hub::Desk desk;
                desk.name = u"desk-%1"_s.arg(i);
                desk.comune = u"015175"_s;
                desk.createdAt = QDateTime::currentDateTimeUtc();
                if (!(*store)->addDesk(desk, hub::tokens::hash(token.toLatin1())))
                    return false;
                tokens.append(token.toLatin1());
            }
        }
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // The access log would cost the server a line per request: quiet for the bench.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, u"sportello.hub.info=false"_s);
        server.setProcessEnvironment(env);
        server.start(QString::fromUtf8(SPORTELLO_HUB_EXECUTABLE),
                     {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--dir"_s, hubDir});
        for (int i = 0; i < 100 && base.isEmpty(); ++i) {
            server.waitForReadyRead(200);
            const QString line = QString::fromUtf8(server.readLine()).trimmed();
            if (line.startsWith(u"listening on "))
                base = line.mid(13);
        }
        tls.setCaCertificates(QSslCertificate::fromPath(hubDir + u"/ca.pem"_s));
        return !base.isEmpty();
    }

    void stop()
    {
        ::kill(pid_t(server.processId()), SIGTERM);
        server.waitForFinished(30000);
    }
};

struct RunResult
{
    double seconds = 0;
    int errors = 0;
    QList<double> latencies; // ms
    double coldMs = 0; // the slowest of the desks' first, untimed batches
};

// `desks` desks post `batches` batches in all, each desk one at a time, all desks at once.
RunResult ingest(Hub &hub, const QString &path, int desks, int batches,
                 const QList<QByteArray> &bodies, const QList<QByteArray> &warmup)
{
    RunResult result;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    int next = 0;
    int done = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    std::function<void(int)> send = [&](int desk) {
        if (next >= batches)
            return;
        const QByteArray &body = bodies.at(next % bodies.size());
        ++next;
        QNetworkRequest request {QUrl(hub.base + path)};
        request.setSslConfiguration(hub.tls);
        request.setRawHeader("Authorization", "Bearer " + hub.tokens.at(desk));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QElapsedTimer *timer = new QElapsedTimer;
        timer->start();
        QNetworkReply *reply = managers[size_t(desk)]->post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, timer, desk] {
            result.latencies.append(double(timer->nsecsElapsed()) / 1e6);
            delete timer;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200) {
                if (result.errors++ == 0)
                    std::fprintf(stderr, "first error: HTTP %d %s\n", status,
                                 qPrintable(reply->errorString()));
            }
            reply->deleteLater();
            if (++done == batches)
                loop.quit();
            else
                send(desk);
        });
    };
    for (int i = 0; i < desks; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    // Before the clock starts each desk opens its connection (TCP, the TLS handshake) and
    // posts one batch of its own, so the figures are those of a running hub, not of its first
    // second (cold caches, unprepared statements, ten batches landing at once). The slowest of
    // these first batches is reported apart, as "cold ms".
    int warmed = 0;
    for (int i = 0; i < desks; ++i) {
        QNetworkRequest request {QUrl(hub.base + path)};
        request.setSslConfiguration(hub.tls);
        request.setRawHeader("Authorization", "Bearer " + hub.tokens.at(i));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = managers[size_t(i)]->post(request, warmup.at(i % warmup.size()));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, timer] {
            result.coldMs = std::max(result.coldMs, double(timer->nsecsElapsed()) / 1e6);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++result.errors;
            reply->deleteLater();
            if (++warmed == desks)
                loop.quit();
        });
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit); // bounded
    loop.exec();
    clock.start();
    for (int i = 0; i < desks; ++i)
        send(i);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit); // bounded: ten minutes at most
    loop.exec();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

void poll(Hub &hub, int desks)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<double> latencies;
    int errors = 0;
    int pending = 0;
    QEventLoop loop;
    std::vector<std::unique_ptr<QTimer>> timers;
    QElapsedTimer clock;
    clock.start();
    constexpr int kPolls = 10;
    constexpr int kIntervalMs = 6000;
    int finishedDesks = 0;
    for (int desk = 0; desk < desks; ++desk) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        auto timer = std::make_unique<QTimer>();
        QTimer *t = timer.get();
        auto count = std::make_shared<int>(0);
        std::function<void()> tick = [&, desk, t, count] {
            if (++*count > kPolls) {
                t->stop();
                if (++finishedDesks == desks && pending == 0)
                    loop.quit();
                return;
            }
            QNetworkRequest request {QUrl(hub.base + u"/v1/events?after=0&limit=100"_s)};
            request.setSslConfiguration(hub.tls);
            request.setRawHeader("Authorization", "Bearer " + hub.tokens.at(desk));
            auto *elapsed = new QElapsedTimer;
            elapsed->start();
            ++pending;
            QNetworkReply *reply = managers[size_t(desk)]->get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, elapsed] {
                latencies.append(double(elapsed->nsecsElapsed()) / 1e6);
                delete elapsed;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    ++errors;
                reply->deleteLater();
                --pending;
                if (finishedDesks == desks && pending == 0)
                    loop.quit();
            });
        };
        QObject::connect(t, &QTimer::timeout, &loop, tick);
        // Spread over the interval, as real desks' clocks are.
        QTimer::singleShot(desk * kIntervalMs / desks, t, [t, tick] {
            t->start(kIntervalMs);
            tick();
        });
        timers.push_back(std::move(timer));
    }
    QTimer::singleShot(180000, &loop, &QEventLoop::quit); // bounded
    loop.exec();
    std::printf("\npolling: %d desks x %d polls in %.0f s: %lld requests, %d errors, "
                "p50 %.1f ms, p99 %.1f ms\n",
                desks, kPolls, double(clock.elapsed()) / 1000, qlonglong(latencies.size()), errors,
                percentile(latencies, 0.5), percentile(latencies, 0.99));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int events = 100000;
    QStringList backends;
    bool polling = true;
    QList<int> deskCounts;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--events" && i + 1 < args.size())
            events = args.at(++i).toInt();
        else if (args.at(i) == u"--backend" && i + 1 < args.size())
            backends.append(args.at(++i));
        else if (args.at(i) == u"--desks" && i + 1 < args.size())
            deskCounts.append(args.at(++i).toInt());
        else if (args.at(i) == u"--no-poll")
            polling = false;
    }
    if (backends.isEmpty())
        backends = {u"sqlite"_s, u"postgresql"_s};
    if (deskCounts.isEmpty())
        deskCounts = {1, 10, 100};
    const int batches = std::max(1, events / kBatch);
    std::printf("hub_bench: %d events in batches of %d over TLS on loopback\n\n", batches * kBatch,
                kBatch);
    std::printf("%-11s %5s %12s %9s %9s %9s %12s %7s %7s\n", "backend", "desks", "events/s",
                "p50 ms", "p99 ms", "cold ms", "floor ev/s", "ratio", "errors");
    for (const QString &backend : std::as_const(backends)) {
        for (const int desks : std::as_const(deskCounts)) {
            QString url;
            if (backend == u"postgresql") {
                QString why;
                test::PgServer *pg = test::PgServer::instance(&why);
                if (!pg) {
                    std::printf("postgresql: %s\n", qPrintable(why));
                    break;
                }
                url = pg->createDatabase();
            }
            Hub hub;
            if (!hub.start(url, desks)) {
                std::printf("%s: the hub did not start\n", qPrintable(backend));
                return 1;
            }
            QList<QByteArray> bodies;
            for (int i = 0; i < batches; ++i)
                bodies.append(batchBody());
            QList<QByteArray> warmup;
            for (int i = 0; i < desks; ++i)
                warmup.append(batchBody());
            const RunResult floor = ingest(hub, u"/v1/_floor"_s, desks, batches, bodies, warmup);
            const RunResult real = ingest(hub, u"/v1/events"_s, desks, batches, bodies, warmup);
            const double rate = batches * kBatch / real.seconds;
            const double floorRate = batches * kBatch / floor.seconds;
            std::printf("%-11s %5d %12.0f %9.1f %9.1f %9.1f %12.0f %6.0f%% %7d\n",
                        qPrintable(backend), desks, rate, percentile(real.latencies, 0.5),
                        percentile(real.latencies, 0.99), real.coldMs, floorRate,
                        100 * rate / floorRate, real.errors + floor.errors);
            std::fflush(stdout);
            hub.stop();
        }
    }
    if (polling) {
        Hub hub;
        if (!hub.start({}, 500))
            return 1;
        poll(hub, 500);
        hub.stop();
    }
    return 0;
}
