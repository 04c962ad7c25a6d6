// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/batchwriter.h"

#include "hub/backend.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QObject>
#include <QUuid>

#include <chrono>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHubWriter, "sportello.hub.writer", QtInfoMsg)

namespace sportello::hub {

Result<std::unique_ptr<BatchWriter>> BatchWriter::start(const QString &databaseUrl, Limits limits)
{
    std::unique_ptr<BatchWriter> writer(new BatchWriter(limits));
    std::promise<Status> opened;
    std::future<Status> ready = opened.get_future();
    writer->m_thread = std::thread(&BatchWriter::run, writer.get(), databaseUrl, &opened);
    if (Status status = ready.get(); !status) {
        writer->m_thread.join();
        return status.error();
    }
    auto url = detail::parseDatabaseUrl(databaseUrl);
    if (url && url->engine == detail::Engine::Sqlite && limits.checkpointEveryMs > 0)
        writer->m_checkpointer = std::thread(&BatchWriter::checkpoints, writer.get(), databaseUrl);
    return writer;
}

BatchWriter::~BatchWriter()
{
    stop();
}

bool BatchWriter::submit(IngestBatch batch, const QDateTime &now, QObject *context, Done done)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping || m_queuedEvents + batch.events.size() > m_limits.queuedEvents)
            return false;
        m_queuedEvents += batch.events.size();
        m_queue.append(Job {std::move(batch), now, context, std::move(done)});
    }
    m_wake.notify_one();
    return true;
}

void BatchWriter::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_tick.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    if (m_checkpointer.joinable())
        m_checkpointer.join();
}

void BatchWriter::checkpoints(const QString &databaseUrl)
{
    auto store = openStore(
        databaseUrl, u"hub-checkpoint-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!store) {
        qCWarning(lcHubWriter).noquote()
            << "no background checkpoints:" << store.error().toLogString();
        return;
    }
    bool warned = false;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (m_tick.wait_for(lock, std::chrono::milliseconds(m_limits.checkpointEveryMs),
                                [this] { return m_stopping; }))
                break;
        }
        // A failure is not fatal: commits checkpoint by themselves past a bound.
        if (auto done = (*store)->checkpoint(); !done && !std::exchange(warned, true))
            qCWarning(lcHubWriter).noquote() << "checkpoint failed:" << done.error().toLogString();
    }
    store->reset();
}

void BatchWriter::run(const QString &databaseUrl, std::promise<Status> *opened)
{
    // The connection belongs to this thread: opened, used and closed here.
    auto store = openStore(databaseUrl,
                           u"hub-writer-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!store) {
        opened->set_value(store.error());
        return;
    }
    opened->set_value({});
    for (;;) {
        QList<Job> jobs;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.isEmpty(); });
            if (m_queue.isEmpty())
                break; // stopping, and nothing left to store
            // Whole batches, as many as fit in one transaction (at least one).
            qsizetype events = 0;
            qsizetype take = 0;
            while (take < m_queue.size()
                   && (take == 0
                       || events + m_queue.at(take).batch.events.size()
                           <= m_limits.eventsPerTransaction)) {
                events += m_queue.at(take).batch.events.size();
                ++take;
            }
            if (take == m_queue.size()) {
                jobs.swap(m_queue);
            } else {
                jobs.reserve(take);
                for (qsizetype i = 0; i < take; ++i)
                    jobs.append(std::move(m_queue[i]));
                m_queue.remove(0, take);
            }
            m_queuedEvents -= events;
        }
        QList<IngestBatch> batches;
        batches.reserve(jobs.size());
        for (const Job &job : std::as_const(jobs))
            batches.append(job.batch);
        // One clock reading for the transaction: the latest of its batches' arrivals.
        QDateTime now = jobs.constFirst().now;
        for (const Job &job : std::as_const(jobs))
            now = std::max(now, job.now);
        auto stored = (*store)->ingestMany(batches, now);
        if (stored) {
            batches.clear(); // each batch's last reference is its job's, handed back below
            for (qsizetype i = 0; i < jobs.size(); ++i)
                deliver(jobs[i], stored->at(i));
            continue;
        }
        // One batch's failure must not fail the others it was grouped with: each again on
        // its own.
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            if (jobs.size() == 1) {
                deliver(jobs[i], stored.error());
                break;
            }
            auto alone = (*store)->ingestMany({batches.at(i)}, now);
            if (alone)
                deliver(jobs[i], alone->constFirst());
            else
                deliver(jobs[i], alone.error());
        }
    }
    store->reset();
}

void BatchWriter::deliver(Job &job, Result<QList<IngestResult>> result)
{
    // The batch goes back with its result and is freed on the thread that made it: freeing
    // another thread's allocations here made both threads queue on the allocator's lock.
    QMetaObject::invokeMethod(
        job.context,
        [done = std::move(job.done), result = std::move(result), batch = std::move(job.batch)] {
            done(result);
        },
        Qt::QueuedConnection);
}

} // namespace sportello::hub
