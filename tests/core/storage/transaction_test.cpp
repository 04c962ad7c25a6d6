// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migration.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "testhelpers.h"

#include <QSqlQuery>

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
    return scalar(db.connection(), u"SELECT count(*) FROM t"_s)->toInt();
}
} // namespace

TEST_CASE("a transaction rolls back unless committed", "[storage]")
{
    test::TempDir dir;
    auto db = Database::open(dir.filePath(u"t.db"_s), schema());
    REQUIRE(db.ok());
    {
        auto tx = Transaction::begin((*db)->connection());
        REQUIRE(tx.ok());
        REQUIRE(run((*db)->connection(), u"INSERT INTO t VALUES (1)"_s).ok());
        CHECK(count(**db) == 1);
    }
    CHECK(count(**db) == 0);

    {
        auto tx = Transaction::begin((*db)->connection());
        REQUIRE(tx.ok());
        REQUIRE(run((*db)->connection(), u"INSERT INTO t VALUES (2)"_s).ok());
        REQUIRE(tx->commit().ok());
        CHECK_FALSE(tx->isActive());
    }
    CHECK(count(**db) == 1);
}

TEST_CASE("a failing statement inside a transaction leaves nothing behind", "[storage]")
{
    test::TempDir dir;
    auto db = Database::open(dir.filePath(u"t.db"_s), schema());
    REQUIRE(db.ok());
    {
        auto tx = Transaction::begin((*db)->connection());
        REQUIRE(tx.ok());
        REQUIRE(run((*db)->connection(), u"INSERT INTO t VALUES (1)"_s).ok());
        auto bad = run((*db)->connection(), u"INSERT INTO t VALUES (NULL)"_s);
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.code() == ErrorCode::ConstraintViolated);
    }
    CHECK(count(**db) == 0);
    // No "transaction within a transaction" state: the next one starts cleanly.
    auto tx = Transaction::begin((*db)->connection());
    REQUIRE(tx.ok());
    CHECK(tx->commit().ok());
}

TEST_CASE("BEGIN IMMEDIATE fails fast as busy while another connection writes", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.filePath(u"t.db"_s);
    auto db = Database::open(path, schema());
    REQUIRE(db.ok());

    QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
    other.setDatabaseName(path);
    REQUIRE(other.open());
    {
        QSqlQuery holder(other);
        REQUIRE(holder.exec(u"PRAGMA busy_timeout = 0"_s));
        REQUIRE(holder.exec(u"BEGIN IMMEDIATE"_s));
        // Shorten our own wait so the test does not sit through the 5 s timeout.
        REQUIRE(run((*db)->connection(), u"PRAGMA busy_timeout = 50"_s).ok());

        auto tx = Transaction::begin((*db)->connection());
        REQUIRE_FALSE(tx.ok());
        CHECK(tx.code() == ErrorCode::DatabaseBusy);
        REQUIRE(holder.exec(u"ROLLBACK"_s));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"other-writer"_s);

    auto tx = Transaction::begin((*db)->connection());
    REQUIRE(tx.ok());
    REQUIRE(run((*db)->connection(), u"INSERT INTO t VALUES (3)"_s).ok());
    CHECK(tx->commit().ok());
    CHECK(count(**db) == 1);
}

TEST_CASE("commit without a transaction is an error", "[storage]")
{
    test::TempDir dir;
    auto db = Database::open(dir.filePath(u"t.db"_s), schema());
    REQUIRE(db.ok());
    auto tx = Transaction::begin((*db)->connection());
    REQUIRE(tx.ok());
    REQUIRE(tx->commit().ok());
    CHECK(tx->commit().code() == ErrorCode::TransactionFailed);
}
