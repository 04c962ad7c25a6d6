// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"
#include "services/backupservice.h"
#include "support/result.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace sportello::services {

struct ServiceContext;

// Writes the desk's backups on a thread of its own, so that a large database never makes the
// window wait: the plan and the permission are read in the caller's thread, the copy runs on
// the worker's own database connection, telling its progress, and can be cancelled. The
// outcome is recorded (BackupService::record) back in the caller's thread. One backup at a
// time; every start that is accepted ends with exactly one finished().
class BackupRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupRunner)

public:
    // `context` must outlive the runner.
    explicit BackupRunner(const ServiceContext &context, QObject *parent = nullptr);
    // Cancels what runs and waits for the thread.
    ~BackupRunner() override;

    // A coordinator's backup into the plan's folder (ConfigureDesk; a refusal comes back
    // through finished()). False, nothing started, while another runs.
    bool runFor(const security::Actor &actor);
    // The schedule's backup (operator 0), when one is due at the clock's time; false when none
    // is due or one runs already.
    bool runIfDue();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    // Bytes done of the total; a total of 0 while the database is being copied.
    void progress(qint64 done, qint64 total);
    void finished(const sportello::Result<sportello::services::BackupOutcome> &outcome);

private:
    void start(qint64 operatorId);
    void finish(qint64 operatorId, const Result<BackupOutcome> &outcome);

    const ServiceContext &m_context;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_running = false;
};

} // namespace sportello::services
