// SPDX-License-Identifier: GPL-3.0-or-later
// The background sync of the desktop: rounds run on the controller's own thread (never the
// caller's, whose event loop keeps its pace while the hub hangs), one at a time with a trigger
// during a round remembered once, "Sincronizza ora" forced through a pause, the network's
// reachability as a hint, cancel and shutdown that put the batch in flight back in the queue.
#include "network/synccontroller.h"
#include "sync/outbox.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace sportello;
using sync::SyncController;
using test::FakeAnswer;
using test::FakeNetwork;
using test::FakeRequest;
using test::SyncDesk;

namespace state = sync::outboxstate;

namespace {

// A hub in a fake network that the sync thread makes for itself: it records the thread each
// request came from, and answers with `answer` (called in the sync thread; set it before the
// controller runs).
struct ThreadedHub
{
    std::function<FakeAnswer(const FakeRequest &)> answer = [](const FakeRequest &request) {
        return test::eventResults(request, [](const QString &) { return u"stored"_s; });
    };
    // The desk's feed, when the test has one to serve (called in the sync thread).
    std::function<FakeAnswer(const FakeRequest &)> feed;
    QMutex mutex;
    QList<QThread *> threads;
    std::atomic<int> requests {0};

    sync::NetworkFactory factory()
    {
        return [this] {
            auto network = std::make_unique<FakeNetwork>([this](const FakeRequest &request) {
                {
                    const QMutexLocker locker(&mutex);
                    threads.append(QThread::currentThread());
                }
                ++requests;
                return answer(request);
            });
            if (feed)
                network->route("GET", u"/v1/events"_s, feed);
            return network;
        };
    }
};

struct Fixture
{
    SyncDesk desk;
    ThreadedHub hub;

    std::unique_ptr<SyncController> controller(SyncController::Options options = {})
    {
        options.network = hub.factory();
        options.watchReachability = false;
        options.random = [] {
            return 0.5;
        };
        options.notifier = desk.changes;
        return std::make_unique<SyncController>(desk.profile->database(), desk.clock,
                                                test::secrets(), std::move(options));
    }
};

} // namespace

TEST_CASE("a round runs on the sync thread, without a login, and delivers the outbox",
          "[sync][controller]")
{
    Fixture f;
    f.desk.queue(3);
    auto controller = f.controller();
    QSignalSpy started(controller.get(), &SyncController::roundStarted);
    QSignalSpy finished(controller.get(), &SyncController::roundFinished);
    QSignalSpy progress(controller.get(), &SyncController::progress);
    QSignalSpy changed(f.desk.changes, &services::ChangeNotifier::syncChanged);
    CHECK_FALSE(controller->isRunning());

    controller->requestRound();
    CHECK(controller->isRunning());
    REQUIRE(finished.wait(10000));
    CHECK_FALSE(controller->isRunning());
    CHECK(started.size() == 1);
    CHECK(started.at(0).at(0).toBool() == false);
    REQUIRE(f.hub.requests == 1);
    CHECK(f.hub.threads.constFirst() != QThread::currentThread());
    CHECK(f.hub.threads.constFirst() != nullptr);
    REQUIRE(controller->lastResult().has_value());
    CHECK_FALSE(controller->lastResult()->error.has_value());
    CHECK(controller->lastResult()->delivery.delivered == 3);
    CHECK(f.desk.countIn(state::kDelivered) == 3);
    REQUIRE(progress.size() >= 1);
    CHECK(progress.last().at(0).toInt() == 3);
    CHECK(progress.last().at(1).toInt() == 3);
    // The sync thread's commits reach this thread's notifier, for the pages.
    CHECK(QTest::qWaitFor([&changed] { return !changed.isEmpty(); }, 5000));
}

TEST_CASE("triggers during a round give exactly one more round", "[sync][controller]")
{
    Fixture f;
    f.desk.queue(2);
    QSemaphore entered;
    QSemaphore proceed;
    f.hub.answer = [&](const FakeRequest &request) {
        // Holds the sync thread inside the round until the test lets it go.
        entered.release();
        proceed.acquire();
        return test::eventResults(request, [](const QString &) { return u"stored"_s; });
    };
    auto controller = f.controller();
    QSignalSpy started(controller.get(), &SyncController::roundStarted);
    QSignalSpy finished(controller.get(), &SyncController::roundFinished);

    controller->requestRound();
    REQUIRE(entered.tryAcquire(1, 10000));
    controller->requestRound();
    controller->syncNow();
    controller->requestRound();
    CHECK(started.size() == 1);
    proceed.release(10); // any later request goes through at once

    REQUIRE(QTest::qWaitFor([&finished] { return finished.size() == 2; }, 10000));
    QTest::qWait(300);
    CHECK(finished.size() == 2);
    REQUIRE(started.size() == 2);
    // The remembered triggers included "Sincronizza ora": the extra round is forced.
    CHECK(started.at(1).at(0).toBool() == true);
    CHECK(controller->lastResult()->forced);
    CHECK(f.hub.requests == 1); // the second round found nothing left to send
    CHECK(f.desk.countIn(state::kDelivered) == 2);
}

TEST_CASE("Sincronizza ora forces a round through a pause; an automatic one waits",
          "[sync][controller]")
{
    Fixture f;
    f.desk.queue(2);
    REQUIRE(f.desk.network->setPaused(u"unauthorized"_s).ok());
    auto controller = f.controller();
    QSignalSpy finished(controller.get(), &SyncController::roundFinished);

    controller->requestRound();
    REQUIRE(finished.wait(10000));
    CHECK(f.hub.requests == 0);
    REQUIRE(controller->lastResult()->error.has_value());
    CHECK(controller->lastResult()->error->code == ErrorCode::HubUnauthorized);
    CHECK_FALSE(controller->lastResult()->forced);

    controller->syncNow();
    REQUIRE(finished.wait(10000));
    CHECK(f.hub.requests == 1);
    CHECK_FALSE(controller->lastResult()->error.has_value());
    CHECK(controller->lastResult()->forced);
    CHECK(f.desk.countIn(state::kDelivered) == 2);
    // The hub answered: the pause is over.
    CHECK(f.desk.network->status().value().paused.isEmpty());
}

TEST_CASE("the GUI thread keeps its pace while a round waits on a hanging hub",
          "[sync][controller]")
{
    Fixture f;
    f.desk.queue(2);
    // Blocks whichever thread runs the round, then never answers: were the round on this
    // thread, the heartbeat would stop for the sleep.
    f.hub.answer = [](const FakeRequest &) {
        QThread::msleep(200);
        FakeAnswer answer;
        answer.kind = FakeAnswer::Kind::Hang;
        return answer;
    };
    SyncController::Options options;
    options.timeoutMs = 800;
    auto controller = f.controller(options);
    QSignalSpy finished(controller.get(), &SyncController::roundFinished);

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    int beats = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
        ++beats;
    });
    clock.start();
    heartbeat.start();
    controller->requestRound();
    REQUIRE(finished.wait(10000));
    heartbeat.stop();

    CHECK(f.hub.requests == 1);
    REQUIRE(controller->lastResult()->error.has_value());
    CHECK(controller->lastResult()->error->code == ErrorCode::HubTimeout);
    CHECK(beats > 100);
    INFO("longest gap between heartbeats: " << longest << " ms");
    CHECK(longest < 50);
    // A timeout may pass: the items wait for their next try, nothing lost.
    CHECK(f.desk.countIn(state::kQueued) == 2);
    CHECK(f.desk.countIn(state::kSending) == 0);
}

TEST_CASE("cancel ends the round in flight and puts its batch back", "[sync][controller]")
{
    Fixture f;
    f.desk.queue(3);
    f.hub.answer = [](const FakeRequest &) {
        FakeAnswer answer;
        answer.kind = FakeAnswer::Kind::Hang;
        return answer;
    };
    auto controller = f.controller();
    QSignalSpy finished(controller.get(), &SyncController::roundFinished);

    controller->requestRound();
    REQUIRE(QTest::qWaitFor([&f] { return f.hub.requests == 1; }, 10000));
    controller->requestRound(); // remembered, then forgotten by the cancel
    controller->cancel();
    REQUIRE(finished.wait(10000));
    REQUIRE(controller->lastResult()->error.has_value());
    CHECK(controller->lastResult()->error->code == ErrorCode::Cancelled);
    QTest::qWait(200);
    CHECK(finished.size() == 1);
    CHECK(f.desk.countIn(state::kQueued) == 3);
    for (const sync::OutboxItem &item : f.desk.outbox())
        CHECK(item.attempts == 0);
}

TEST_CASE("closing the controller during a round ends it promptly and loses nothing",
          "[sync][controller]")
{
    Fixture f;
    f.desk.queue(3);
    f.hub.answer = [](const FakeRequest &) {
        FakeAnswer answer;
        answer.kind = FakeAnswer::Kind::Hang;
        return answer;
    };
    auto controller = f.controller();
    controller->requestRound();
    REQUIRE(QTest::qWaitFor([&f] { return f.hub.requests == 1; }, 10000));
    REQUIRE(f.desk.countIn(state::kSending) == 3);

    QElapsedTimer closing;
    closing.start();
    controller.reset();
    // Far below the transfer timeout (30 s): the request was aborted, not waited for.
    CHECK(closing.elapsed() < 5000);
    CHECK(f.desk.countIn(state::kSending) == 0);
    CHECK(f.desk.countIn(state::kQueued) == 3);
}

TEST_CASE("the network coming back triggers a round, its going none; the period does too",
          "[sync][controller]")
{
    Fixture f;
    f.desk.queue(1);
    SyncController::Options options;
    options.period = std::chrono::milliseconds(150);
    options.startDelay = std::chrono::hours(1);
    auto controller = f.controller(options);
    QSignalSpy finished(controller.get(), &SyncController::roundFinished);

    controller->setNetworkReachable(false);
    QTest::qWait(100);
    CHECK(finished.isEmpty());
    controller->setNetworkReachable(true);
    REQUIRE(finished.wait(10000));
    CHECK(f.desk.countIn(state::kDelivered) == 1);

    // Armed: the period brings rounds without anyone asking.
    controller->start();
    CHECK(QTest::qWaitFor([&finished] { return finished.size() >= 3; }, 10000));
}

TEST_CASE("what a round changes reaches the GUI's notifier: a referral the network moved",
          "[sync][controller]")
{
    Fixture f;
    f.desk.consent(f.desk.personId, people::ConsentPurpose::IdentifiedReferral);
    const qint64 id = f.desk.referrals->create(f.desk.volunteer, f.desk.toComune()).value();
    REQUIRE(
        f.desk.referrals->move(f.desk.volunteer, id, {referrals::State::Inviata, {}, {}, {}}).ok());
    const QString uid = f.desk.referrals->referral(f.desk.lead, id).value().uid;
    f.hub.feed = [uid](const FakeRequest &request) {
        const QString after = QUrlQuery(request.url).queryItemValue(u"after"_s);
        if (after != u"0")
            return test::jsonAnswer(200, R"({"events":[],"next":"1","more":false})");
        const QJsonObject event {{u"cursor"_s, u"1"_s},
                                 {u"id"_s, u"0190f1a2-0000-7000-8000-000000000009"_s},
                                 {u"type"_s, u"referral.status_changed"_s},
                                 {u"occurred_at"_s, u"2026-03-03T10:00:00Z"_s},
                                 {u"data"_s,
                                  QJsonObject {{u"ref_uuid"_s, uid},
                                               {u"stato"_s, u"RICEVUTA"_s},
                                               {u"motivo"_s, QJsonValue()},
                                               {u"esito_finale"_s, QJsonValue()}}}};
        return test::jsonAnswer(200,
                                QJsonDocument(QJsonObject {{u"events"_s, QJsonArray {event}},
                                                           {u"next"_s, u"1"_s},
                                                           {u"more"_s, false}})
                                    .toJson(QJsonDocument::Compact));
    };
    auto controller = f.controller();
    QSignalSpy moved(f.desk.changes, &services::ChangeNotifier::referralChanged);
    QSignalSpy finished(controller.get(), &SyncController::roundFinished);
    controller->requestRound();
    REQUIRE(finished.wait(10000));
    const auto &error = controller->lastResult()->error;
    INFO((error ? error->toLogString() : QString()).toStdString());
    REQUIRE_FALSE(error.has_value());
    CHECK(QTest::qWaitFor([&moved] { return !moved.isEmpty(); }, 5000));
    REQUIRE_FALSE(moved.isEmpty());
    CHECK(moved.first().at(0).toLongLong() == id);
    CHECK(f.desk.referrals->referral(f.desk.lead, id).value().state == referrals::State::Ricevuta);
}
