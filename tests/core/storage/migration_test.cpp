// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "memorysecretstore.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/migration.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::storage;

namespace {

MigrationSet firstTwo()
{
    return MigrationSet({
        {1, u"people"_s, {u"CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT)"_s}},
        {2,
         u"sessions"_s,
         {u"CREATE TABLE sessions(id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people(id))"_s,
          u"CREATE INDEX sessions_person ON sessions(person_id)"_s}},
    });
}

QStringList tables(Database &db)
{
    auto query = run(storage::connectionOf(db),
                     u"SELECT name FROM sqlite_master WHERE type IN ('table','index') "
                     "AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

} // namespace

TEST_CASE("a fresh database is migrated to the latest version", "[storage][migration]")
{
    test::TempDir dir;
    auto db = Database::open(dir.filePath(u"m.db"_s), firstTwo(), sportello::test::databaseKey());
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == 2);
    CHECK(tables(**db) == QStringList {u"people"_s, u"sessions"_s, u"sessions_person"_s});
}

TEST_CASE("an older database is upgraded step by step, keeping its data", "[storage][migration]")
{
    test::TempDir dir;
    const QString path = dir.filePath(u"m.db"_s);
    {
        MigrationSet v1({firstTwo().migrations().first()});
        auto db = Database::open(path, v1, sportello::test::databaseKey());
        REQUIRE(db.ok());
        REQUIRE((*db)->schemaVersion() == 1);
        REQUIRE(
            run(storage::connectionOf(**db), u"INSERT INTO people(name) VALUES ('kept')"_s).ok());
    }
    auto db = Database::open(path, firstTwo(), sportello::test::databaseKey());
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == 2);
    CHECK(scalar(storage::connectionOf(**db), u"SELECT name FROM people"_s)->toString()
          == u"kept"_s);
    auto fkCheck = run(storage::connectionOf(**db), u"PRAGMA foreign_key_check"_s);
    REQUIRE(fkCheck.ok());
    CHECK_FALSE(fkCheck->next());
}

TEST_CASE("a failing step is rolled back whole", "[storage][migration]")
{
    test::TempDir dir;
    const QString path = dir.filePath(u"m.db"_s);
    {
        auto db = Database::open(path, firstTwo(), sportello::test::databaseKey());
        REQUIRE(db.ok());
    }
    auto broken = firstTwo().migrations();
    broken.append({3,
                   u"broken"_s,
                   {u"CREATE TABLE referrals(id INTEGER PRIMARY KEY)"_s,
                    u"ALTER TABLE people ADD COLUMN phone TEXT"_s,
                    u"INSERT INTO no_such_table VALUES (1)"_s}});
    auto db = Database::open(path, MigrationSet(broken), sportello::test::databaseKey());
    REQUIRE_FALSE(db.ok());
    CHECK(db.code() == ErrorCode::MigrationFailed);

    auto reopened = Database::open(path, firstTwo(), sportello::test::databaseKey());
    REQUIRE(reopened.ok());
    CHECK((*reopened)->schemaVersion() == 2);
    CHECK(tables(**reopened) == QStringList {u"people"_s, u"sessions"_s, u"sessions_person"_s});
    auto columns
        = run(storage::connectionOf(**reopened), u"SELECT name FROM pragma_table_info('people')"_s);
    QStringList names;
    while (columns->next())
        names.append(columns->value(0).toString());
    CHECK(names == QStringList {u"id"_s, u"name"_s});
}

TEST_CASE("a database newer than the program is refused", "[storage][migration]")
{
    test::TempDir dir;
    const QString path = dir.filePath(u"m.db"_s);
    {
        auto db = Database::open(path, firstTwo(), sportello::test::databaseKey());
        REQUIRE(db.ok());
    }
    MigrationSet older({firstTwo().migrations().first()});
    auto db = Database::open(path, older, sportello::test::databaseKey());
    REQUIRE_FALSE(db.ok());
    CHECK(db.code() == ErrorCode::DatabaseTooNew);
    CHECK(db.error().args == QStringList {u"2"_s, u"1"_s});
}

TEST_CASE("the application's migrations load from the resources", "[storage][migration]")
{
    const MigrationSet &app = MigrationSet::application();
    REQUIRE(app.latestVersion() >= 1);
    int expected = 1;
    for (const Migration &migration : app.migrations()) {
        CHECK(migration.version == expected++);
        CHECK_FALSE(migration.statements.isEmpty());
    }
}

TEST_CASE("migration files must be numbered without gaps", "[storage][migration]")
{
    test::TempDir dir;
    for (const QString &name : {u"0001_a.sql"_s, u"0003_c.sql"_s}) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("CREATE TABLE t(x);");
    }
    auto set = MigrationSet::fromDirectory(dir.path());
    REQUIRE_FALSE(set.ok());
    CHECK(set.code() == ErrorCode::MigrationFailed);
}

TEST_CASE("SQL scripts are split into statements", "[storage][migration]")
{
    const QString script = uR"(-- a comment; with a semicolon
CREATE TABLE a(x TEXT DEFAULT 'semi;colon', "we;ird" INT); /* block; comment */
CREATE TRIGGER a_no_update BEFORE UPDATE ON a
BEGIN
    SELECT CASE WHEN 1 THEN RAISE(ABORT, 'append-only; really') END;
    SELECT 1;
END;
INSERT INTO a(x) VALUES ('it''s');
)"_s;
    const QStringList statements = splitSqlScript(script);
    REQUIRE(statements.size() == 3);
    CHECK(statements.at(0).startsWith(u"CREATE TABLE a"_s));
    CHECK(statements.at(0).contains(u"'semi;colon'"_s));
    CHECK(statements.at(1).startsWith(u"CREATE TRIGGER"_s));
    CHECK(statements.at(1).endsWith(u"END"_s));
    CHECK(statements.at(2) == u"INSERT INTO a(x) VALUES ('it''s')"_s);
}
