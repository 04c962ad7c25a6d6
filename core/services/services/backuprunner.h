// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"
#include "services/backupservice.h"
#include "support/result.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

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
    // Cancels what runs, waits for the thread, and records how the last backup ended when the
    // window never heard of it (the app quitting in that instant).
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
    // How a backup ended, for whoever records it.
    struct Ended
    {
        qint64 operatorId = 0;
        Result<BackupOutcome> outcome;
    };

    void start(qint64 operatorId);
    void finish();
    void record(const Ended &ended) const;

    const ServiceContext &m_context;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_running = false;
    // How the running backup ended, set by the worker before it tells finish(); read by
    // finish() or, at the end, by the destructor once the thread is done.
    std::optional<Ended> m_ended;
};

} // namespace sportello::services
