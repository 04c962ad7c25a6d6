// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/store.h"
#include "support/result.h"

#include <QDateTime>

#include <condition_variable>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

class QObject;

// Stores the desks' batches off the HTTP thread, on a connection of its own: while one
// transaction commits, the batches that arrive queue up and go into the next one together
// (a group commit: one disk sync and one write of each touched page for all of them). The
// HTTP thread meanwhile decrypts, parses and checks the next requests. Under SQLite a third
// thread, on a third connection, checkpoints the write-ahead log in the background, so no
// commit stalls copying the log into the database.
namespace sportello::hub {

class BatchWriter final
{
public:
    using Done = std::function<void(Result<QList<IngestResult>>)>;

    struct Limits
    {
        int eventsPerTransaction = 5000; // a transaction takes whole batches up to this
        int queuedEvents = 50000; // beyond this, submit() refuses: the hub is overloaded
        int checkpointEveryMs = 200; // SQLite: the log is copied into the database this often
    };

    // Opens the writer's own connection to the database at `databaseUrl` on its thread.
    [[nodiscard]] static Result<std::unique_ptr<BatchWriter>> start(const QString &databaseUrl,
                                                                    Limits limits);
    BatchWriter(const BatchWriter &) = delete;
    BatchWriter &operator=(const BatchWriter &) = delete;
    // Stores what is queued, then closes the connection.
    ~BatchWriter();

    // Queues a batch; `done` runs on `context`'s thread once the batch is stored (or failed).
    // `context` must outlive stop(). False, and nothing queued, when the queue is full or the
    // writer is stopping.
    [[nodiscard]] bool submit(IngestBatch batch, const QDateTime &now, QObject *context, Done done);
    // Stores what is queued and stops; submit() refuses from then on.
    void stop();

private:
    struct Job
    {
        IngestBatch batch;
        QDateTime now;
        QObject *context = nullptr;
        Done done;
    };

    explicit BatchWriter(Limits limits)
        : m_limits(limits)
    { }
    void run(const QString &databaseUrl, std::promise<Status> *opened);
    void checkpoints(const QString &databaseUrl);
    void deliver(Job &job, Result<QList<IngestResult>> result);

    Limits m_limits;
    std::thread m_thread;
    std::thread m_checkpointer;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_tick;
    QList<Job> m_queue; // guarded by m_mutex
    qsizetype m_queuedEvents = 0; // guarded by m_mutex
    bool m_stopping = false; // guarded by m_mutex
};

} // namespace sportello::hub
