// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/serve.h"

#include "catalogue/taxonomy.h"
#include "hub/api.h"
#include "hub/batchwriter.h"
#include "hub/boarddeskapi.h"
#include "hub/boardretention.h"
#include "hub/boardstore.h"
#include "hub/config.h"
#include "hub/server.h"
#include "hub/signing.h"
#include "web/boardweb.h"
#include "web/comuneweb.h"
#include "web/moderationweb.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace sportello::hub {

namespace {

std::atomic<int> g_stopSignal {0};

extern "C" void onStopSignal(int signal)
{
    g_stopSignal.store(signal);
}

// The longest a stop waits for requests in flight (each is bounded by its own deadline).
constexpr int kDrainLimitMs = 20000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int Serve::run(const QString &dir, const QString &listen, const Clock &clock, QTextStream &out,
               QTextStream &err)
{
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(listen.left(colon).remove(u'[').remove(u']'));
    if (colon <= 0 || !portOk || port > 65535 || address.isNull()) {
        err << tr("Give the address to listen on as ADDRESS:PORT, e.g. 127.0.0.1:8443.")
            << Qt::endl;
        return 2;
    }
    auto config = loadConfig(dir);
    if (!config) {
        err << tr("%1 holds no hub: run sportello-hub init first.").arg(dir) << Qt::endl;
        return 1;
    }
    const QList<QSslCertificate> chain
        = QSslCertificate::fromData(readFile(config->path(config->certificate)), QSsl::Pem);
    QSslKey key(readFile(config->path(config->key)), QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(readFile(config->path(config->key)), QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        err << tr("The hub's certificate or key cannot be read (%1, %2).")
                   .arg(config->certificate, config->key)
            << Qt::endl;
        return 1;
    }
    auto store = openStore(config->databaseUrl(), u"hub-serve"_s);
    if (!store) {
        err << tr("The hub's database cannot be opened.") << Qt::endl
            << tr("Details: %1").arg(store.error().toLogString()) << Qt::endl;
        return 1;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // desks authenticate with their token

    RateLimiter limiter(config->ratePerSecond, config->rateBurst);
    // Read once: signing a catalogue answer reads no file.
    auto secretKey = signing::readSecretKey(config->dir);
    if (!secretKey) {
        err << tr("The catalogue signing key cannot be read (%1).")
                   .arg(config->path(u"catalogue.key"_s))
            << Qt::endl;
        return 1;
    }
    Api api(**store, clock, limiter, readFile(u":/sportello/hub/hub-api.yaml"_s),
            [key = *secretKey](const QByteArray &body) { return signing::sign(key, body); });
    api.enableFloor(config->benchFloor);
    api.setReportThreshold(config->reportThreshold);
    api.setCatalogueKey(signing::publicKeyOf(*secretKey));
    // The Bacheca's pages (issue 16): the board's own store, on a connection of its own.
    auto board = BoardStore::open(config->databaseUrl(), u"hub-board"_s);
    if (!board) {
        err << tr("The hub's database cannot be opened.") << Qt::endl
            << tr("Details: %1").arg(board.error().toLogString()) << Qt::endl;
        return 1;
    }
    QList<QPair<QString, QString>> comuni;
    if (auto district = (*store)->district()) {
        for (const QString &code : std::as_const(district->comuni))
            comuni.append(
                {code, catalogue::Taxonomy::italianLabel(catalogue::Taxonomy::comuni(), code)});
    }
    web::BoardWeb boardWeb(**board, clock, comuni, config->geography());
    // The Comune's pages read the referrals on the API's connection, on the same thread.
    web::ComuneWeb comuneWeb(boardWeb, **store);
    web::ModerationWeb moderationWeb(boardWeb, **board);
    boardWeb.addSection(&comuneWeb);
    boardWeb.addSection(&moderationWeb);
    api.setBoard(&boardWeb);
    BoardDeskApi boardDesk(**board, clock, config->geography());
    api.setBoardDesk(&boardDesk);
    // The board's retention, at start and every six hours.
    QTimer retention;
    const auto retain = [&] {
        auto run = runBoardRetention(**board, clock.nowUtc());
        if (!run)
            qCWarning(lcHub) << "board retention failed:" << run.error().toLogString();
        else if (run->noticed > 0 || run->removed > 0)
            qCInfo(lcHub) << "board retention:" << run->noticed << "notice(s)," << run->removed
                          << "account(s) deleted";
    };
    QObject::connect(&retention, &QTimer::timeout, retain);
    retain();
    retention.start(6 * 3600 * 1000);
    HubServer server(api, {});
    // Batches are stored on a connection and a thread of their own.
    auto writer = BatchWriter::start(config->databaseUrl(), {});
    if (!writer) {
        err << tr("The hub's database cannot be opened.") << Qt::endl
            << tr("Details: %1").arg(writer.error().toLogString()) << Qt::endl;
        return 1;
    }
    api.setWriter(writer->get(), &server);
    auto bound = server.listenTls(address, quint16(port), tls);
    if (!bound) {
        err << tr("Cannot listen on %1: %2").arg(listen, bound.error().detail) << Qt::endl;
        return 1;
    }
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
    out << u"listening on https://%1:%2"_s.arg(listen.left(colon)).arg(*bound) << Qt::endl;

    // The signal handler only sets a flag; the event loop looks at it.
    QTimer watch;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&watch, &QTimer::timeout, &server, [&] {
        if (g_stopSignal.load() == 0)
            return;
        watch.stop();
        qCInfo(lcHub) << "stopping: no new connections, finishing requests in flight";
        QObject::connect(&server, &HubServer::drained, qApp, &QCoreApplication::quit);
        QObject::connect(&limit, &QTimer::timeout, qApp, &QCoreApplication::quit);
        limit.start(kDrainLimitMs);
        server.drain();
    });
    watch.start(100);
    QCoreApplication::exec();
    (*writer)->stop(); // stores what was queued
    api.setBoard(nullptr);
    api.setBoardDesk(nullptr);
    board->reset();
    store->reset(); // the database closes before the process ends
    out << tr("Hub stopped.") << Qt::endl;
    return 0;
}

} // namespace sportello::hub
