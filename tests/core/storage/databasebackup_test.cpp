// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's backup of its database (issue 18, point 2): a live copy while another thread
// writes, holding exactly what was committed when it began, encrypted under the same key.
#include "connection.h"
#include "memorysecretstore.h"
#include "probewriter.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/database.h"
#include "storage/databasekey.h"
#include "storage/migration.h"
#include "testhelpers.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::storage;

TEST_CASE("a backup taken while a writer inserts holds exactly the rows committed before it, "
          "and opens only with the key",
          "[storage][backup]")
{
    test::TempDir dir;
    const DatabaseKey key = sportello::test::databaseKey();
    auto db = Database::open(dir.filePath(u"sportello.db"_s), MigrationSet::application(), key);
    REQUIRE(db.ok());
    Database &database = **db;
    test::ProbeWriter writer(database);
    REQUIRE(writer.ready());
    REQUIRE(writer.startAndWait(500));

    const QString out = dir.filePath(u"backup.db"_s);
    const int before = writer.committed();
    REQUIRE(database.backupTo(out).ok());
    const int after = writer.committed();
    writer.stop();
    REQUIRE_FALSE(writer.failed());
    CHECK_FALSE(QFile::exists(out + u".partial"_s));

    // Opened with the key: whole, and a prefix of the writer's rows, from between the two
    // counts (the snapshot is one moment: no row missing in the middle).
    auto copy = SqlConnection::open(out, key.keyBytes(), key.salt());
    REQUIRE(copy.ok());
    CHECK(scalar(*copy, u"PRAGMA integrity_check"_s).value().toString() == u"ok"_s);
    const int rows = scalar(*copy, u"SELECT count(*) FROM backup_probe"_s).value().toInt();
    const int highest = scalar(*copy, u"SELECT max(id) FROM backup_probe"_s).value().toInt();
    CHECK(rows >= before);
    CHECK(rows <= after);
    CHECK(highest == rows);
    CHECK(scalar(*copy, u"SELECT total FROM backup_probe_total"_s).value().toInt() == rows);
    CHECK(scalar(*copy, u"PRAGMA user_version"_s).value().toInt() == database.schemaVersion());
    CHECK(scalar(*copy, u"PRAGMA application_id"_s).value().toInt() == Database::kApplicationId);
#if defined(Q_OS_UNIX)
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther;
    CHECK((QFileInfo(out).permissions() & others) == 0);
#endif

    // Without the key it is noise, like the profile.
    auto wrongKey = DatabaseKey::generate();
    REQUIRE(wrongKey.ok());
    auto stranger = SqlConnection::open(out, wrongKey->keyBytes(), key.salt());
    CHECK((!stranger || !scalar(*stranger, u"SELECT count(*) FROM backup_probe"_s).ok()));
    QFile raw(out);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("SQLite format 3"));

    // A second backup to the same name is refused; nothing is overwritten.
    const qint64 size = QFileInfo(out).size();
    CHECK(database.backupTo(out).code() == ErrorCode::FileUnwritable);
    CHECK(QFileInfo(out).size() == size);
}
