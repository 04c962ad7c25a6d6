// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migration.h"
#include "sql.h"
#include "support/logging.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {
QAtomicInteger<quint64> s_instanceCounter;

Status execPragma(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma))
        return toError(query.lastError(), pragma);
    return {};
}
} // namespace

Status applyConnectionPragmas(const QSqlDatabase &db)
{
    const QString pragmas[] = {
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA busy_timeout = %1"_s.arg(Database::kBusyTimeoutMs),
        u"PRAGMA synchronous = FULL"_s,
        u"PRAGMA secure_delete = ON"_s,
        u"PRAGMA temp_store = MEMORY"_s,
    };
    for (const QString &pragma : pragmas) {
        if (auto status = execPragma(db, pragma); !status)
            return status;
    }
    auto mode = scalar(db, u"PRAGMA journal_mode = WAL"_s);
    if (!mode)
        return mode.error();
    if (mode->toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::DatabaseOpenFailed,
                         u"journal_mode stays %1 instead of wal"_s.arg(mode->toString()));
    auto fk = scalar(db, u"PRAGMA foreign_keys"_s);
    if (!fk || fk->toInt() != 1)
        return makeError(ErrorCode::DatabaseOpenFailed, u"foreign_keys could not be enabled"_s);
    return {};
}

Database::Database(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionPrefix(u"sportello-%1-"_s.arg(s_instanceCounter.fetchAndAddRelaxed(1)))
    , m_ownerThread(QThread::currentThread())
{ }

Result<std::unique_ptr<Database>> Database::open(const QString &filePath,
                                                 const MigrationSet &migrations)
{
    std::unique_ptr<Database> database(new Database(QFileInfo(filePath).absoluteFilePath()));
    const QSqlDatabase db = database->connection();
    if (!db.isOpen())
        return makeError(ErrorCode::DatabaseOpenFailed,
                         u"cannot open %1: %2"_s.arg(filePath, db.lastError().text()));

    auto appId = scalar(db, u"PRAGMA application_id"_s);
    auto version = scalar(db, u"PRAGMA user_version"_s);
    if (!appId || !version)
        return makeError(ErrorCode::DatabaseNotSportello, u"unreadable header"_s);
    const int id = appId->toInt();
    const int schema = version->toInt();
    if (id != kApplicationId && (id != 0 || schema != 0))
        return makeError(ErrorCode::DatabaseNotSportello,
                         u"application_id %1, user_version %2"_s.arg(id).arg(schema));
    if (schema > migrations.latestVersion())
        return makeError(ErrorCode::DatabaseTooNew,
                         u"schema %1 is newer than this program's %2"_s.arg(schema).arg(
                             migrations.latestVersion()),
                         {QString::number(schema), QString::number(migrations.latestVersion())});
    if (id == 0) {
        if (auto status = execPragma(db, u"PRAGMA application_id = %1"_s.arg(kApplicationId));
            !status)
            return status.error();
    }
    if (auto status = migrations.apply(db); !status)
        return status.error();
    return database;
}

Database::~Database()
{
    QMutexLocker locker(&m_mutex);
    const QList<QThread *> threads = m_connections.keys();
    locker.unlock();
    // Workers are expected to have finished; whatever is left is closed from here.
    for (QThread *thread : threads)
        closeConnection(thread);
}

QSqlDatabase Database::connection()
{
    QThread *thread = QThread::currentThread();
    QMutexLocker locker(&m_mutex);
    if (const auto it = m_connections.constFind(thread); it != m_connections.cend())
        return QSqlDatabase::database(*it, false);

    const QString name = m_connectionPrefix + QString::number(++m_connectionCounter);
    m_connections.insert(thread, name);
    if (thread != m_ownerThread) {
        // A worker's connection must be closed by the worker itself, before it goes away.
        m_finishedHooks.insert(thread,
                               QObject::connect(
                                   thread, &QThread::finished, thread,
                                   [this, thread] { closeConnection(thread); },
                                   Qt::DirectConnection));
    }
    locker.unlock();

    auto opened = openConnection(name);
    if (!opened) {
        qCWarning(lcStorage).noquote() << "connection failed:" << opened.error().toLogString();
        return QSqlDatabase::database(name, false);
    }
    return *opened;
}

void Database::closeConnection(QThread *thread)
{
    QMutexLocker locker(&m_mutex);
    const QString name = m_connections.take(thread);
    QObject::disconnect(m_finishedHooks.take(thread));
    locker.unlock();
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> Database::openConnection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open())
        return makeError(ErrorCode::DatabaseOpenFailed, db.lastError().text());
    if (auto status = applyConnectionPragmas(db); !status)
        return status.error();
    return db;
}

Status Database::checkpoint()
{
    auto result = run(connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (!result)
        return result.error();
    if (result->next() && result->value(0).toInt() != 0)
        return makeError(ErrorCode::DatabaseBusy, u"checkpoint blocked by a reader or writer"_s);
    return {};
}

int Database::schemaVersion()
{
    return scalar(connection(), u"PRAGMA user_version"_s).valueOr(QVariant(-1)).toInt();
}

Result<QString> Database::integrityCheck()
{
    auto query = run(connection(), u"PRAGMA integrity_check"_s);
    if (!query)
        return query.error();
    QStringList problems;
    while (query->next())
        problems.append(query->value(0).toString());
    return problems.join(u'\n');
}

Result<DatabaseInfo> Database::info(int programSchemaVersion)
{
    auto integrity = integrityCheck();
    if (!integrity)
        return integrity.error();
    return DatabaseInfo {m_filePath, schemaVersion(), programSchemaVersion, *integrity};
}

} // namespace sportello::storage
