// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QHash>
#include <QMetaObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QThread;

namespace sportello::storage {

class MigrationSet;

// What `db info` and the About dialog show about a database.
struct DatabaseInfo
{
    QString path;
    int schemaVersion = 0;
    int programSchemaVersion = 0;
    QString integrity; // "ok" or SQLite's first complaint
};

// Owns one SQLite file: opens a connection per thread with the project's pragmas on each, and
// brings the schema up to date at open. All SQL goes through connections obtained here.
class Database final
{
public:
    // "SPRT": marks the file as ours in the SQLite header.
    static constexpr int kApplicationId = 0x53505254;
    static constexpr int kBusyTimeoutMs = 5000;

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &filePath,
                                                                const MigrationSet &migrations);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // The calling thread's connection, opened with the pragmas on first use. A connection
    // belongs to its thread: worker threads get their own, closed when the thread finishes.
    [[nodiscard]] QSqlDatabase connection();
    [[nodiscard]] const QString &filePath() const { return m_filePath; }
    [[nodiscard]] int schemaVersion();
    [[nodiscard]] Result<QString> integrityCheck();
    [[nodiscard]] Result<DatabaseInfo> info(int programSchemaVersion);
    // Folds the WAL back into the main file and truncates it.
    [[nodiscard]] Status checkpoint();

private:
    explicit Database(QString filePath);
    [[nodiscard]] Result<QSqlDatabase> openConnection(const QString &name);
    void closeConnection(QThread *thread);

    QString m_filePath;
    QString m_connectionPrefix;
    QThread *m_ownerThread = nullptr;
    QMutex m_mutex;
    int m_connectionCounter = 0;
    QHash<QThread *, QString> m_connections;
    QHash<QThread *, QMetaObject::Connection> m_finishedHooks;
};

// Applies the project's pragmas to a freshly opened connection and checks they took effect.
[[nodiscard]] Status applyConnectionPragmas(const QSqlDatabase &db);

} // namespace sportello::storage
