// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "memorysecretstore.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/database.h"
#include "storage/interrupter.h"
#include "storage/migration.h"
#include "testhelpers.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::storage;

namespace {

struct Pragmas
{
    QString journalMode;
    int synchronous = -1;
    int foreignKeys = -1;
    int busyTimeout = -1;
    int secureDelete = -1;
    int applicationId = -1;
};

Pragmas readPragmas(const storage::SqlConnection &db)
{
    auto read = [&](const QString &name) {
        return scalar(db, u"PRAGMA "_s + name).value();
    };
    return Pragmas {read(u"journal_mode"_s).toString(), read(u"synchronous"_s).toInt(),
                    read(u"foreign_keys"_s).toInt(),    read(u"busy_timeout"_s).toInt(),
                    read(u"secure_delete"_s).toInt(),   read(u"application_id"_s).toInt()};
}

void checkPragmas(const Pragmas &p)
{
    CHECK(p.journalMode == u"wal"_s);
    CHECK(p.synchronous == 2); // FULL
    CHECK(p.foreignKeys == 1);
    CHECK(p.busyTimeout >= 5000);
    CHECK(p.secureDelete == 1);
    CHECK(p.applicationId == Database::kApplicationId);
}

} // namespace

TEST_CASE("every connection gets the pragmas, on the main thread and on workers", "[storage]")
{
    test::TempDir dir;
    auto db = Database::open(dir.filePath(u"a.db"_s), MigrationSet::application(),
                             sportello::test::databaseKey());
    REQUIRE(db.ok());
    checkPragmas(readPragmas(storage::connectionOf(**db)));

    Pragmas fromWorker;
    const sqlite3 *workerConnection = nullptr;
    QThread *worker = QThread::create([&] {
        const storage::SqlConnection connection = storage::connectionOf(**db);
        workerConnection = connection.handle();
        fromWorker = readPragmas(connection);
    });
    worker->start();
    REQUIRE(worker->wait(10000));
    delete worker;
    checkPragmas(fromWorker);
    CHECK(workerConnection != storage::connectionOf(**db).handle());
    // The worker's connection was closed and removed when its thread finished.
    CHECK(storage::DatabaseAccess::openConnections(**db) == 1);
}

TEST_CASE("another thread stops the statement a connection runs, and the connection goes on",
          "[storage]")
{
    test::TempDir dir;
    auto db = Database::open(dir.filePath(u"a.db"_s), MigrationSet::application(),
                             sportello::test::databaseKey());
    REQUIRE(db.ok());
    // Nothing to interrupt: harmless.
    StatementInterrupter().interrupt();

    std::atomic<bool> ready = false;
    StatementInterrupter interrupter;
    Result<QVariant> counted = makeError(ErrorCode::Internal, u"not run"_s);
    Result<QVariant> after = makeError(ErrorCode::Internal, u"not run"_s);
    QThread *worker = QThread::create([&] {
        const SqlConnection connection = connectionOf(**db);
        interrupter = StatementInterrupter::forCurrentThread(**db);
        ready = true;
        // Some two billion rows: minutes, unless it is stopped.
        counted = scalar(connection,
                         u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1"
                         " FROM c WHERE x < 2000000000) SELECT count(*) FROM c"_s);
        after = scalar(connection, u"SELECT 41 + 1"_s);
    });
    worker->start();
    // The interruption stops only a statement under way: repeated until the worker is done.
    QDeadlineTimer deadline(60000);
    while (!worker->wait(20) && !deadline.hasExpired()) {
        if (ready)
            interrupter.interrupt();
    }
    REQUIRE(worker->wait(120000));
    delete worker;
    REQUIRE_FALSE(counted.ok());
    CHECK(counted.error().code == ErrorCode::QueryFailed);
    REQUIRE(after.ok());
    CHECK(after->toInt() == 42);
}

TEST_CASE("the same thread reuses its connection", "[storage]")
{
    test::TempDir dir;
    auto db = Database::open(dir.filePath(u"a.db"_s), MigrationSet::application(),
                             sportello::test::databaseKey());
    REQUIRE(db.ok());
    CHECK(storage::connectionOf(**db).handle() == storage::connectionOf(**db).handle());
}

TEST_CASE("a file that is not a Sportello database is refused", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.filePath(u"other.db"_s);
    {
        // Encrypted under the same key, so that only its content tells it apart.
        storage::SqlConnection other
            = storage::SqlConnection::open(path, sportello::test::databaseKey().keyBytes(),
                                           sportello::test::databaseKey().salt())
                  .valueOr(storage::SqlConnection());
        REQUIRE(other.isOpen());
        storage::SqlQuery query(other);
        REQUIRE(query.exec(u"CREATE TABLE music(title TEXT)"_s));
        REQUIRE(query.exec(u"PRAGMA user_version = 3"_s));
    }

    auto db = Database::open(path, MigrationSet::application(), sportello::test::databaseKey());
    REQUIRE_FALSE(db.ok());
    CHECK(db.code() == ErrorCode::DatabaseNotSportello);
}

TEST_CASE("a text file is refused, not overwritten", "[storage]")
{
    const test::ExpectedWarnings refused({u"sportello.storage"_s}); // "connection failed"
    test::TempDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("these are not SQLite pages, and must survive an attempt to open them\n");
    file.close();

    auto db = Database::open(path, MigrationSet::application(), sportello::test::databaseKey());
    CHECK_FALSE(db.ok());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("these are not SQLite pages"));
}

TEST_CASE("integrity check and info", "[storage]")
{
    test::TempDir dir;
    auto db = Database::open(dir.filePath(u"a.db"_s), MigrationSet::application(),
                             sportello::test::databaseKey());
    REQUIRE(db.ok());
    auto info = (*db)->info(MigrationSet::application().latestVersion());
    REQUIRE(info.ok());
    CHECK(info->integrity == u"ok"_s);
    CHECK(info->schemaVersion == MigrationSet::application().latestVersion());
    CHECK(info->schemaVersion >= 1);
    CHECK(info->path.endsWith(u"a.db"_s));
    CHECK((*db)->checkpoint().ok());
}
