// SPDX-License-Identifier: GPL-3.0-or-later
// Every released schema version has a fixture in tests/data/schema — a profile database as that
// version left it, made from the real migrations and a seed script of rows for each version —
// and each one upgrades to the current schema keeping its rows, its integrity, its foreign keys
// and its audit chain. A new migration needs a new fixture (the first test fails without it):
//
//   SPORTELLO_WRITE_SCHEMA_FIXTURES=1 build/dev/tests/core_tests "[.write-schema-fixtures]"
//
// writes the missing ones (never an existing one: a released version does not change).
#include "auditchain.h"
#include "connection.h"
#include "memorysecretstore.h"
#include "rawdatabase.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasekey.h"
#include "storage/migration.h"
#include "storage/profile.h"
#include "storage/transaction.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::storage;

namespace {

QString schemaDir()
{
    return QString::fromUtf8(SPORTELLO_TEST_DATA_DIR) + u"/schema"_s;
}

QString fixturePath(int version)
{
    return schemaDir() + u"/sportello-v%1.db"_s.arg(version);
}

MigrationSet firstMigrations(int count)
{
    return MigrationSet(MigrationSet::application().migrations().mid(0, count));
}

// Runs tests/data/schema/seed-000N.sql in one transaction.
void seed(Database &database, int version)
{
    QFile file(schemaDir() + u"/seed-%1.sql"_s.arg(version, 4, 10, QLatin1Char('0')));
    INFO(file.fileName().toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto tx = Transaction::begin(database);
    REQUIRE(tx.ok());
    for (const QString &statement : splitSqlScript(QString::fromUtf8(file.readAll()))) {
        INFO(statement.toStdString());
        REQUIRE(run(connectionOf(database), statement).ok());
    }
    REQUIRE(tx->commit().ok());
}

// Row counts of every ordinary table, read with a plain connection (no migration runs).
struct RawDatabase
{
    QString name;
    storage::SqlConnection db;

    explicit RawDatabase(const QString &path)
        : name(u"raw-"_s + path)
    {
        db = sportello::test::openRawDatabase(path).valueOr(storage::SqlConnection());
        REQUIRE(db.isOpen());
    }
    ~RawDatabase() { db = {}; }
    Q_DISABLE_COPY_MOVE(RawDatabase)

    int userVersion() { return scalar(db, u"PRAGMA user_version"_s).value().toInt(); }
    QMap<QString, qint64> counts()
    {
        QMap<QString, qint64> result;
        auto tables = run(db,
                          u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                          "LIKE 'sqlite_%' AND name NOT LIKE 'catalogue_fts_%'"_s);
        REQUIRE(tables.ok());
        QStringList names;
        while (tables->next())
            names.append(tables->value(0).toString());
        for (const QString &table : names)
            result.insert(
                table,
                scalar(db, u"SELECT count(*) FROM \"%1\""_s.arg(table)).value().toLongLong());
        return result;
    }
};

} // namespace

TEST_CASE("every released schema version has a fixture", "[storage][migration][fixtures]")
{
    const int latest = MigrationSet::application().latestVersion();
    REQUIRE(latest >= 6);
    for (int version = 1; version <= latest; ++version) {
        INFO("schema version " << version);
        CHECK(QFile::exists(fixturePath(version)));
    }
}

TEST_CASE("the fixture of every released schema version upgrades to the current one",
          "[storage][migration][fixtures]")
{
    const int latest = MigrationSet::application().latestVersion();
    for (int version = 1; version <= latest; ++version) {
        DYNAMIC_SECTION("from schema version " << version)
        {
            test::TempDir dir;
            const QString copy = dir.filePath(u"sportello.db"_s);
            REQUIRE(QFile::copy(fixturePath(version), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QMap<QString, qint64> before;
            {
                RawDatabase raw(copy);
                REQUIRE(raw.userVersion() == version); // the fixture is what it says it is
                before = raw.counts();
            }
            // Rows were seeded at every version up to this one.
            REQUIRE(before.value(u"settings"_s) > 0);

            // Through the profile, as a desk upgrades: the plain file is encrypted (decision 30),
            // then migrated.
            {
                test::FakeClock clock;
                auto profile
                    = Profile::open(dir.path(), MigrationSet::application(), test::secrets());
                REQUIRE(profile.ok());
                CHECK(storage::databaseFileKind(copy) == storage::DatabaseFileKind::Encrypted);
                Database &database = (*profile)->database();
                CHECK(database.schemaVersion() == latest);
                CHECK(database.integrityCheck().value() == u"ok"_s);
                auto foreignKeys = run(connectionOf(database), u"PRAGMA foreign_key_check"_s);
                REQUIRE(foreignKeys.ok());
                CHECK_FALSE(foreignKeys->next());
                if (version >= 3) {
                    const auto chain = AuditLog(database, clock).verify();
                    REQUIRE(chain.ok());
                    CHECK(chain->intact);
                    CHECK(chain->rows == version - 2);
                }
            }

            // No row was lost on the way; later versions only add tables and columns, and
            // migration 10 one setting (where the audit's time checks begin).
            RawDatabase raw(copy);
            const QMap<QString, qint64> after = raw.counts();
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                INFO(it.key().toStdString());
                const qint64 added = it.key() == u"settings"_s && version < 10 ? 1 : 0;
                CHECK(after.value(it.key(), -1) == it.value() + added);
            }
        }
    }
}

TEST_CASE("write the missing schema fixtures", "[.write-schema-fixtures]")
{
    if (qEnvironmentVariable("SPORTELLO_WRITE_SCHEMA_FIXTURES") != u"1"_s)
        SKIP("set SPORTELLO_WRITE_SCHEMA_FIXTURES=1 to write fixtures");
    const int latest = MigrationSet::application().latestVersion();
    for (int version = 1; version <= latest; ++version) {
        if (QFile::exists(fixturePath(version)))
            continue;
        test::TempDir dir;
        const QString path = dir.filePath(u"sportello.db"_s);
        test::FakeClock clock(QDateTime(QDate(2025, 1, 10), QTime(9, 0), Qt::UTC));
        // Each version as a desk would have lived it: migrated, used, then the next program.
        for (int step = 1; step <= version; ++step) {
            auto db = Database::open(path, firstMigrations(step), sportello::test::databaseKey());
            REQUIRE(db.ok());
            REQUIRE((*db)->schemaVersion() == step);
            seed(**db, step);
            if (step >= 3) {
                clock.advanceDays(30);
                const qint64 by = step == 3 ? 0 : 1;
                // Before version 9 the log had no mac column: write the row as it was then.
                if (step < 9)
                    REQUIRE(test::appendLegacyAuditRow(
                                connectionOf(**db), clock.nowUtc().toString(Qt::ISODateWithMs), by,
                                u"setup"_s, u"schema"_s, QString::number(step))
                                .ok());
                else
                    REQUIRE(AuditLog(**db, clock)
                                .append(by, u"setup"_s, u"schema"_s, QString::number(step))
                                .ok());
            }
            if (step == version) {
                // One self-contained plain file, as desks kept them before decision 30.
                const SqlConnection db2 = connectionOf(**db);
                REQUIRE(
                    run(db2, u"ATTACH DATABASE ? AS plain KEY ''"_s, {fixturePath(version)}).ok());
                REQUIRE(run(db2, u"SELECT sqlcipher_export('plain')"_s).ok());
                REQUIRE(run(db2, u"PRAGMA plain.user_version = %1"_s.arg(version)).ok());
                REQUIRE(
                    run(db2, u"PRAGMA plain.application_id = %1"_s.arg(Database::kApplicationId))
                        .ok());
                REQUIRE(run(db2, u"DETACH DATABASE plain"_s).ok());
            }
        }
        INFO(fixturePath(version).toStdString());
        CHECK(QFile::exists(fixturePath(version)));
    }
}

TEST_CASE("records waiting in the outbox take the shape of protocol v1 on upgrade",
          "[storage][migration][fixtures]")
{
    test::TempDir dir;
    const QString copy = dir.filePath(u"sportello.db"_s);
    REQUIRE(QFile::copy(fixturePath(6), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    {
        RawDatabase raw(copy);
        REQUIRE(run(raw.db,
                    u"INSERT INTO outbox(event_uid, event_type, payload, created_at, state) VALUES"
                    " ('7c1e7a0a-0000-4000-8000-0000000000a1', 'referral.status_changed',"
                    "  '{\"stato\":\"PRESA_IN_CARICO\",\"giorni_invio_presa_in_carico\":9}',"
                    "  '2025-06-01T09:00:00Z', 'QUEUED'),"
                    " ('7c1e7a0a-0000-4000-8000-0000000000a2', 'referral.status_changed',"
                    "  '{\"stato\":\"PRESA_IN_CARICO\",\"giorni_invio_presa_in_carico\":75}',"
                    "  '2025-06-01T09:00:00Z', 'DELIVERED')"_s)
                    .ok());
    }
    auto profile = Profile::open(dir.path(), MigrationSet::application(), test::secrets());
    REQUIRE(profile.ok());
    const auto payload = [&](const char *uid) {
        return scalar(connectionOf((*profile)->database()),
                      u"SELECT payload FROM outbox WHERE event_uid = ?"_s.replace(
                          u"?"_s, u"'%1'"_s.arg(QString::fromLatin1(uid))))
            .value()
            .toString();
    };
    const QString queued = payload("7c1e7a0a-0000-4000-8000-0000000000a1");
    CHECK(queued.contains(u"\"giorni_invio_presa_in_carico\":\"8-14\""_s));
    CHECK(queued.contains(u"\"dest_org\":null"_s));
    // What the hub already has stays as it was delivered.
    CHECK(payload("7c1e7a0a-0000-4000-8000-0000000000a2").contains(u":75}"_s));
}
