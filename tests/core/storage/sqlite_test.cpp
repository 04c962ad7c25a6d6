// SPDX-License-Identifier: GPL-3.0-or-later
// Storage's own layer over the SQLite C API (SQLCipher): values in and out, row counts, errors,
// and a keyed file that reads as noise without its key.
#include "sql.h"
#include "sqlite.h"
#include "testhelpers.h"

#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::storage;

namespace {

SqlConnection openOrFail(const QString &path, const QByteArray &key = {})
{
    auto opened = SqlConnection::open(path, key);
    INFO((opened.ok() ? std::string() : opened.error().toLogString().toStdString()));
    REQUIRE(opened.ok());
    return *opened;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("values go in and come out with their types", "[storage][sqlite]")
{
    const SqlConnection db = openOrFail(u":memory:"_s);
    SqlQuery query(db);
    REQUIRE(query.exec(u"CREATE TABLE t(id INTEGER PRIMARY KEY, i, r, s, b, n)"_s));
    REQUIRE(query.prepare(u"INSERT INTO t(i, r, s, b, n) VALUES (?, ?, ?, ?, ?)"_s));
    query.addBindValue(qint64(1) << 40);
    query.addBindValue(2.5);
    query.addBindValue(u"città ✓"_s);
    query.addBindValue(QByteArray("\0\1\2", 3));
    query.addBindValue(QVariant());
    REQUIRE(query.exec());
    CHECK(query.numRowsAffected() == 1);
    CHECK(query.lastInsertId().toLongLong() == 1);

    REQUIRE(query.exec(u"SELECT i, r, s, b, n, typeof(n) FROM t"_s));
    REQUIRE(query.next());
    CHECK(query.value(0).typeId() == QMetaType::LongLong);
    CHECK(query.value(0).toLongLong() == (qint64(1) << 40));
    CHECK(query.value(1).toDouble() == 2.5);
    CHECK(query.value(2).toString() == u"città ✓"_s);
    CHECK(query.value(3).toByteArray() == QByteArray("\0\1\2", 3));
    CHECK(query.value(4).isNull());
    CHECK(query.value(5).toString() == u"null"_s);
    CHECK_FALSE(query.value(6).isValid()); // past the last column
    CHECK_FALSE(query.next());
    CHECK_FALSE(query.lastError().isValid());

    // A query changes nothing; a second run of a prepared statement starts again.
    REQUIRE(query.prepare(u"SELECT count(*) FROM t WHERE i > ?"_s));
    query.addBindValue(0);
    REQUIRE(query.exec());
    CHECK(query.numRowsAffected() == 0);
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    query.addBindValue(qint64(1) << 41);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}

TEST_CASE("errors carry SQLite's code and become the project's", "[storage][sqlite]")
{
    const SqlConnection db = openOrFail(u":memory:"_s);
    SqlQuery query(db);
    REQUIRE(query.exec(u"CREATE TABLE t(k TEXT PRIMARY KEY)"_s));
    REQUIRE(query.exec(u"INSERT INTO t VALUES ('a')"_s));
    CHECK_FALSE(query.exec(u"INSERT INTO t VALUES ('a')"_s));
    CHECK(toError(query.lastError(), u"insert"_s).code == ErrorCode::ConstraintViolated);
    CHECK_FALSE(query.prepare(u"SELEC nothing"_s));
    CHECK(toError(query.lastError(), u"prepare"_s).code == ErrorCode::QueryFailed);
    REQUIRE(query.prepare(u"SELECT ?"_s));
    CHECK_FALSE(query.exec()); // a parameter without a value
    CHECK(query.lastError().isValid());
}

TEST_CASE("a keyed database is noise without its key", "[storage][sqlite]")
{
    test::TempDir dir;
    const QString path = dir.filePath(u"keyed.db"_s);
    const QByteArray key(32, '\x5a');
    {
        const SqlConnection db = openOrFail(path, key);
        SqlQuery query(db);
        REQUIRE(query.exec(u"CREATE TABLE people(name TEXT)"_s));
        REQUIRE(query.exec(u"INSERT INTO people VALUES ('MARKER-Zebedeo-4417')"_s));
    }
    const QByteArray bytes = fileBytes(path);
    REQUIRE(bytes.size() > 0);
    CHECK_FALSE(bytes.contains("MARKER-Zebedeo-4417"));
    CHECK_FALSE(bytes.contains("SQLite format 3"));
    CHECK_FALSE(bytes.contains("people"));

    CHECK_FALSE(SqlConnection::open(path, {}).ok());
    CHECK_FALSE(SqlConnection::open(path, QByteArray(32, '\x5b')).ok());
    const SqlConnection again = openOrFail(path, key);
    SqlQuery query(again);
    REQUIRE(query.exec(u"SELECT name FROM people"_s));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == u"MARKER-Zebedeo-4417"_s);
}

TEST_CASE("the layer keeps what Qt's SQLite driver did for nulls, counts and scripts",
          "[storage][sqlite]")
{
    const SqlConnection db = openOrFail(u":memory:"_s);
    SqlQuery query(db);
    REQUIRE(query.exec(u"CREATE TABLE t(k INTEGER PRIMARY KEY, s TEXT, b BLOB)"_s));
    REQUIRE(query.exec(u"CREATE TABLE log(k INTEGER)"_s));
    REQUIRE(query.exec(u"CREATE TRIGGER t_log AFTER INSERT ON t BEGIN"
                       " INSERT INTO log VALUES (new.k); INSERT INTO log VALUES (new.k); END"_s));

    // A null string or byte array is SQL NULL; a trigger's rows are not the statement's.
    REQUIRE(query.prepare(u"INSERT INTO t(s, b) VALUES (?, ?)"_s));
    query.addBindValue(QString());
    query.addBindValue(QByteArray());
    REQUIRE(query.exec());
    CHECK(query.numRowsAffected() == 1);
    REQUIRE(query.exec(u"SELECT s, b, typeof(s), typeof(b) FROM t"_s));
    REQUIRE(query.next());
    CHECK(query.value(0).isValid()); // a NULL column of a row is there…
    CHECK(query.value(0).isNull()); // …and null
    CHECK(query.value(2).toString() == u"null"_s);
    CHECK(query.value(3).toString() == u"null"_s);

    // One statement per call: what follows would silently not run.
    CHECK_FALSE(query.exec(u"DELETE FROM t; DELETE FROM log"_s));
    CHECK(query.exec(u"DELETE FROM t; -- a trailing comment is not a statement\n"_s) == false);
    CHECK(query.exec(u"DELETE FROM t;  \n"_s));
    CHECK(query.numRowsAffected() == 1);

    // A key is 32 bytes, or none.
    test::TempDir dir;
    CHECK_FALSE(SqlConnection::open(dir.filePath(u"k.db"_s), QByteArray(16, 'k')).ok());
}
