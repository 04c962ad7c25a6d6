// SPDX-License-Identifier: GPL-3.0-or-later
// The Bacheca's store at the hub (issue 16, points 2 and 3) on both backends: accounts pending
// until an operator issues the credentials, Argon2id passwords, the same refusal for an unknown
// name and a wrong password, lockout, an operator's reset, sessions, posts and matches, the
// export and the deletion of an account (art. 15, 17, 20) and the deletion after inactivity.
#include "hub/boardpassword.h"
#include "hub/boardstore.h"
#include "hub/config.h"
#include "hubfixture.h"
#include "hubprocess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;
using hub::BoardAccount;
using hub::BoardAccountKind;
using hub::BoardAccountState;

namespace {

const QString kPassword = u"Girasole-di-marzo-42"_s;
const QDateTime kNow(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);

struct BoardFixture
{
    TempDir dir;
    std::unique_ptr<hub::BoardStore> store;

    explicit BoardFixture(HubBackend backend)
    {
        QString url = u"sqlite:"_s + dir.filePath(u"hub.db"_s);
        if (backend == HubBackend::Postgres) {
            QString why;
            PgServer *server = PgServer::instance(&why);
            INFO(why.toStdString());
            REQUIRE(server);
            url = server->createDatabase();
        }
        static int n = 0;
        auto opened = hub::BoardStore::open(url, u"board-test-%1"_s.arg(++n));
        INFO((opened ? QString() : opened.error().toLogString()).toStdString());
        REQUIRE(opened.ok());
        store = std::move(opened).value();
    }

    BoardAccount registered(const QString &username, bool active = true,
                            BoardAccountKind kind = BoardAccountKind::Citizen)
    {
        hub::NewBoardAccount fresh;
        fresh.kind = kind;
        fresh.username = username;
        fresh.displayName = u"Persona "_s + username;
        fresh.contact = u"+39 02 1234567"_s;
        fresh.comune = u"015175"_s;
        fresh.password = kPassword;
        auto account = store->accounts().registerAccount(fresh, kNow);
        INFO((account ? QString() : account.error().toLogString()).toStdString());
        REQUIRE(account.ok());
        if (active)
            REQUIRE(store->accounts().activate(account->id, u"desk-1"_s, kNow).ok());
        return *account;
    }

    board::Post posted(const QString &account, board::PostKind kind)
    {
        board::Post post;
        post.accountId = account;
        post.kind = kind;
        post.category = board::Category::ConsegnaFarmaci;
        post.zone = {u"015175"_s, {}};
        post.when.windows = {{1 << 1, QTime(9, 0), QTime(12, 0)}};
        auto added = store->posts().add(post, kNow);
        INFO((added ? QString() : added.error().toLogString()).toStdString());
        REQUIRE(added.ok());
        return *added;
    }
};

} // namespace

TEST_CASE("a board password is kept as an Argon2id string at OWASP's cost", "[hub][board]")
{
    const auto hash = hub::boardpassword::hash(kPassword);
    REQUIRE(hash.ok());
    CHECK(hash->startsWith(u"$argon2id$v=19$m=19456,t=2,p=1$"));
    CHECK_FALSE(hash->contains(kPassword));
    CHECK(hub::boardpassword::verify(*hash, kPassword));
    CHECK_FALSE(hub::boardpassword::verify(*hash, kPassword + u'!'));
    CHECK_FALSE(hub::boardpassword::verify(u"$2y$10$notours"_s, kPassword));
    CHECK_FALSE(hub::boardpassword::needsRehash(*hash));
    QString cheaper = *hash;
    cheaper.replace(u"m=19456"_s, u"m=8192"_s);
    CHECK(hub::boardpassword::needsRehash(cheaper));
}

TEST_CASE("a board account waits for its credentials, and a login refusal says nothing more",
          "[hub][board]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    BoardFixture board(backend);
    auto &accounts = board.store->accounts();
    const BoardAccount anna = board.registered(u"Anna.Rossi"_s, false);
    CHECK(anna.username == u"anna.rossi");
    CHECK(anna.state == BoardAccountState::Pending);

    {
        auto pending = accounts.pending();
        REQUIRE(pending.ok());
        REQUIRE(pending->size() == 1);
        CHECK(pending->first().id == anna.id);
    }
    // Pending: only whoever knows the password learns that.
    CHECK(accounts.login(u"anna.rossi"_s, kPassword, kNow).code() == ErrorCode::AccountInactive);
    const auto wrong = accounts.login(u"anna.rossi"_s, u"Girasole-di-aprile-42"_s, kNow);
    const auto unknown = accounts.login(u"nessuno"_s, kPassword, kNow);
    CHECK(wrong.code() == ErrorCode::WrongCredentials);
    CHECK(unknown.code() == ErrorCode::WrongCredentials);
    CHECK(wrong.error().args == unknown.error().args);

    REQUIRE(accounts.activate(anna.id, u"hub"_s, kNow).ok());
    CHECK_FALSE(accounts.activate(anna.id, u"hub"_s, kNow).ok()); // once
    auto in = accounts.login(u"ANNA.ROSSI "_s, kPassword, kNow.addSecs(60));
    INFO((in ? QString() : in.error().toLogString()).toStdString());
    REQUIRE(in.ok());
    CHECK(in->state == BoardAccountState::Active);
    CHECK(in->activatedBy == u"hub");
    CHECK(in->failedLogins == 0);
    CHECK(in->lastSeenAt == kNow.addSecs(60));
    CHECK(accounts.pending()->isEmpty());

    // What a registration refuses.
    hub::NewBoardAccount bad;
    bad.username = u"anna.rossi"_s;
    bad.displayName = u"Altra Anna"_s;
    bad.password = kPassword;
    CHECK(accounts.registerAccount(bad, kNow).code() == ErrorCode::UsernameTaken);
    bad.username = u"a"_s;
    CHECK(accounts.registerAccount(bad, kNow).error().args
          == QStringList {u"board.username"_s, u"INVALID"_s});
    bad.username = u"altra.anna"_s;
    bad.password = u"password"_s;
    CHECK(accounts.registerAccount(bad, kNow).code() == ErrorCode::WeakPassword);
    bad.password = kPassword;
    bad.kind = BoardAccountKind::Comune;
    CHECK(accounts.registerAccount(bad, kNow).error().args
          == QStringList {u"board.comune"_s, u"MISSING"_s});
}

TEST_CASE("five wrong passwords lock a board account, for longer each time", "[hub][board]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    BoardFixture board(backend);
    auto &accounts = board.store->accounts();
    const BoardAccount luca = board.registered(u"luca"_s);
    QDateTime at = kNow;
    for (int i = 0; i < hub::BoardAccounts::kFreeAttempts; ++i)
        CHECK(accounts.login(u"luca"_s, u"sbagliata-%1"_s.arg(i), at).code()
              == ErrorCode::WrongCredentials);
    // Locked for 30 seconds: even the right password waits.
    const auto locked = accounts.login(u"luca"_s, kPassword, at.addSecs(10));
    CHECK(locked.code() == ErrorCode::AccountLocked);
    CHECK(locked.error().args == QStringList {u"20"_s});
    // Another failure after the wait doubles it.
    at = at.addSecs(31);
    CHECK(accounts.login(u"luca"_s, u"ancora-sbagliata"_s, at).code()
          == ErrorCode::WrongCredentials);
    CHECK(accounts.login(u"luca"_s, kPassword, at.addSecs(59)).error().args
          == QStringList {u"1"_s});
    auto in = accounts.login(u"luca"_s, kPassword, at.addSecs(61));
    REQUIRE(in.ok());
    CHECK(in->failedLogins == 0);
    CHECK_FALSE(in->lockedUntil.isValid());

    // An operator's reset: a temporary password to change at once, sessions ended.
    const QByteArray token = QByteArray(32, 't');
    REQUIRE(accounts.openSession(luca.id, token, u"csrf"_s, kNow, kNow.addSecs(3600)).ok());
    REQUIRE(accounts.resetPassword(luca.id, u"Temporanea-2026-xyz"_s).ok());
    CHECK_FALSE(accounts.session(token, kNow.addSecs(5))->has_value());
    auto temporary = accounts.login(u"luca"_s, u"Temporanea-2026-xyz"_s, kNow.addSecs(7200));
    REQUIRE(temporary.ok());
    CHECK(temporary->mustChangePassword);
    CHECK(accounts.changePassword(luca.id, u"non-la-mia"_s, u"Nuova-chiave-del-2027"_s).code()
          == ErrorCode::WrongCredentials);
    REQUIRE(accounts.changePassword(luca.id, u"Temporanea-2026-xyz"_s, u"Nuova-chiave-del-2027"_s)
                .ok());
    auto changed = accounts.login(u"luca"_s, u"Nuova-chiave-del-2027"_s, kNow.addSecs(7300));
    REQUIRE(changed.ok());
    CHECK_FALSE(changed->mustChangePassword);
}

TEST_CASE("a board session lasts until it expires, is closed, or its account is suspended",
          "[hub][board]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    BoardFixture board(backend);
    auto &accounts = board.store->accounts();
    const BoardAccount a = board.registered(u"marta"_s);
    const QByteArray one = QByteArray(32, '1');
    const QByteArray two = QByteArray(32, '2');
    REQUIRE(accounts.openSession(a.id, one, u"form-1"_s, kNow, kNow.addSecs(3600)).ok());
    REQUIRE(accounts.openSession(a.id, two, u"form-2"_s, kNow, kNow.addSecs(3600)).ok());
    auto found = accounts.session(one, kNow.addSecs(10));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->accountId == a.id);
    CHECK((*found)->csrf == u"form-1");
    CHECK_FALSE(accounts.session(one, kNow.addSecs(3600))->has_value()); // expired
    CHECK_FALSE(accounts.session(QByteArray(32, '3'), kNow)->has_value());
    REQUIRE(accounts.closeSession(one).ok());
    CHECK_FALSE(accounts.session(one, kNow.addSecs(10))->has_value());
    CHECK(accounts.session(two, kNow.addSecs(10))->has_value());
    REQUIRE(accounts.suspend(a.id).ok());
    CHECK_FALSE(accounts.session(two, kNow.addSecs(10))->has_value());
    CHECK(accounts.login(u"marta"_s, kPassword, kNow).code() == ErrorCode::AccountInactive);
}

TEST_CASE("posts and matches are kept as the board's moves leave them", "[hub][board]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    BoardFixture board(backend);
    auto &posts = board.store->posts();
    const BoardAccount citizen = board.registered(u"giulia"_s);
    const BoardAccount volunteer
        = board.registered(u"volontari.seggiano"_s, true, BoardAccountKind::Organization);
    const board::Post request = board.posted(citizen.id, board::PostKind::Request);
    const board::Post offer = board.posted(volunteer.id, board::PostKind::Offer);
    {
        auto read = posts.post(request.id);
        REQUIRE(read.ok());
        CHECK(read->when == request.when);
        CHECK(read->zone == request.zone);
        CHECK(read->accountId == citizen.id);
    }
    board::Post bad = request;
    bad.zone.comune = u"Pioltello"_s;
    CHECK(posts.add(bad, kNow).error().args == QStringList {u"board.zone.comune"_s, u"INVALID"_s});

    auto offers = posts.candidates(board::Category::ConsegnaFarmaci, board::PostKind::Offer);
    REQUIRE(offers.ok());
    REQUIRE(offers->size() == 1);
    CHECK(offers->first().post.id == offer.id);
    CHECK(offers->first().activeMatches == 0);
    const auto suggested = board::suggest(request, 0, *offers, {}, kNow.date());
    REQUIRE(suggested.size() == 1);
    CHECK(suggested.first().postId == offer.id);

    auto proposed = posts.propose(offer.id, request.id, kNow);
    REQUIRE(proposed.ok());
    CHECK(proposed->state == board::MatchState::Proposta);
    CHECK(posts.propose(offer.id, request.id, kNow).error().args
          == QStringList {u"board.match"_s, u"ALREADY_MATCHED"_s});
    CHECK(posts.propose(request.id, offer.id, kNow).error().args
          == QStringList {u"board.match"_s, u"NOT_A_PAIR"_s});
    CHECK(posts.activeMatches(offer.id).value() == 1);
    CHECK(posts.candidates(board::Category::ConsegnaFarmaci, board::PostKind::Offer)
              ->first()
              .activeMatches
          == 1);

    auto accepted = board::accept(*proposed, board::Side::Request);
    accepted = board::accept(*accepted, board::Side::Offer);
    auto started = board::start(*accepted);
    auto ended = board::conclude(*started);
    auto rated = board::leaveFeedback(*ended, board::Side::Request, {u"SVOLTO"_s, u"Grazie!"_s});
    REQUIRE(rated.ok());
    REQUIRE(posts.save(*rated, kNow).ok());
    auto read = posts.match(proposed->id);
    REQUIRE(read.ok());
    CHECK(read->state == board::MatchState::Conclusa);
    CHECK(read->offerAccepted);
    CHECK(read->requestAccepted);
    REQUIRE(read->requestFeedback.has_value());
    CHECK(read->requestFeedback->comment == u"Grazie!");
    CHECK_FALSE(read->offerFeedback.has_value());
    CHECK(posts.activeMatches(offer.id).value() == 0);
    CHECK(posts.matchesOf(citizen.id)->size() == 1);
    CHECK(posts.matchesOf(volunteer.id)->size() == 1);

    // What the board holds about Giulia, and nothing of her password.
    auto exported = board.store->exportAccount(citizen.id);
    REQUIRE(exported.ok());
    const QByteArray text = QJsonDocument(*exported).toJson();
    CHECK(text.contains("giulia"));
    CHECK(text.contains(request.id.toUtf8()));
    CHECK(text.contains("Grazie!"));
    CHECK_FALSE(text.contains("argon2"));
    CHECK_FALSE(text.contains("password"));

    // Her account goes with everything the board holds of it; the volunteer's offer stays.
    REQUIRE(board.store->accounts().remove(citizen.id).ok());
    CHECK(board.store->accounts().account(citizen.id).code() == ErrorCode::NotFound);
    CHECK(posts.post(request.id).code() == ErrorCode::NotFound);
    CHECK(posts.match(proposed->id).code() == ErrorCode::NotFound);
    CHECK(posts.matchesOf(volunteer.id)->isEmpty());
    CHECK(posts.post(offer.id).ok());
}

TEST_CASE("an account unused for 24 months is deleted a month after its notice", "[hub][board]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    BoardFixture board(backend);
    auto &accounts = board.store->accounts();
    const BoardAccount old = board.registered(u"vecchio"_s);
    const BoardAccount recent = board.registered(u"recente"_s);
    REQUIRE(accounts.login(u"recente"_s, kPassword, kNow.addMonths(23)).ok());

    const QDateTime later = kNow.addMonths(23).addDays(1);
    auto noticed = accounts.noticeInactive(later.addMonths(-23), later);
    REQUIRE(noticed.ok());
    REQUIRE(noticed->size() == 1);
    CHECK(noticed->first().id == old.id);
    CHECK(accounts.noticeInactive(later.addMonths(-23), later)->isEmpty()); // noticed once

    // 24 months, but the notice is a day old: not yet.
    const QDateTime deadline = kNow.addMonths(24).addDays(1);
    CHECK(accounts.removeInactive(deadline.addMonths(-24), later.addDays(1)).value() == 0);
    CHECK(accounts.removeInactive(deadline.addMonths(-24), later.addDays(31)).value() == 1);
    CHECK(accounts.account(old.id).code() == ErrorCode::NotFound);
    CHECK(accounts.account(recent.id).ok());
}

TEST_CASE("the hub's administrator issues board credentials, and the hub serves the board",
          "[hub][board][server]")
{
    TempDir dir;
    const QString hubDir = dir.filePath(u"h"_s);
    REQUIRE(hubCommand({u"init"_s, u"--dir"_s, hubDir}).exitCode == 0);
    REQUIRE(hubCommand({u"district"_s, u"set"_s, u"--dir"_s, hubDir, u"--name"_s, u"Est"_s,
                        u"--comuni"_s, u"015175,015205"_s})
                .exitCode
            == 0);
    // The comuni that border each other, for the board's suggestions, in hub.conf.
    CHECK(hubCommand({u"district"_s, u"neighbours"_s, u"015175:015999"_s, u"--dir"_s, hubDir})
              .exitCode
          == 2);
    CHECK(hubCommand({u"district"_s, u"neighbours"_s, u"015175:015175"_s, u"--dir"_s, hubDir})
              .exitCode
          == 2);
    REQUIRE(hubCommand({u"district"_s, u"neighbours"_s, u"015175:015205"_s, u"--dir"_s, hubDir})
                .exitCode
            == 0);
    auto config = hub::loadConfig(hubDir);
    REQUIRE(config.ok());
    CHECK(config->geography().areNeighbours(u"015205"_s, u"015175"_s));
    auto store = hub::BoardStore::open(config->databaseUrl(), u"board-admin-test"_s);
    REQUIRE(store.ok());
    hub::NewBoardAccount anna;
    anna.username = u"anna"_s;
    anna.displayName = u"Anna Rossi"_s;
    anna.comune = u"015175"_s;
    anna.password = kPassword;
    REQUIRE((*store)->accounts().registerAccount(anna, kNow).ok());

    const Run pending = hubCommand({u"board"_s, u"pending"_s, u"--dir"_s, hubDir});
    CHECK(pending.exitCode == 0);
    CHECK(pending.out.startsWith(u"anna\tCITTADINO\t015175\t"_s));
    const Run activated = hubCommand({u"board"_s, u"activate"_s, u"anna"_s, u"--dir"_s, hubDir});
    CHECK(activated.exitCode == 0);
    CHECK(hubCommand({u"board"_s, u"activate"_s, u"anna"_s, u"--dir"_s, hubDir}).exitCode == 1);
    CHECK(hubCommand({u"board"_s, u"activate"_s, u"nessuno"_s, u"--dir"_s, hubDir}).exitCode == 1);
    CHECK(hubCommand({u"board"_s, u"pending"_s, u"--dir"_s, hubDir}).out.contains(u"No account"_s));
    auto in = (*store)->accounts().login(u"anna"_s, kPassword, QDateTime::currentDateTimeUtc());
    REQUIRE(in.ok());
    CHECK(in->activatedBy == u"hub");

    const Run reset = hubCommand({u"board"_s, u"reset-password"_s, u"anna"_s, u"--dir"_s, hubDir});
    CHECK(reset.exitCode == 0);
    static const QRegularExpression temporary(u"anna: ([a-z2-9]{5}(-[a-z2-9]{5}){3})"_s);
    const QString password = temporary.match(reset.out).captured(1);
    REQUIRE_FALSE(password.isEmpty());
    auto again = (*store)->accounts().login(u"anna"_s, password, QDateTime::currentDateTimeUtc());
    REQUIRE(again.ok());
    CHECK(again->mustChangePassword);
    store->reset();

    // The real server answers the board's pages over HTTPS, with their headers.
    QProcess server;
    const QString base = startServer(server, hubDir);
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(base + u"/bacheca/"_s));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(hubDir + u"/ca.pem"_s));
    request.setSslConfiguration(tls);
    request.setRawHeader("Accept-Language", "it-IT,it;q=0.9,en;q=0.5");
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    INFO(reply->errorString().toStdString());
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    CHECK(reply->rawHeader("Content-Security-Policy").startsWith("default-src 'self'"));
    CHECK(reply->readAll().contains("<html lang=\"it\">"));
    reply->deleteLater();
    server.terminate();
    REQUIRE(server.waitForFinished(20000));
}
