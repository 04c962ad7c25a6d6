// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/backuprunner.h"

#include "services/servicecontext.h"
#include "support/clock.h"
#include "support/logging.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace sportello::services {

BackupRunner::BackupRunner(const ServiceContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_worker(new QObject)
{
    m_thread.setObjectName(u"backup"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

BackupRunner::~BackupRunner()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
    // The worker is done; a backup whose end the event loop never delivered is recorded here,
    // so its file does not go without its audit row and its line on the home page.
    if (m_ended)
        record(*m_ended);
}

bool BackupRunner::runFor(const security::Actor &actor)
{
    if (m_running)
        return false;
    if (auto allowed = BackupService(m_context).authorize(actor); !allowed) {
        m_running = true;
        QMetaObject::invokeMethod(
            this,
            [this, error = allowed.error()] {
                m_running = false;
                Q_EMIT finished(error);
            },
            Qt::QueuedConnection);
        return true;
    }
    start(actor.operatorId);
    return true;
}

bool BackupRunner::runIfDue()
{
    if (m_running || !BackupService(m_context).isDue(m_context.clock.nowUtc()))
        return false;
    start(0);
    return true;
}

void BackupRunner::start(qint64 operatorId)
{
    m_running = true;
    const BackupService service(m_context);
    const BackupPlan plan = service.plan();
    const QString deskCode = service.deskCode();
    const QDateTime now = m_context.clock.nowUtc();
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    QMetaObject::invokeMethod(
        m_worker, [this, operatorId, plan, deskCode, now, cancelled = m_cancelled] {
            // On the worker thread: the database opens a connection of its own for it.
            // The copy asks often whether to go on; the window hears of it ten times a second.
            QElapsedTimer sinceShown;
            sinceShown.start();
            auto outcome = BackupService::writeBackup(
                m_context.database, plan.folder, deskCode, plan.keep, now,
                [this, cancelled, &sinceShown](qint64 done, qint64 total) {
                    if (!cancelled->load() && (sinceShown.elapsed() >= 100 || done == total)) {
                        sinceShown.restart();
                        QMetaObject::invokeMethod(
                            this, [this, done, total] { Q_EMIT progress(done, total); });
                    }
                    return !cancelled->load();
                });
            // Kept before finish() is asked for: the thread's end (the destructor's wait) and
            // the queued call both order this write before their read.
            m_ended = Ended {operatorId, std::move(outcome)};
            QMetaObject::invokeMethod(this, [this] { finish(); });
        });
}

void BackupRunner::record(const Ended &ended) const
{
    if (auto recorded = BackupService(m_context).record(ended.operatorId, ended.outcome); !recorded)
        qCWarning(lcServices) << "the backup's outcome was not recorded:"
                              << recorded.error().toLogString();
}

void BackupRunner::finish()
{
    if (!m_ended)
        return;
    const Ended ended = std::move(*m_ended);
    m_ended.reset();
    record(ended);
    m_running = false;
    Q_EMIT finished(ended.outcome);
}

void BackupRunner::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

} // namespace sportello::services
