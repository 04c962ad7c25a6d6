// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "connection.h"
#include "encryptedcopy.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/databasekey.h"
#include "storage/migration.h"
#include "storage/recoveryslot.h"
#include "support/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QUuid>

#include <optional>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {
Status execPragma(const SqlConnection &db, const QString &pragma)
{
    SqlQuery query(db);
    if (!query.exec(pragma))
        return toError(query.lastError(), pragma);
    return {};
}
} // namespace

// SqlConnection::open sets the busy timeout itself, before its first read.
static_assert(SqlConnection::kBusyTimeoutMs == Database::kBusyTimeoutMs);

Status applyConnectionPragmas(const SqlConnection &db)
{
    const QString pragmas[] = {
        u"PRAGMA foreign_keys = ON"_s,
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

struct Database::Private
{
    // One thread's connection and the write transaction open on it.
    struct Connection
    {
        SqlConnection sql; // empty while it is being opened, or when opening failed
        QMetaObject::Connection finishedHook;
        std::shared_ptr<TransactionState> transaction;
    };

    QString filePath;
    DatabaseKey key;
    QThread *ownerThread = nullptr;
    std::optional<Error> lastOpenError; // why the last connection could not be opened
    mutable QMutex mutex;
    QHash<QThread *, Connection> connections;

    [[nodiscard]] Result<SqlConnection> openConnection() const;
    void closeConnection(QThread *thread);
};

Database::Database(QString filePath, const DatabaseKey &key)
    : d(std::make_unique<Private>())
{
    d->filePath = std::move(filePath);
    d->key = key;
    d->ownerThread = QThread::currentThread();
}

Result<std::unique_ptr<Database>>
Database::open(const QString &filePath, const MigrationSet &migrations, const DatabaseKey &key)
{
    if (key.isNull())
        return makeError(ErrorCode::DatabaseKeyRejected, u"no database key"_s);
    std::unique_ptr<Database> database(new Database(QFileInfo(filePath).absoluteFilePath(), key));
    const SqlConnection db = DatabaseAccess::connection(*database);
    if (!db.isOpen()) {
        const QMutexLocker locker(&database->d->mutex);
        return database->d->lastOpenError.value_or(
            makeError(ErrorCode::DatabaseOpenFailed, u"cannot open %1"_s.arg(filePath)));
    }

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
    if (auto status = applyMigrations(migrations, *database); !status)
        return status.error();
    return database;
}

Database::~Database()
{
    QMutexLocker locker(&d->mutex);
    const QList<QThread *> threads = d->connections.keys();
    locker.unlock();
    // Workers are expected to have finished; whatever is left is closed from here.
    for (QThread *thread : threads)
        d->closeConnection(thread);
}

const QString &Database::filePath() const
{
    return d->filePath;
}

bool Database::inTransaction() const
{
    return DatabaseAccess::transaction(*this) != nullptr;
}

Status Database::sealKeyForRecovery(const QString &recoveryKeyText) const
{
    return RecoverySlot::write(QFileInfo(d->filePath).absolutePath(), d->key, recoveryKeyText);
}

bool Database::hasRecoverySlot() const
{
    return RecoverySlot::exists(QFileInfo(d->filePath).absolutePath());
}

SqlConnection DatabaseAccess::connection(Database &database)
{
    Database::Private &d = *database.d;
    QThread *thread = QThread::currentThread();
    QMutexLocker locker(&d.mutex);
    if (const auto it = d.connections.constFind(thread); it != d.connections.cend())
        return it->sql;

    Database::Private::Connection &entry = d.connections[thread];
    if (thread != d.ownerThread) {
        // A worker's connection must be closed by the worker itself, before it goes away.
        entry.finishedHook = QObject::connect(
            thread, &QThread::finished, thread, [&d, thread] { d.closeConnection(thread); },
            Qt::DirectConnection);
    }
    locker.unlock();

    auto opened = d.openConnection();
    if (!opened) {
        qCWarning(lcStorage).noquote() << "connection failed:" << opened.error().toLogString();
        locker.relock();
        d.lastOpenError = opened.error();
        locker.unlock();
        // Never hand out a connection without the project's pragmas (no WAL, no foreign keys):
        // forget it, so every query fails and the next call tries again.
        d.closeConnection(thread);
        return {};
    }
    locker.relock();
    if (const auto it = d.connections.find(thread); it != d.connections.end())
        it->sql = *opened;
    return *opened;
}

std::shared_ptr<TransactionState> DatabaseAccess::transaction(const Database &database)
{
    const Database::Private &d = *database.d;
    QMutexLocker locker(&d.mutex);
    const auto it = d.connections.constFind(QThread::currentThread());
    return it == d.connections.cend() ? nullptr : it->transaction;
}

void DatabaseAccess::setTransaction(Database &database, std::shared_ptr<TransactionState> state)
{
    Database::Private &d = *database.d;
    QMutexLocker locker(&d.mutex);
    if (const auto it = d.connections.find(QThread::currentThread()); it != d.connections.end())
        it->transaction = std::move(state);
}

int DatabaseAccess::openConnections(const Database &database)
{
    QMutexLocker locker(&database.d->mutex);
    return int(database.d->connections.size());
}

void Database::Private::closeConnection(QThread *thread)
{
    QMutexLocker locker(&mutex);
    Connection entry = connections.take(thread);
    QObject::disconnect(entry.finishedHook);
    locker.unlock();
    // Closed when the last copy and the last statement on it go.
    entry.sql = {};
}

Result<SqlConnection> Database::Private::openConnection() const
{
    // A new file takes the key's salt (the keychain entry is named after it); an existing one
    // keeps its own, which is the same for a file this key made.
    QByteArray salt;
    if (databaseFileKind(filePath, &salt) != DatabaseFileKind::Encrypted)
        salt = key.salt();
    auto db = SqlConnection::open(filePath, key.keyBytes(), salt);
    if (!db)
        return db.error();
    if (auto status = applyConnectionPragmas(*db); !status)
        return status.error();
    return db;
}

Status Database::checkpoint()
{
    auto result = run(DatabaseAccess::connection(*this), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (!result)
        return result.error();
    if (result->next() && result->value(0).toInt() != 0)
        return makeError(ErrorCode::DatabaseBusy, u"checkpoint blocked by a reader or writer"_s);
    return {};
}

namespace {
// SQLite's progress handler: a non-zero answer interrupts the statement under way.
int askKeepGoing(void *keepGoing)
{
    return (*static_cast<const std::function<bool()> *>(keepGoing))() ? 0 : 1;
}
} // namespace

Status Database::backupTo(const QString &outPath, const std::function<bool()> &keepGoing) const
{
    if (QFileInfo::exists(outPath))
        return makeError(ErrorCode::FileUnwritable, u"the backup file exists already"_s, {outPath});
    // A name of its own: two backups to the same place never share (or remove) a partial file.
    const QString partial
        = outPath + u".partial-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    const auto removePartial = [&partial] {
        for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(partial + suffix);
    };
    QByteArray salt;
    if (databaseFileKind(d->filePath, &salt) != DatabaseFileKind::Encrypted)
        return makeError(ErrorCode::DatabaseCorrupt, u"the database is not an encrypted file"_s);
    Status copied = [&]() -> Status {
        auto source = d->openConnection();
        if (!source)
            return source.error();
        if (keepGoing)
            sqlite3_progress_handler(source->handle(), 4096, askKeepGoing,
                                     const_cast<std::function<bool()> *>(&keepGoing));
        Status exported = exportEncrypted(*source, partial, d->key.keyBytes(), salt);
        if (keepGoing) {
            sqlite3_progress_handler(source->handle(), 0, nullptr, nullptr);
            if (!exported && !keepGoing())
                return makeError(ErrorCode::Cancelled, u"backup cancelled"_s);
        }
        return exported;
    }();
    if (copied)
        copied = verifyEncrypted(partial, d->key.keyBytes(), salt);
    if (copied) {
        // Not an empty file a failed export left behind: the copy is of this schema.
        auto copy = SqlConnection::open(partial, d->key.keyBytes(), salt);
        const int version = copy ? scalar(*copy, u"PRAGMA user_version"_s).valueOr(0).toInt() : 0;
        if (version <= 0)
            copied = makeError(ErrorCode::DatabaseCorrupt, u"the backup holds no schema"_s);
    }
    if (copied && !QFile::rename(partial, outPath))
        copied = makeError(ErrorCode::FileUnwritable, u"cannot name the backup"_s, {outPath});
    if (!copied)
        removePartial();
    return copied;
}

int Database::schemaVersion()
{
    return scalar(DatabaseAccess::connection(*this), u"PRAGMA user_version"_s)
        .valueOr(QVariant(-1))
        .toInt();
}

Result<QString> Database::integrityCheck()
{
    auto query = run(DatabaseAccess::connection(*this), u"PRAGMA integrity_check"_s);
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
    return DatabaseInfo {d->filePath, schemaVersion(), programSchemaVersion, *integrity};
}

} // namespace sportello::storage
