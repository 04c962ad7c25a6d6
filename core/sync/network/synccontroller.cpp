// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/synccontroller.h"

#include "network/syncround.h"
#include "services/changenotifier.h"
#include "services/deskservices.h"

#include <QAuthenticator>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkProxy>

using namespace Qt::StringLiterals;

namespace sportello::sync {

namespace {

Q_LOGGING_CATEGORY(lcSync, "sportello.sync", QtInfoMsg)

// Every step of a round ends when the thread is told to quit (the request is aborted, the
// keychain's local event loop exits, SQLite waits at most its busy timeout), so this is only
// how long before the wait is reported.
constexpr auto kShutdownWait = std::chrono::seconds(10);

} // namespace

// What the sync thread owns; made, used and destroyed in that thread only.
struct SyncController::Worker
{
    Worker(storage::Database &database, const Clock &clock, crypto::SecretStore &secrets,
           const Options &options)
        : database(database)
        , clock(clock)
        , secrets(secrets)
        , makeNetwork(options.network)
        , random(options.random)
        , timeoutMs(options.timeoutMs)
        , batchLimit(options.batchLimit)
    { }

    storage::Database &database;
    const Clock &clock;
    crypto::SecretStore &secrets;
    const NetworkFactory makeNetwork;
    const std::function<double()> random;
    const int timeoutMs;
    const int batchLimit;

    std::unique_ptr<services::DeskServices> desk; // the thread's own connection
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<SyncRound> round; // the round in flight
    std::unique_ptr<SyncRound> spent; // the last one: never deleted inside its own signal
    // The proxy's credentials as typed (memory only), and whether this round gave them.
    QString proxyUser;
    QString proxyPassword;
    bool proxyAsked = false;
    // New credentials were typed: the next round starts on a new manager, whose cache holds
    // none of the refused ones (Qt keeps what it was given for the manager's lifetime).
    bool renewNetwork = false;

    void run(SyncController *controller, bool forced);
    void answerProxy(QAuthenticator *authenticator);
    void teardown();
};

void SyncController::Worker::answerProxy(QAuthenticator *authenticator)
{
    // Asked again in the same round: the proxy refused what was given. Left empty, the request
    // ends with 407 and the round pauses for a person to type them again.
    if (proxyAsked || proxyUser.isEmpty()) {
        if (proxyAsked)
            qCInfo(lcSync) << "the proxy refused the credentials given";
        proxyUser.clear();
        proxyPassword.clear();
        return;
    }
    proxyAsked = true;
    authenticator->setUser(proxyUser);
    authenticator->setPassword(proxyPassword);
}

void SyncController::Worker::run(SyncController *controller, bool forced)
{
    spent.reset();
    if (renewNetwork) {
        network.reset();
        renewNetwork = false;
    }
    if (!desk) {
        desk = std::make_unique<services::DeskServices>(database, clock);
        // What the round committed, announced again on the GUI's notifier: the pages refresh,
        // the search reloads a catalogue the hub changed, a referral the network moved shows.
        services::ChangeNotifier &worker = desk->notifier();
        QObject::connect(&worker, &services::ChangeNotifier::syncChanged, controller, [controller] {
            if (controller->m_options.notifier)
                Q_EMIT controller->m_options.notifier->syncChanged();
        });
        QObject::connect(&worker, &services::ChangeNotifier::catalogueChanged, controller,
                         [controller] {
                             if (controller->m_options.notifier)
                                 Q_EMIT controller->m_options.notifier->catalogueChanged();
                         });
        QObject::connect(&worker, &services::ChangeNotifier::referralChanged, controller,
                         [controller](qint64 referralId, qint64 personId) {
                             if (controller->m_options.notifier)
                                 Q_EMIT controller->m_options.notifier->referralChanged(referralId,
                                                                                        personId);
                         });
    }
    if (!network) {
        network = makeNetwork ? makeNetwork() : nullptr;
        if (!network)
            network = systemNetwork()();
        QObject::connect(network.get(), &QNetworkAccessManager::proxyAuthenticationRequired,
                         network.get(),
                         [this](const QNetworkProxy &, QAuthenticator *authenticator) {
                             answerProxy(authenticator);
                         });
    }
    proxyAsked = false;
    round = std::make_unique<SyncRound>(desk->context(), secrets, *network,
                                        SyncRound::Options {forced, batchLimit, timeoutMs, random});
    SyncRound *current = round.get();
    QObject::connect(current, &SyncRound::progress, controller, [controller](int settled, int due) {
        Q_EMIT controller->progress(settled, due);
    });
    QObject::connect(current, &SyncRound::finished, current, [this, controller, current, forced] {
        const RoundResult result {current->error(), current->delivery(), forced};
        spent = std::move(round);
        QMetaObject::invokeMethod(controller,
                                  [controller, result] { controller->conclude(result); });
    });
    current->start();
}

void SyncController::Worker::teardown()
{
    if (round) {
        // Whatever it holds goes back to the queue now; nobody listens any more.
        QObject::disconnect(round.get(), nullptr, nullptr, nullptr);
        round->cancel();
    }
    round.reset();
    spent.reset();
    network.reset();
    desk.reset();
}

SyncController::SyncController(storage::Database &database, const Clock &clock,
                               crypto::SecretStore &secrets, Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_context(new QObject)
    , m_worker(std::make_shared<Worker>(database, clock, secrets, m_options))
{
    m_thread.setObjectName(u"sync"_s);
    m_context->moveToThread(&m_thread);
    // Direct: runs in the sync thread as it ends, before storage closes that thread's
    // connection, so the round is cancelled and the services go in the thread that made them.
    connect(
        &m_thread, &QThread::finished, m_context, [worker = m_worker] { worker->teardown(); },
        Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();

    m_period.setInterval(m_options.period);
    connect(&m_period, &QTimer::timeout, this, &SyncController::requestRound);
}

SyncController::~SyncController()
{
    m_period.stop();
    // quit() also ends a local event loop the keychain may be waiting in; the round in flight
    // is cancelled as the thread ends (Worker::teardown).
    m_thread.quit();
    if (!m_thread.wait(QDeadlineTimer(kShutdownWait))) {
        // Never leave a thread writing to a database that is about to close.
        qCWarning(lcSync) << "the sync thread is still busy; waiting for it to end";
        m_thread.wait();
    }
}

void SyncController::start()
{
    QTimer::singleShot(m_options.startDelay, this, &SyncController::requestRound);
    m_period.start();
    if (m_options.watchReachability)
        watchReachability();
}

void SyncController::requestRound()
{
    trigger(false);
}

void SyncController::syncNow()
{
    trigger(true);
}

void SyncController::cancel()
{
    m_pending = false;
    m_pendingForced = false;
    if (!m_running)
        return;
    QMetaObject::invokeMethod(m_context, [worker = m_worker] {
        if (worker->round)
            worker->round->cancel();
    });
}

void SyncController::setNetworkReachable(bool reachable)
{
    // A hint only: the network coming back is worth a try; its going never skips a round.
    if (reachable)
        requestRound();
}

void SyncController::setProxyCredentials(const QString &user, const QString &password)
{
    QMetaObject::invokeMethod(m_context, [worker = m_worker, user, password] {
        worker->proxyUser = user;
        worker->proxyPassword = password;
        worker->renewNetwork = true;
    });
}

void SyncController::trigger(bool forced)
{
    if (m_running) {
        m_pending = true;
        m_pendingForced = m_pendingForced || forced;
        return;
    }
    dispatch(forced);
}

void SyncController::dispatch(bool forced)
{
    m_running = true;
    Q_EMIT roundStarted(forced);
    QMetaObject::invokeMethod(m_context,
                              [this, worker = m_worker, forced] { worker->run(this, forced); });
}

void SyncController::conclude(const RoundResult &result)
{
    m_running = false;
    m_lastResult = result;
    const DeliveryReport &report = result.delivery;
    if (!result.error)
        qCInfo(lcSync) << "round: delivered" << report.delivered << "refused" << report.rejected;
    else if (result.error->code == ErrorCode::HubNotEnrolled)
        qCDebug(lcSync) << "round: not enrolled";
    else
        qCInfo(lcSync).noquote() << "round: delivered" << report.delivered << "refused"
                                 << report.rejected << "to retry" << report.retried << "-"
                                 << result.error->toLogString();
    Q_EMIT roundFinished(result);
    // A receiver may have started a round already; the remembered trigger then waits for it.
    if (m_pending && !m_running) {
        const bool forced = m_pendingForced;
        m_pending = false;
        m_pendingForced = false;
        dispatch(forced);
    }
}

void SyncController::watchReachability()
{
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend())
        (void)QNetworkInformation::loadBackendByFeatures(
            QNetworkInformation::Feature::Reachability);
    const QNetworkInformation *information = QNetworkInformation::instance();
    if (!information || !information->supports(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcSync) << "no reachability from the system: the period alone triggers rounds";
        return;
    }
    connect(information, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                setNetworkReachable(reachability == QNetworkInformation::Reachability::Online);
            });
}

} // namespace sportello::sync
