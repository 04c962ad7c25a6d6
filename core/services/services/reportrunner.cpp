// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reportrunner.h"

#include "services/reportservice.h"
#include "services/servicecontext.h"
#include "storage/interrupter.h"

#include <QMutex>

using namespace Qt::StringLiterals;

namespace sportello::services {

struct ReportRunner::Running
{
    QMutex mutex;
    storage::StatementInterrupter statement; // empty between reports
};

ReportRunner::ReportRunner(const ServiceContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_worker(new QObject)
    , m_statement(std::make_shared<Running>())
{
    m_thread.setObjectName(u"reports"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ReportRunner::~ReportRunner()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

bool ReportRunner::run(const security::Actor &actor, const reports::Period &period)
{
    if (m_running)
        return false;
    m_running = true;
    const ReportService service(m_context);
    if (auto allowed = service.authorize(actor); !allowed) {
        // Answered like a report, after run() returned, as the caller expects.
        QMetaObject::invokeMethod(
            this,
            [this, error = allowed.error()] {
                m_running = false;
                Q_EMIT finished(error);
            },
            Qt::QueuedConnection);
        return true;
    }
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    // The worker posts back to this object; the destructor waits for the worker, and the posts
    // still pending then go with this object.
    QMetaObject::invokeMethod(
        m_worker, [this, period, cancelled = m_cancelled, running = m_statement] {
            // On the worker thread: its own connection, the clock only read.
            {
                const QMutexLocker locker(&running->mutex);
                running->statement
                    = storage::StatementInterrupter::forCurrentThread(m_context.database);
            }
            if (cancelled->load()) { // cancelled before the connection could be interrupted
                QMetaObject::invokeMethod(this, [this] {
                    m_running = false;
                    Q_EMIT finished(makeError(ErrorCode::Cancelled, u"cancelled"_s));
                });
                return;
            }
            auto report = ReportService(m_context).deskReportAsSystem(
                period, [this, cancelled](int done, int total) {
                    QMetaObject::invokeMethod(
                        this, [this, done, total] { Q_EMIT progress(done, total); });
                    return !cancelled->load();
                });
            {
                const QMutexLocker locker(&running->mutex);
                running->statement = {};
            }
            // A statement stopped by cancel() fails like any query: the person cancelled.
            if (!report && cancelled->load())
                report = makeError(ErrorCode::Cancelled, u"cancelled"_s);
            QMetaObject::invokeMethod(this, [this, report] {
                m_running = false;
                Q_EMIT finished(report);
            });
        });
    return true;
}

void ReportRunner::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
    const QMutexLocker locker(&m_statement->mutex);
    m_statement->statement.interrupt();
}

} // namespace sportello::services
