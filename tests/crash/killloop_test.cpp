// SPDX-License-Identifier: GPL-3.0-or-later
// The kill loop (reliability targets 1 and 10): a worker desk (crashworker.cpp) saves people,
// sessions, referrals with their outbox rows, erasures and sync rounds against a real
// sportello-hub, and is killed with SIGKILL at each of the injected points of killpoints.h —
// in its database's statements, and on the network through a proxy in front of the hub. After
// every kill the database passes integrity_check, holds everything the worker had reported as
// saved, and pairs every referral with its outbox rows; at the end one more sync leaves the
// hub holding each of the desk's events exactly once. Bounded in time: SPORTELLO_CRASH_SECONDS
// (120 by default), and every point is hit at least once whatever the budget.
#include "../hub/hubprocess.h"
#include "faultproxy.h"
#include "killpoints.h"
#include "testhelpers.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

struct Outcome
{
    bool killed = false;
    int exitCode = 0;
    QStringList lines;
    QString err;
};

// Runs the worker with `args` to its end (or its kill), keeping this thread's event loop — and
// so the proxy — running meanwhile. `onStarted` may arm a kill on the proxy.
Outcome runWorker(const QStringList &args, const QProcessEnvironment &environment,
                  const std::function<void(QProcess &)> &onStarted = {}, int timeoutMs = 120000)
{
    QProcess worker;
    worker.setProcessEnvironment(environment);
    worker.start(QString::fromUtf8(SPORTELLO_CRASHWORKER_EXECUTABLE), args);
    REQUIRE(worker.waitForStarted(30000));
    if (onStarted)
        onStarted(worker);
    if (worker.state() != QProcess::NotRunning) {
        QEventLoop loop;
        QObject::connect(&worker, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (worker.state() != QProcess::NotRunning) {
        worker.kill();
        worker.waitForFinished(10000);
        FAIL_CHECK("the worker did not finish in time: "
                   << QString::fromUtf8(worker.readAllStandardOutput()).toStdString());
    }
    Outcome outcome;
    outcome.killed = worker.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = worker.exitCode();
    outcome.lines
        = QString::fromUtf8(worker.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    outcome.err = QString::fromUtf8(worker.readAllStandardError());
    // SPORTELLO_CRASH_LOG: every run's lines, for looking into a failure by hand.
    if (const QString log = qEnvironmentVariable("SPORTELLO_CRASH_LOG"); !log.isEmpty()) {
        QFile file(log);
        if (file.open(QIODevice::Append)) {
            file.write(QStringList {args.value(0), environment.value(u"SPORTELLO_KILL_POINT"_s),
                                    outcome.killed ? u"killed"_s : u"ended"_s}
                           .join(u' ')
                           .toUtf8()
                       + '\n' + outcome.lines.join(u'\n').toUtf8() + '\n' + outcome.err.toUtf8());
        }
    }
    return outcome;
}

QSet<QString> setOf(const QJsonValue &array)
{
    QSet<QString> set;
    for (const QJsonValue &value : array.toArray())
        set.insert(value.toString());
    return set;
}

// What the worker reported as saved, across all its runs.
struct Ledger
{
    QSet<QString> people; // saved, and no erasure begun since
    QSet<QString> erased; // erasures reported done
    QSet<QString> consents; // people whose consent was saved (and not erased since)
    QSet<QString> sessions;
    QSet<QString> referrals; // uids
    QSet<QString> sent; // referral ids moved to INVIATA

    void read(const QStringList &lines)
    {
        for (const QString &line : lines) {
            const QStringList word = line.split(u' ');
            if (word.size() < 3)
                continue;
            const QString &what = word.at(1);
            const QString &id = word.at(2);
            if (word.at(0) == u"SAVED" && what == u"person")
                people.insert(id);
            else if (word.at(0) == u"SAVED" && what == u"consent")
                consents.insert(id);
            else if (word.at(0) == u"SAVED" && what == u"session")
                sessions.insert(id);
            else if (word.at(0) == u"SAVED" && what == u"referral" && word.size() > 3)
                referrals.insert(word.at(3));
            else if (word.at(0) == u"SENT")
                sent.insert(id);
            else if (word.at(0) == u"ERASING") {
                // Until it is reported, the person may be there or not.
                people.remove(id);
                consents.remove(id);
            } else if (word.at(0) == u"ERASED") {
                erased.insert(id);
            }
        }
    }
};

// Every promise of the database after a run, whatever killed it.
void checkDesk(const QJsonObject &state, const Ledger &ledger)
{
    REQUIRE(state.value(u"integrity"_s).toString() == u"ok"_s);
    const QSet<QString> people = setOf(state.value(u"people"_s));
    CHECK(people.contains(ledger.people));
    CHECK_FALSE(people.intersects(ledger.erased));
    CHECK(setOf(state.value(u"consents"_s)).contains(ledger.consents));
    CHECK(setOf(state.value(u"sessions"_s)).contains(ledger.sessions));
    CHECK(setOf(state.value(u"referrals"_s)).contains(ledger.referrals));
    CHECK(setOf(state.value(u"sent"_s)).contains(ledger.sent));
    CHECK(state.value(u"referralsWithoutOutbox"_s).toArray().isEmpty());
    CHECK(state.value(u"sentWithoutEvent"_s).toArray().isEmpty());
    CHECK(state.value(u"outboxWithoutReferral"_s).toArray().isEmpty());
}

// Rows of the hub's SQLite database, through the sqlite3 tool.
QStringList hubRows(const QString &hubDir, const QString &sql)
{
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, {hubDir + u"/hub.db"_s, sql});
    REQUIRE(sqlite.waitForFinished(30000));
    return QString::fromUtf8(sqlite.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

struct PointTally
{
    int runs = 0;
    int kills = 0;
};

} // namespace

TEST_CASE("killed at every injected point, the desk loses nothing it showed as saved and the hub "
          "ends with each event exactly once",
          "[crash]")
{
    test::TempDir dir;
    const QString hubDir = dir.filePath(u"hub"_s);
    REQUIRE(test::hubCommand({u"init"_s, u"--dir"_s, hubDir}).exitCode == 0);
    REQUIRE(test::hubCommand({u"district"_s, u"set"_s, u"--name"_s, u"Est Milano"_s, u"--comuni"_s,
                              u"015175,015205,015242"_s, u"--dir"_s, hubDir})
                .exitCode
            == 0);
    const test::Run added = test::hubCommand(
        {u"desk"_s, u"add"_s, u"PIO-CDA"_s, u"--comune"_s, u"015175"_s, u"--dir"_s, hubDir});
    REQUIRE(added.exitCode == 0);
    const QString token = added.out.trimmed().split(u'\n').constLast().split(u' ').constLast();
    QProcess server;
    const QString url = test::startServer(server, hubDir);
    test::FaultProxy proxy(quint16(QUrl(url).port()));
    REQUIRE(proxy.listen());

    const QString profile = dir.filePath(u"desk"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_RUNTIME_DIR"_s, dir.path());
    const Outcome ready
        = runWorker({u"setup"_s, profile, u"https://127.0.0.1:%1"_s.arg(proxy.port()),
                     hubDir + u"/ca.pem"_s, token},
                    environment);
    INFO(ready.err.toStdString());
    REQUIRE(ready.lines.contains(u"READY"_s));

    const auto &points = test::crash::killPoints();
    QHash<QByteArray, PointTally> tally;
    Ledger ledger;
    QRandomGenerator random(20261207);
    const int budgetMs = 1000 * qEnvironmentVariableIntValue("SPORTELLO_CRASH_SECONDS");
    const int budget = budgetMs > 0 ? budgetMs : 120000;
    QElapsedTimer elapsed;
    elapsed.start();
    int iterations = 0;
    const auto allHit = [&] {
        for (const auto &point : points) {
            if (tally.value(point.name).kills == 0)
                return false;
        }
        return true;
    };
    while ((elapsed.elapsed() < budget || !allHit()) && elapsed.elapsed() < 3 * budget) {
        const test::crash::KillPoint &point = points.at(iterations % points.size());
        PointTally &mine = tally[point.name];
        // A point not hit yet fires at its first chance; the others at a later one, so that
        // the kill falls on different operations.
        const int skip = mine.kills == 0 ? 0 : random.bounded(point.network ? 6 : 5);
        QProcessEnvironment env = environment;
        env.insert(u"SPORTELLO_KILL_POINT"_s, QString::fromLatin1(point.name));
        env.insert(u"SPORTELLO_KILL_SKIP"_s, QString::number(skip));
        const QString seed = QString::number(random.generate() % 1000000);
        const int base = proxy.exchangesSeen();
        QList<QMetaObject::Connection> armed;
        const auto arm = [&](QProcess &worker) {
            if (!point.network)
                return;
            // Through the proxy: the worker dies as the (skip + 1)-th exchange it began is
            // relayed to the hub, or as the hub's answer to it comes back.
            const int target = base + skip + 1;
            const bool onAnswer = QByteArray(point.name) == "http.after-ack";
            const auto kill = [&worker, target](int exchange) {
                if (exchange == target)
                    worker.kill();
            };
            armed << (onAnswer ? QObject::connect(&proxy, &test::FaultProxy::responseArrived,
                                                  &proxy, kill)
                               : QObject::connect(&proxy, &test::FaultProxy::requestRelayed, &proxy,
                                                  kill));
        };
        const Outcome run = runWorker({u"work"_s, profile, seed, u"8"_s}, env, arm);
        for (const auto &connection : armed)
            QObject::disconnect(connection);
        INFO("kill point " << point.name << ", skip " << skip << ", seed " << seed.toStdString()
                           << "\n"
                           << run.err.toStdString());
        REQUIRE((run.killed || run.exitCode == 0));
        // Killed by SIGKILL, not aborted: the worker runs with every warning fatal, and an abort
        // would have said why on its error output.
        CHECK(run.err.trimmed().isEmpty());
        ledger.read(run.lines);
        ++mine.runs;
        mine.kills += run.killed ? 1 : 0;
        ++iterations;

        const Outcome checked = runWorker({u"check"_s, profile}, environment);
        INFO(checked.err.toStdString());
        REQUIRE(checked.lines.size() == 1);
        checkDesk(QJsonDocument::fromJson(checked.lines.constFirst().toUtf8()).object(), ledger);
    }
    REQUIRE(allHit());

    // The next sync after the last kill: the hub ends with every event of the desk once.
    const Outcome drained = runWorker({u"drain"_s, profile}, environment, {}, 240000);
    INFO(drained.err.toStdString() << drained.lines.join(u'\n').toStdString());
    REQUIRE(drained.exitCode == 0);
    const Outcome last = runWorker({u"check"_s, profile}, environment);
    REQUIRE(last.lines.size() == 1);
    const QJsonObject state = QJsonDocument::fromJson(last.lines.constFirst().toUtf8()).object();
    checkDesk(state, ledger);
    QSet<QString> deskEvents;
    for (const QJsonValue &row : state.value(u"events"_s).toArray()) {
        const QStringList parts = row.toString().split(u' ');
        INFO(row.toString().toStdString());
        CHECK(parts.value(1) == u"DELIVERED"_s);
        deskEvents.insert(parts.value(0));
    }
    const QStringList hubEvents = hubRows(hubDir, u"SELECT id FROM events ORDER BY id"_s);
    const QSet<QString> hubSet(hubEvents.cbegin(), hubEvents.cend());
    CHECK(hubEvents.size() == hubSet.size());
    CHECK(hubSet == deskEvents);
    const QStringList hubReferrals = hubRows(hubDir, u"SELECT ref_uuid FROM referrals"_s);
    CHECK(QSet<QString>(hubReferrals.cbegin(), hubReferrals.cend())
          == setOf(state.value(u"referrals"_s)));

    // The report ./dev test prints: how many points, runs and kills.
    QString report = u"Kill loop: %1 kill points, %2 runs, %3 s; %4 events at the hub, each "
                     "once; nothing shown as saved was lost.\n"_s.arg(points.size())
                         .arg(iterations)
                         .arg(elapsed.elapsed() / 1000)
                         .arg(hubSet.size());
    int kills = 0;
    for (const auto &point : points) {
        const PointTally t = tally.value(point.name);
        kills += t.kills;
        report += u"  %1 %2 kills in %3 runs — %4\n"_s.arg(QString::fromLatin1(point.name), -20)
                      .arg(t.kills, 3)
                      .arg(t.runs, 3)
                      .arg(QString::fromUtf8(point.where));
    }
    report += u"  %1 kills in all\n"_s.arg(kills);
    std::fputs(qPrintable(report), stdout);
    QFile file(QString::fromUtf8(SPORTELLO_CRASH_REPORT));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(report.toUtf8());
    server.terminate();
    server.waitForFinished(10000);
}
