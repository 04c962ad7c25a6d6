// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/deskreport.h"
#include "security/permissions.h"
#include "support/result.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace sportello::services {

struct ServiceContext;

// Computes desk reports on a thread of its own, so a year of sessions never makes the window
// wait: the coordinator's permission is checked in the caller's thread (refusals are audited
// there), then the report runs on the worker's own database connection, telling its progress,
// and can be cancelled. One report at a time; every run() that is accepted ends with exactly
// one finished().
class ReportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportRunner)

public:
    // `context` must outlive the runner; its database opens a connection for the worker.
    explicit ReportRunner(const ServiceContext &context, QObject *parent = nullptr);
    // Cancels what runs and waits for the thread.
    ~ReportRunner() override;

    // Starts the report of `period`; false (nothing started) while another runs. A refusal
    // comes back through finished() like any other error.
    bool run(const security::Actor &actor, const reports::Period &period);
    // Stops the report under way: it finishes with ErrorCode::Cancelled.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const sportello::Result<sportello::reports::DeskReport> &report);

private:
    const ServiceContext &m_context;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; the lambdas posted to it run there
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    // The worker's connection while a report runs, so that cancel() stops the statement under
    // way too (a statement over a year of sessions runs for a while).
    struct Running;
    std::shared_ptr<Running> m_statement;
    bool m_running = false;
};

} // namespace sportello::services
