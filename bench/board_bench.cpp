// SPDX-License-Identifier: GPL-3.0-or-later
// The neighbourhood board at a district's scale (issue 16, point 9): 1,000 accounts and 10,000
// posts in the hub's SQLite database. First, in this process, the suggestion list of 1,000
// posts picked at random, as a post's page computes it (the open posts of the other kind, their
// matches under way, board::suggest): p50/p99. Then the real sportello-hub over TLS on loopback,
// 50 browsers at once, each logged in (its session made in the database: the login's Argon2id is
// not what is measured) and asking for its board, then the page of one of its posts with its
// suggestions, again and again: p50/p99 per page; in the same run the floor, the same 50
// browsers asking GET /v1/health of the same server, and the ratio; and what one login costs.
//
// Usage: board_bench [--accounts N] [--posts N] [--browsers N] [--requests N]
#include "board/matching.h"
#include "hub/boardstore.h"
#include "hub/config.h"
#include "hub/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

const QString kPassword = u"Girasole-di-marzo-42"_s;
const QStringList kComuni {u"015175"_s, u"015205"_s, u"015242"_s};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Board
{
    QStringList accounts;
    QList<board::Post> posts;
};

// `accounts` active accounts (one Argon2id computation: each account registered the same way
// would take as long, which is not what the bench measures) and `posts` posts.
bool fill(hub::BoardStore &store, int accounts, int posts, const QDateTime &now, Board *made)
{
    QRandomGenerator random(20261207);
    for (int i = 0; i < accounts; ++i) {
        hub::NewBoardAccount fresh;
        fresh.username = u"utente%1"_s.arg(i);
        fresh.displayName = u"Utente %1"_s.arg(i);
        fresh.contact = u"+39 333 %1"_s.arg(1000000 + i);
        fresh.comune = kComuni.at(i % kComuni.size());
        fresh.kind
            = i % 10 == 0 ? hub::BoardAccountKind::Organization : hub::BoardAccountKind::Citizen;
        // Only the first gets a real password: the others copy its hash below.
        fresh.password = kPassword;
        if (i == 0) {
            auto first = store.accounts().registerAccount(fresh, now);
            if (!first || !store.accounts().activate(first->id, u"hub"_s, now))
                return false;
            made->accounts.append(first->id);
            continue;
        }
        // A copy of the first account's row, password hash included, through SQL of our own.
        const QString id = newId();
        QSqlQuery copy(QSqlDatabase::database(u"bench-raw"_s));
        copy.prepare(u"INSERT INTO board_accounts(id, kind, username, display_name, contact,"
                     " comune, password_hash, state, created_at, activated_at, activated_by,"
                     " last_seen_at) SELECT ?, ?, ?, ?, ?, ?, password_hash, state, created_at,"
                     " activated_at, activated_by, last_seen_at FROM board_accounts"
                     " WHERE id = ?"_s);
        for (const QVariant &value :
             QVariantList {id, hub::accountKindCode(fresh.kind), fresh.username, fresh.displayName,
                           fresh.contact, fresh.comune, made->accounts.first()})
            copy.addBindValue(value);
        if (!copy.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(copy.lastError().text()));
            return false;
        }
        made->accounts.append(id);
    }
    const Status added = store.atomically([&]() -> Status {
        for (int i = 0; i < posts; ++i) {
            board::Post post;
            post.accountId = made->accounts.at(int(random.bounded(accounts)));
            post.kind = random.bounded(2) == 0 ? board::PostKind::Offer : board::PostKind::Request;
            post.category = board::allCategories().at(
                int(random.bounded(int(board::allCategories().size()))));
            post.zone.comune = kComuni.at(int(random.bounded(int(kComuni.size()))));
            const int start = 8 + int(random.bounded(10));
            post.when.windows = {{1 << int(random.bounded(7)) | 1 << int(random.bounded(7)),
                                  QTime(start, 0), QTime(start + 2, 0)}};
            post.capacity = post.kind == board::PostKind::Offer ? 1 + int(random.bounded(3)) : 1;
            post.notes = u"Annuncio %1"_s.arg(i);
            auto stored = store.posts().add(post, now);
            if (!stored)
                return stored.error();
            made->posts.append(*stored);
        }
        return {};
    });
    return added.ok();
}

// The suggestions of `samples` posts, as the post's page computes them: ms each.
QList<double> suggestions(hub::BoardStore &store, const Board &made, int samples,
                          const QDateTime &now, int *found)
{
    QRandomGenerator random(7);
    QList<double> ms;
    for (int i = 0; i < samples; ++i) {
        const board::Post &post = made.posts.at(int(random.bounded(int(made.posts.size()))));
        QElapsedTimer timer;
        timer.start();
        const board::PostKind other = post.kind == board::PostKind::Offer ? board::PostKind::Request
                                                                          : board::PostKind::Offer;
        auto candidates = store.posts().candidates(post.category, other,
                                                   board::Geography().near(post.zone.comune));
        auto active = store.posts().activeMatches(post.id);
        if (!candidates || !active)
            return {};
        const auto list = board::suggest(post, *active, *candidates, {}, now.date());
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        *found += int(list.size());
    }
    return ms;
}

struct Server
{
    QProcess process;
    QString base;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();

    bool start(const QString &hubDir)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, u"sportello.hub.info=false"_s);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(SPORTELLO_HUB_EXECUTABLE),
                      {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--dir"_s, hubDir});
        for (int i = 0; i < 100 && base.isEmpty(); ++i) {
            process.waitForReadyRead(200);
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.startsWith(u"listening on "))
                base = line.mid(13);
        }
        tls.setCaCertificates(QSslCertificate::fromPath(hubDir + u"/ca.pem"_s));
        return !base.isEmpty();
    }

    void stop()
    {
        ::kill(pid_t(process.processId()), SIGTERM);
        process.waitForFinished(30000);
    }
};

struct Load
{
    QList<double> ms;
    int errors = 0;
    double seconds = 0;
};

// `browsers` browsers, each with its cookie, ask `paths(browser, n)` one after the other,
// `requests` times each, all at once.
Load browse(Server &server, const QList<QByteArray> &cookies, int requests,
            const std::function<QString(int, int)> &paths)
{
    Load load;
    const int browsers = int(cookies.size());
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    for (int i = 0; i < browsers; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    QEventLoop loop;
    int done = 0;
    std::function<void(int, int)> ask = [&](int browser, int n) {
        QNetworkRequest request {QUrl(server.base + paths(browser, n))};
        request.setSslConfiguration(server.tls);
        request.setRawHeader("Cookie", cookies.at(browser));
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = managers[size_t(browser)]->get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, timer, browser, n] {
            load.ms.append(double(timer->nsecsElapsed()) / 1e6);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200
                && load.errors++ == 0)
                std::fprintf(stderr, "first error: HTTP %d %s\n",
                             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                             qPrintable(reply->errorString()));
            reply->deleteLater();
            if (n + 1 < requests)
                ask(browser, n + 1);
            else if (++done == browsers)
                loop.quit();
        });
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < browsers; ++i)
        ask(i, 0);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit); // bounded: ten minutes at most
    loop.exec();
    load.seconds = double(clock.nsecsElapsed()) / 1e9;
    return load;
}

void print(const char *what, const Load &load)
{
    std::printf("%-34s %6lld requests  %7.1f req/s  p50 %6.2f ms  p99 %7.2f ms  errors %d\n", what,
                static_cast<long long>(load.ms.size()), double(load.ms.size()) / load.seconds,
                percentile(load.ms, 0.50), percentile(load.ms, 0.99), load.errors);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"accounts"_s, u"Board accounts."_s, u"N"_s, u"1000"_s});
    parser.addOption({u"posts"_s, u"Posts."_s, u"N"_s, u"10000"_s});
    parser.addOption({u"browsers"_s, u"Concurrent browsers."_s, u"N"_s, u"50"_s});
    parser.addOption({u"requests"_s, u"Requests per browser and page."_s, u"N"_s, u"40"_s});
    parser.addHelpOption();
    parser.process(app);
    const int accounts = std::max(parser.value(u"accounts"_s).toInt(), 60);
    const int posts = std::max(parser.value(u"posts"_s).toInt(), 100);
    const int browsers = std::clamp(parser.value(u"browsers"_s).toInt(), 1, 50);
    const int requests = std::clamp(parser.value(u"requests"_s).toInt(), 1, 1000);

    QTemporaryDir dir;
    const QString hubDir = dir.filePath(u"h"_s);
    if (QProcess::execute(QString::fromUtf8(SPORTELLO_HUB_EXECUTABLE),
                          {u"init"_s, u"--dir"_s, hubDir})
        != 0)
        return 1;
    auto config = hub::loadConfig(hubDir);
    if (!config)
        return 1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Board made;
    QList<QByteArray> cookies;
    {
        auto main = hub::openStore(config->databaseUrl(), u"bench-main"_s);
        if (!main || !(*main)->setDistrict({u"Bench"_s, kComuni}))
            return 1;
        auto store = hub::BoardStore::open(config->databaseUrl(), u"bench-board"_s);
        if (!store)
            return 1;
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-raw"_s);
        raw.setDatabaseName(config->databaseUrl().mid(QStringView(u"sqlite:").size()));
        if (!raw.open())
            return 1;
        QElapsedTimer timer;
        timer.start();
        if (!fill(**store, accounts, posts, now, &made)) {
            std::fprintf(stderr, "cannot fill the board\n");
            return 1;
        }
        std::printf("board: %d accounts, %d posts, made in %.1f s\n", accounts, posts,
                    double(timer.nsecsElapsed()) / 1e9);
        int found = 0;
        const QList<double> ms = suggestions(**store, made, 1000, now, &found);
        if (ms.isEmpty())
            return 1;
        std::printf("suggestion list (1,000 posts, in process): p50 %.2f ms  p99 %.2f ms  "
                    "(%.1f suggestions a post)\n",
                    percentile(ms, 0.50), percentile(ms, 0.99), double(found) / 1000.0);
        // What one login costs the thread that runs it (the Argon2id verification): the
        // pages wait behind it.
        QList<double> logins;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer login;
            login.start();
            if (!(*store)->accounts().login(u"utente0"_s, kPassword, now))
                return 1;
            logins.append(double(login.nsecsElapsed()) / 1e6);
        }
        std::printf("one login (Argon2id, 19 MiB, t=2): median %.1f ms\n", percentile(logins, 0.5));
        // The browsers' sessions, made in the database as a login would.
        for (int i = 0; i < browsers; ++i) {
            const QString token = newId() + newId();
            const QByteArray hash
                = QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
            if (!(*store)->accounts().openSession(made.accounts.at(i), hash, newId(), now,
                                                  now.addSecs(8 * 3600)))
                return 1;
            cookies.append("__Host-bacheca=" + token.toLatin1());
        }
    }
    // Each browser's own posts, for the post's page.
    QList<QStringList> own(browsers);
    for (const board::Post &p : std::as_const(made.posts)) {
        const int owner = int(made.accounts.indexOf(p.accountId));
        if (owner >= 0 && owner < browsers)
            own[owner].append(p.id);
    }

    Server server;
    if (!server.start(hubDir)) {
        std::fprintf(stderr, "the hub did not start\n");
        return 1;
    }
    // Each connection opens before the clock starts.
    (void)browse(server, cookies, 1, [](int, int) { return u"/v1/health"_s; });
    const Load floor = browse(server, cookies, requests, [](int, int) { return u"/v1/health"_s; });
    const Load home = browse(server, cookies, requests, [](int, int) { return u"/bacheca/"_s; });
    const Load postPage = browse(server, cookies, requests, [&own](int browser, int n) {
        const QStringList &mine = own.at(browser);
        return mine.isEmpty() ? u"/bacheca/"_s : u"/bacheca/annuncio/"_s + mine.at(n % mine.size());
    });
    server.stop();
    std::printf("%d browsers at once over TLS on loopback, %d requests each:\n", browsers,
                requests);
    print("floor (GET /v1/health)", floor);
    print("my board (GET /bacheca/)", home);
    print("a post and its suggestions", postPage);
    std::printf("ratio p99 post page / floor: %.1f\n",
                percentile(postPage.ms, 0.99) / std::max(0.01, percentile(floor.ms, 0.99)));
    return floor.errors + home.errors + postPage.errors == 0 ? 0 : 1;
}
