// SPDX-License-Identifier: GPL-3.0-or-later
// A backup in one file (issue 18, point 2; decision 59): written while a writer inserts, it
// restores to exactly the committed rows and passes integrity_check; a newer, damaged, cut or
// foreign file is refused before anything is written, and a cancelled one leaves nothing.
#include "connection.h"
#include "memorysecretstore.h"
#include "probewriter.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/backupfile.h"
#include "storage/database.h"
#include "storage/databasekey.h"
#include "storage/migration.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::storage;

namespace {

const QDateTime kNow(QDate(2026, 12, 7), QTime(18, 30), Qt::UTC);

int latestSchema()
{
    return MigrationSet::application().latestVersion();
}

// The probe rows of the database restored in `dir`, after checking its integrity.
struct Restored
{
    QString integrity;
    int rows = -1;
    int highest = -1;
    int total = -1;
};

Restored readRestored(const QString &dir, const DatabaseKey &key)
{
    auto copy
        = SqlConnection::open(QDir(dir).filePath(u"sportello.db"_s), key.keyBytes(), key.salt());
    REQUIRE(copy.ok());
    Restored restored;
    restored.integrity = scalar(*copy, u"PRAGMA integrity_check"_s).value().toString();
    restored.rows = scalar(*copy, u"SELECT count(*) FROM backup_probe"_s).value().toInt();
    restored.highest = scalar(*copy, u"SELECT max(id) FROM backup_probe"_s).value().toInt();
    restored.total = scalar(*copy, u"SELECT total FROM backup_probe_total"_s).value().toInt();
    return restored;
}

struct Desk
{
    test::TempDir dir;
    DatabaseKey key = test::databaseKey();
    std::unique_ptr<Database> database;

    Desk()
    {
        auto db = Database::open(dir.filePath(u"sportello.db"_s), MigrationSet::application(), key);
        REQUIRE(db.ok());
        database = std::move(db).value();
    }
};

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({u"sportello-backup-*"_s, u"*.partial*"_s, u"*.restoring"_s},
                               QDir::Files);
}

} // namespace

TEST_CASE("a backup file written while a writer inserts restores to exactly the committed rows",
          "[storage][backup]")
{
    Desk desk;
    test::ProbeWriter writer(*desk.database);
    REQUIRE(writer.ready());
    REQUIRE(writer.startAndWait(500));

    test::TempDir stick;
    const QString out = stick.filePath(u"desk.sportello-backup"_s);
    const int before = writer.committed();
    auto header = BackupFile::write(*desk.database, out, kNow);
    const int after = writer.committed();
    writer.stop();
    REQUIRE_FALSE(writer.failed());
    REQUIRE(header.ok());
    CHECK(header->schemaVersion == desk.database->schemaVersion());
    CHECK(header->salt == desk.key.salt());
    CHECK(header->createdAt == kNow);
    CHECK(leftovers(desk.dir.path()).isEmpty());
    CHECK(leftovers(stick.path()).isEmpty());
#if defined(Q_OS_UNIX)
    CHECK((QFileInfo(out).permissions()
           & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
              | QFileDevice::WriteOther))
          == 0);
#endif
    // The file is the encrypted copy behind a header: no page of it is readable as SQLite.
    QFile raw(out);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    CHECK(bytes.startsWith("SPORTELLO-BACKUP/1\n"));
    CHECK_FALSE(bytes.contains("SQLite format 3"));
    CHECK_FALSE(bytes.contains("backup_probe"));

    auto read = BackupFile::readHeader(out);
    REQUIRE(read.ok());
    CHECK(read->databaseSha256 == header->databaseSha256);

    test::TempDir target;
    auto restored = BackupFile::restore(out, target.path(), latestSchema());
    REQUIRE(restored.ok());
    const Restored live = readRestored(target.path(), desk.key);
    CHECK(live.integrity == u"ok"_s);
    // One moment of the database: a gap-free prefix, between the counts before and after.
    CHECK(live.rows >= before);
    CHECK(live.rows <= after);
    CHECK(live.highest == live.rows);
    CHECK(live.total == live.rows);

    // With the writer stopped, a backup restores to exactly what it committed.
    const QString quiet = stick.filePath(u"quiet.sportello-backup"_s);
    REQUIRE(BackupFile::write(*desk.database, quiet, kNow.addSecs(60)).ok());
    test::TempDir second;
    REQUIRE(BackupFile::restore(quiet, second.path(), latestSchema()).ok());
#if defined(Q_OS_UNIX)
    CHECK((QFileInfo(second.filePath(u"sportello.db"_s)).permissions()
           & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
          == 0);
#endif
    const Restored all = readRestored(second.path(), desk.key);
    CHECK(all.integrity == u"ok"_s);
    CHECK(all.rows == writer.committed());
    CHECK(all.total == writer.committed());
    CHECK(leftovers(second.path()).isEmpty());
}

TEST_CASE("a restore refuses a newer, damaged, cut or foreign backup and a profile in use",
          "[storage][backup]")
{
    Desk desk;
    test::TempDir stick;
    const QString out = stick.filePath(u"desk.sportello-backup"_s);
    auto header = BackupFile::write(*desk.database, out, kNow);
    REQUIRE(header.ok());
    const auto targetIsEmpty = [](const test::TempDir &dir) {
        return QDir(dir.path()).entryList(QDir::Files).isEmpty();
    };

    SECTION("a backup of a newer schema, before anything is written")
    {
        test::TempDir target;
        auto refused = BackupFile::restore(out, target.path(), header->schemaVersion - 1);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::DatabaseTooNew);
        CHECK(refused.error().args
              == QStringList {QString::number(header->schemaVersion),
                              QString::number(header->schemaVersion - 1)});
        CHECK(targetIsEmpty(target));
    }
    SECTION("a profile that holds a database")
    {
        auto refused = BackupFile::restore(out, desk.dir.path(), latestSchema());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::RestoreTargetNotEmpty);
    }
    SECTION("a byte of the copy changed")
    {
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(file.size() - 100));
        const char byte = file.peek(1).at(0);
        REQUIRE(file.write(QByteArray(1, char(byte ^ 0x20))) == 1);
        file.close();
        test::TempDir target;
        auto refused = BackupFile::restore(out, target.path(), latestSchema());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::BackupMalformed);
        CHECK(targetIsEmpty(target));
    }
    SECTION("a file cut short")
    {
        REQUIRE(QFile::resize(out, QFileInfo(out).size() - 4096));
        CHECK(BackupFile::readHeader(out).error().code == ErrorCode::BackupMalformed);
        test::TempDir target;
        auto refused = BackupFile::restore(out, target.path(), latestSchema());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::BackupMalformed);
        CHECK(targetIsEmpty(target));
    }
    SECTION("a file that is not a backup, or whose header is not ours")
    {
        for (const QByteArray &content :
             {QByteArray("SQLite format 3\0", 16), QByteArray("SPORTELLO-BACKUP/1\n{}\n"),
              QByteArray("SPORTELLO-BACKUP/1\n").append(QByteArray(200000, 'x')), QByteArray()}) {
            const QString foreign = stick.filePath(u"foreign.sportello-backup"_s);
            QFile file(foreign);
            REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(content);
            file.close();
            test::TempDir target;
            auto refused = BackupFile::restore(foreign, target.path(), latestSchema());
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().code == ErrorCode::BackupMalformed);
            CHECK(targetIsEmpty(target));
        }
    }
    SECTION("a missing file")
    {
        test::TempDir target;
        auto refused
            = BackupFile::restore(stick.filePath(u"none"_s), target.path(), latestSchema());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::FileUnreadable);
    }
    SECTION("a second backup to the same name")
    {
        const qint64 size = QFileInfo(out).size();
        auto again = BackupFile::write(*desk.database, out, kNow);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::FileUnwritable);
        CHECK(QFileInfo(out).size() == size);
    }
}

TEST_CASE("a cancelled backup leaves nothing behind", "[storage][backup]")
{
    Desk desk;
    test::ProbeWriter writer(*desk.database);
    REQUIRE(writer.ready());
    REQUIRE(writer.startAndWait(2000));
    writer.stop();
    test::TempDir stick;
    const QString out = stick.filePath(u"desk.sportello-backup"_s);
    int calls = 0;
    // Cancelled while the copy is made, and again once the bytes are counted.
    for (const bool duringCopy : {true, false}) {
        auto cancelled = BackupFile::write(*desk.database, out, kNow,
                                           [&calls, duringCopy](qint64, qint64 total) {
                                               ++calls;
                                               return duringCopy ? calls < 3 : total == 0;
                                           });
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().code == ErrorCode::Cancelled);
        CHECK_FALSE(QFileInfo::exists(out));
        CHECK(leftovers(desk.dir.path()).isEmpty());
        CHECK(QDir(stick.path()).entryList(QDir::Files).isEmpty());
        calls = 0;
    }
}
