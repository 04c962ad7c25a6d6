// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "memorysecretstore.h"
#include "rawdatabase.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/database.h"
#include "storage/migration.h"
#include "storage/transaction.h"
#include "testhelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::storage;

namespace {
MigrationSet schema()
{
    return MigrationSet({{1, u"t"_s, {u"CREATE TABLE t(x INTEGER NOT NULL)"_s}}});
}

int count(Database &db)
{
    return scalar(storage::connectionOf(db), u"SELECT count(*) FROM t"_s)->toInt();
}
} // namespace

TEST_CASE("a transaction rolls back unless committed", "[storage]")
{
    test::TempDir dir;
    auto db = Database::open(dir.filePath(u"t.db"_s), schema(), sportello::test::databaseKey());
    REQUIRE(db.ok());
    {
        auto tx = Transaction::begin(**db);
        REQUIRE(tx.ok());
        REQUIRE(run(storage::connectionOf(**db), u"INSERT INTO t VALUES (1)"_s).ok());
        CHECK(count(**db) == 1);
    }
    CHECK(count(**db) == 0);

    {
        auto tx = Transaction::begin(**db);
        REQUIRE(tx.ok());
        REQUIRE(run(storage::connectionOf(**db), u"INSERT INTO t VALUES (2)"_s).ok());
        REQUIRE(tx->commit().ok());
        CHECK_FALSE(tx->isActive());
    }
    CHECK(count(**db) == 1);
}

TEST_CASE("a failing statement inside a transaction leaves nothing behind", "[storage]")
{
    test::TempDir dir;
    auto db = Database::open(dir.filePath(u"t.db"_s), schema(), sportello::test::databaseKey());
    REQUIRE(db.ok());
    {
        auto tx = Transaction::begin(**db);
        REQUIRE(tx.ok());
        REQUIRE(run(storage::connectionOf(**db), u"INSERT INTO t VALUES (1)"_s).ok());
        auto bad = run(storage::connectionOf(**db), u"INSERT INTO t VALUES (NULL)"_s);
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.code() == ErrorCode::ConstraintViolated);
    }
    CHECK(count(**db) == 0);
    // No "transaction within a transaction" state: the next one starts cleanly.
    auto tx = Transaction::begin(**db);
    REQUIRE(tx.ok());
    CHECK(tx->commit().ok());
}

TEST_CASE("BEGIN IMMEDIATE fails fast as busy while another connection writes", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.filePath(u"t.db"_s);
    auto db = Database::open(path, schema(), sportello::test::databaseKey());
    REQUIRE(db.ok());

    storage::SqlConnection other
        = sportello::test::openRawDatabase(path).valueOr(storage::SqlConnection());
    REQUIRE(other.isOpen());
    {
        storage::SqlQuery holder(other);
        REQUIRE(holder.exec(u"PRAGMA busy_timeout = 0"_s));
        REQUIRE(holder.exec(u"BEGIN IMMEDIATE"_s));
        // Shorten our own wait so the test does not sit through the 5 s timeout.
        REQUIRE(run(storage::connectionOf(**db), u"PRAGMA busy_timeout = 50"_s).ok());

        auto tx = Transaction::begin(**db);
        REQUIRE_FALSE(tx.ok());
        CHECK(tx.code() == ErrorCode::DatabaseBusy);
        REQUIRE(holder.exec(u"ROLLBACK"_s));
    }
    other = storage::SqlConnection();

    auto tx = Transaction::begin(**db);
    REQUIRE(tx.ok());
    REQUIRE(run(storage::connectionOf(**db), u"INSERT INTO t VALUES (3)"_s).ok());
    CHECK(tx->commit().ok());
    CHECK(count(**db) == 1);
}

TEST_CASE("commit without a transaction is an error", "[storage]")
{
    test::TempDir dir;
    auto db = Database::open(dir.filePath(u"t.db"_s), schema(), sportello::test::databaseKey());
    REQUIRE(db.ok());
    auto tx = Transaction::begin(**db);
    REQUIRE(tx.ok());
    REQUIRE(tx->commit().ok());
    CHECK(tx->commit().code() == ErrorCode::TransactionFailed);
}

TEST_CASE("a guard begun inside an open transaction joins it; only the owner commits",
          "[storage][transaction]")
{
    test::TempDir dir;
    auto db = Database::open(dir.filePath(u"t.db"_s), schema(), sportello::test::databaseKey());
    REQUIRE(db.ok());
    Database &database = **db;
    auto outer = Transaction::begin(database);
    REQUIRE(outer.ok());
    CHECK(outer->isOwner());
    CHECK(database.inTransaction());
    {
        auto inner = Transaction::begin(database);
        REQUIRE(inner.ok());
        CHECK_FALSE(inner->isOwner());
        REQUIRE(run(connectionOf(database), u"INSERT INTO t VALUES (1)"_s).ok());
        REQUIRE(inner->commit().ok());
        CHECK(database.inTransaction()); // the joined commit did not end the transaction
    }
    // Another connection does not see the row until the owner commits.
    storage::SqlConnection other
        = sportello::test::openRawDatabase(database.filePath()).valueOr(storage::SqlConnection());
    REQUIRE(other.isOpen());
    const auto seen = [&other] {
        storage::SqlQuery query(other);
        REQUIRE(query.exec(u"SELECT count(*) FROM t"_s));
        REQUIRE(query.next());
        return query.value(0).toInt();
    };
    CHECK(seen() == 0);
    REQUIRE(outer->commit().ok());
    CHECK_FALSE(database.inTransaction());
    CHECK(seen() == 1);
    other = storage::SqlConnection();
}

TEST_CASE("a joined step that gives up dooms the whole transaction", "[storage][transaction]")
{
    test::TempDir dir;
    auto db = Database::open(dir.filePath(u"t.db"_s), schema(), sportello::test::databaseKey());
    REQUIRE(db.ok());
    Database &database = **db;
    {
        auto outer = Transaction::begin(database);
        REQUIRE(outer.ok());
        REQUIRE(run(connectionOf(database), u"INSERT INTO t VALUES (1)"_s).ok());
        {
            auto inner = Transaction::begin(database);
            REQUIRE(inner.ok());
            REQUIRE(run(connectionOf(database), u"INSERT INTO t VALUES (2)"_s).ok());
            // Dropped without commit(), as a failing step returns early.
        }
        // The owner cannot keep half of the change.
        const Status committed = outer->commit();
        CHECK(committed.code() == ErrorCode::TransactionFailed);
        CHECK_FALSE(outer->isActive());
    }
    CHECK_FALSE(database.inTransaction());
    CHECK(count(database) == 0);
    // The connection is usable again.
    auto next = Transaction::begin(database);
    REQUIRE(next.ok());
    CHECK(next->isOwner());
    REQUIRE(run(connectionOf(database), u"INSERT INTO t VALUES (3)"_s).ok());
    REQUIRE(next->commit().ok());
    CHECK(count(database) == 1);
}

TEST_CASE("onCommit actions run once the outermost transaction commits, never after a rollback",
          "[storage][transaction]")
{
    test::TempDir dir;
    auto db = Database::open(dir.filePath(u"t.db"_s), schema(), sportello::test::databaseKey());
    REQUIRE(db.ok());
    Database &database = **db;
    QStringList ran;

    SECTION("committed")
    {
        auto outer = Transaction::begin(database);
        REQUIRE(outer.ok());
        outer->onCommit([&ran] { ran.append(u"outer"_s); });
        {
            auto inner = Transaction::begin(database);
            REQUIRE(inner.ok());
            inner->onCommit([&ran, &database] {
                // After COMMIT: the transaction is over when the action runs.
                ran.append(database.inTransaction() ? u"inner-early"_s : u"inner"_s);
            });
            REQUIRE(inner->commit().ok());
        }
        CHECK(ran.isEmpty()); // not before the owner commits
        REQUIRE(outer->commit().ok());
        CHECK(ran == QStringList {u"outer"_s, u"inner"_s});
    }
    SECTION("rolled back")
    {
        {
            auto outer = Transaction::begin(database);
            REQUIRE(outer.ok());
            outer->onCommit([&ran] { ran.append(u"outer"_s); });
            auto inner = Transaction::begin(database);
            REQUIRE(inner.ok());
            inner->onCommit([&ran] { ran.append(u"inner"_s); });
            REQUIRE(inner->commit().ok());
            outer->rollback();
        }
        CHECK(ran.isEmpty());
        // Nothing lingers for the next transaction either.
        auto next = Transaction::begin(database);
        REQUIRE(next.ok());
        REQUIRE(next->commit().ok());
        CHECK(ran.isEmpty());
    }
}
