// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <utility>

// The two databases a hub runs on, and what differs between them: how to connect, the
// per-connection settings, how a write transaction begins, which failures are worth a retry
// and how to back up. Private to the store.
namespace sportello::hub::detail {

enum class Engine { Sqlite, Postgres };

// The rows of a statement the backend keeps: good until the same statement runs again. When
// the Rows are gone the statement is finished, so a connection never keeps a read snapshot
// between requests (under SQLite it would stop checkpoints from emptying the log).
class Rows final
{
public:
    explicit Rows(QSqlQuery *query)
        : m_query(query)
    { }
    Rows(Rows &&other) noexcept
        : m_query(std::exchange(other.m_query, nullptr))
    { }
    Rows &operator=(Rows &&other) noexcept
    {
        if (this != &other) {
            if (m_query != other.m_query) // the same statement run again: its new rows stay
                release();
            m_query = std::exchange(other.m_query, nullptr);
        }
        return *this;
    }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    ~Rows() { release(); }
    [[nodiscard]] bool next() { return m_query->next(); }
    [[nodiscard]] QVariant value(int column) const { return m_query->value(column); }
    [[nodiscard]] int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    void release()
    {
        if (m_query)
            m_query->finish();
    }

    QSqlQuery *m_query;
};

struct DatabaseUrl
{
    Engine engine = Engine::Sqlite;
    QString path; // SQLite
    QString host; // PostgreSQL: a host name or a socket directory
    int port = 5432;
    QString user;
    QString password;
    QString database;
};
// "sqlite:PATH", a plain path, or "postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME";
// InvalidArgument for anything else.
[[nodiscard]] Result<DatabaseUrl> parseDatabaseUrl(const QString &url);

// Values as the hub's tables keep them, the same on both backends. A time is its wire form
// (UTC, whole seconds); an invalid time is empty text, or NULL where the column takes one.
[[nodiscard]] QString timeText(const QDateTime &time);
[[nodiscard]] QVariant nullableTime(const QDateTime &time);
[[nodiscard]] QDateTime readTime(const QVariant &value);
// Qt Sql binds a null QString as NULL: text for a NOT NULL column that may be empty.
[[nodiscard]] QString orEmpty(const QString &text);
// "?, ?, ?": the placeholders of an IN list of `count` values.
[[nodiscard]] QString placeholders(qsizetype count);

class Backend final
{
public:
    // Opens the connection with its settings and brings the schema up to date.
    [[nodiscard]] static Result<Backend> open(const DatabaseUrl &url, const QString &name);

    [[nodiscard]] Engine engine() const { return m_engine; }
    [[nodiscard]] QSqlDatabase &connection() { return m_db; }

    // Drops the kept statements and closes the connection (before removeDatabase()).
    void close();

    [[nodiscard]] Status begin();
    // A read-only transaction whose statements all see one snapshot (a report's counts agree
    // with each other) and that blocks no writer; ended by commit().
    [[nodiscard]] Status beginSnapshot();
    [[nodiscard]] Status commit();
    void rollback();

    // Runs a statement with positional values, prepared once per connection and kept (the
    // rows of the previous statement are gone);
    // QueryFailed with the driver's words. The query is good until the same statement runs
    // again.
    [[nodiscard]] Result<Rows> run(const QString &sql, const QVariantList &values = {});
    // Whether a failed transaction may succeed when run again (a deadlock or a serialization
    // failure under PostgreSQL, a busy SQLite database, a PostgreSQL connection that was lost
    // and is open again).
    [[nodiscard]] static bool isRetryable(const Error &error);

private:
    Backend(Engine engine, QSqlDatabase db)
        : m_engine(engine)
        , m_db(std::move(db))
    { }
    [[nodiscard]] Status applySettings();
    [[nodiscard]] Status migrate();
    [[nodiscard]] Result<Rows> runOnce(const QString &sql, const QVariantList &values);
    // After a statement failed with `sqlState` under PostgreSQL: when the server no longer
    // answers on this connection (it restarted, or a network cut it), opens a new one. True
    // when it did.
    [[nodiscard]] bool reconnectIfLost(const QString &sqlState);

    void finishAll();

    Engine m_engine;
    QSqlDatabase m_db;
    // Kept by statement text; owned here so their addresses stay put.
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    // The statements of the last lost connection: a caller's Rows may still point at one.
    QList<std::shared_ptr<QSqlQuery>> m_retired;
    bool m_inTransaction = false;
    static constexpr qint64 kReconnectIntervalMs = 1000;
    QElapsedTimer m_lastReconnect; // the last failed attempt to reconnect
};

} // namespace sportello::hub::detail
