// SPDX-License-Identifier: GPL-3.0-or-later
// A writer thread for the backup tests: it commits one row per transaction into two probe
// tables (a row and the running total, so a copy read from more than one moment would find
// them apart), counting what it committed.
#pragma once

#include "connection.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/database.h"

#include <QDeadlineTimer>
#include <QThread>

#include <atomic>
#include <memory>

namespace sportello::test {

class ProbeWriter final
{
public:
    explicit ProbeWriter(storage::Database &database)
        : m_database(database)
    {
        using namespace Qt::StringLiterals;
        const storage::SqlConnection db = storage::connectionOf(database);
        m_ready = storage::run(db,
                               u"CREATE TABLE backup_probe (id INTEGER PRIMARY KEY, "
                               u"payload TEXT NOT NULL)"_s)
                      .ok()
            && storage::run(db,
                            u"CREATE TABLE backup_probe_total (id INTEGER PRIMARY KEY, total "
                            u"INTEGER)"_s)
                   .ok()
            && storage::run(db, u"INSERT INTO backup_probe_total(id, total) VALUES (1, 0)"_s).ok();
    }
    // However the test ends, the writer stops first (a QThread destroyed running aborts).
    ~ProbeWriter() { stop(); }
    ProbeWriter(const ProbeWriter &) = delete;
    ProbeWriter &operator=(const ProbeWriter &) = delete;

    [[nodiscard]] bool ready() const { return m_ready; }

    // Starts the thread and waits (up to 20 s) until `atLeast` rows are committed.
    [[nodiscard]] bool startAndWait(int atLeast)
    {
        using namespace Qt::StringLiterals;
        m_thread.reset(QThread::create([this] {
            const storage::SqlConnection connection = storage::connectionOf(m_database);
            for (int id = 1; id <= 200000 && !m_stop.load(); ++id) {
                const bool ok = storage::run(connection, u"BEGIN IMMEDIATE"_s).ok()
                    && storage::runValues(connection,
                                          u"INSERT INTO backup_probe(id, payload) VALUES (?, ?)"_s,
                                          {id, QString(200, u'x')})
                           .ok()
                    && storage::runValues(connection,
                                          u"UPDATE backup_probe_total SET total = ? WHERE id = 1"_s,
                                          {id})
                           .ok()
                    && storage::run(connection, u"COMMIT"_s).ok();
                if (!ok) {
                    m_failed = true;
                    return;
                }
                m_committed = id;
            }
        }));
        m_thread->start();
        const QDeadlineTimer deadline(20000);
        while (m_committed.load() < atLeast && !m_failed.load() && !deadline.hasExpired())
            QThread::msleep(5);
        return m_committed.load() >= atLeast;
    }

    void stop()
    {
        m_stop = true;
        if (m_thread)
            m_thread->wait();
    }

    [[nodiscard]] int committed() const { return m_committed.load(); }
    [[nodiscard]] bool failed() const { return m_failed.load(); }

private:
    storage::Database &m_database;
    bool m_ready = false;
    std::atomic<int> m_committed {0};
    std::atomic<bool> m_stop {false};
    std::atomic<bool> m_failed {false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace sportello::test
