// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to storage (and to white-box tests): the desk's own small layer over the SQLite C
// API, linked against SQLCipher (decision 28). Qt's QSQLITE driver cannot open an encrypted
// database, and one process must never load both libsqlcipher and the system libsqlite3 (they
// export the same symbols), so no part of the desk uses Qt Sql. The two classes keep the
// shape of the SqlConnection/SqlQuery subset storage used before.
#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace sportello::storage {

// An SQLite failure: the extended result code and SQLite's message.
struct SqlError
{
    int code = 0; // 0: no error
    QString message;

    [[nodiscard]] bool isValid() const { return code != 0; }
    [[nodiscard]] int primaryCode() const { return code & 0xff; }
    [[nodiscard]] QString text() const { return message; }
};

// One open connection, shared by copies; closed when the last copy goes (statements still
// alive keep it until they are finalized). An empty SqlConnection is not open.
class SqlConnection final
{
public:
    SqlConnection() = default;

    static constexpr qsizetype kKeyBytes = 32;
    static constexpr qsizetype kSaltBytes = 16;
    static constexpr int kBusyTimeoutMs = 5000;

    // Opens (creating if needed) the database at `path`. With a `key` (32 raw bytes) the file
    // is SQLCipher-encrypted under it, and a `salt` (16 bytes) chosen for a new file must be the
    // file's own for an existing one; a wrong key fails here (DatabaseKeyRejected), not at the
    // first query. Without a key the file is plain: only tests and the migration of a profile
    // from before decision 30 open one; Database never does.
    [[nodiscard]] static Result<SqlConnection> open(const QString &path, QByteArrayView key,
                                                    QByteArrayView salt = {});

    [[nodiscard]] bool isOpen() const { return m_handle != nullptr; }
    [[nodiscard]] sqlite3 *handle() const;
    [[nodiscard]] SqlError lastError() const;
    // Whether a transaction is open on it. SQLite may have rolled one back by itself (a full
    // disk, an I/O error, memory): then there is nothing left to roll back.
    [[nodiscard]] bool inTransaction() const;

private:
    struct Handle;
    std::shared_ptr<Handle> m_handle;
};

// A statement on a connection: prepare, bind in order, exec, then read rows with next().
class SqlQuery final
{
public:
    explicit SqlQuery(SqlConnection connection);
    ~SqlQuery();
    SqlQuery(SqlQuery &&other) noexcept;
    SqlQuery &operator=(SqlQuery &&other) noexcept;
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    [[nodiscard]] bool prepare(const QString &sql);
    void addBindValue(const QVariant &value);
    // Runs the prepared statement with the bound values (from the start again if it ran).
    [[nodiscard]] bool exec();
    // Prepares and runs one statement without values.
    [[nodiscard]] bool exec(const QString &sql);
    // The next row, the first after exec(); false at the end or on an error (lastError()).
    bool next(); // not [[nodiscard]]: a statement known to yield one row is stepped onto it
    // Column `index` of the current row: qlonglong, double, QString, QByteArray, or for SQL
    // NULL a null QString (valid and isNull()); an invalid QVariant past the last column.
    [[nodiscard]] QVariant value(int index) const;
    [[nodiscard]] QVariant lastInsertId() const { return m_lastInsertId; }
    [[nodiscard]] int numRowsAffected() const { return m_rowsAffected; }
    [[nodiscard]] SqlError lastError() const { return m_error; }
    // Ends the statement (and the read it holds) while keeping it prepared.
    void finish();
    void setForwardOnly(bool) { } // always forward only

private:
    bool fail();
    bool step();

    SqlConnection m_connection;
    sqlite3_stmt *m_statement = nullptr;
    QVariantList m_values;
    SqlError m_error;
    QVariant m_lastInsertId;
    int m_rowsAffected = -1;
    bool m_pendingRow = false; // exec() stepped onto a row next() has not returned yet
    bool m_onRow = false;
};

} // namespace sportello::storage
