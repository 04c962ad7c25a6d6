// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log: a hash chain SQLite refuses to change, that joins the caller's transaction, and
// whose check finds an edited, a removed and a truncated row in a copy of the database.
#include "connection.h"
#include "memorysecretstore.h"
#include "rawdatabase.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "storage/transaction.h"
#include "testhelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::storage;
using audit::AuditFilter;
using audit::AuditVerification;

namespace {

const QString kZeros = QString(64, u'0');

std::unique_ptr<Profile> openProfile(const QString &dir)
{
    auto profile = Profile::open(dir, sportello::test::secrets());
    INFO((profile ? QString() : profile.error().toLogString()).toStdString());
    REQUIRE(profile.ok());
    return std::move(profile).value();
}

qint64 rowCount(Database &database)
{
    return scalar(storage::connectionOf(database), u"SELECT count(*) FROM audit_log"_s)
        ->toLongLong();
}

// Five rows a minute apart: a login, a view, an edit, an export by operator 7 and a system row.
void appendFive(AuditLog &log, test::FakeClock &clock)
{
    REQUIRE(log.append(7, QString::fromLatin1(audit::kLogin)).ok());
    clock.advanceSecs(60);
    REQUIRE(log.append(7, QString::fromLatin1(audit::kView), u"person"_s, u"41"_s).ok());
    clock.advanceSecs(60);
    REQUIRE(log.append(7, QString::fromLatin1(audit::kEdit), u"person"_s, u"41"_s).ok());
    clock.advanceSecs(60);
    REQUIRE(
        log.append(9, QString::fromLatin1(audit::kExport), u"report"_s, u"2026-03"_s, u"denied"_s)
            .ok());
    clock.advanceSecs(60);
    REQUIRE(log.append(0, QString::fromLatin1(audit::kSetup)).ok());
}

// A connection that bypasses Database (no pragmas, no migrations), as someone with the file
// and a SQLite shell would have.
class RawConnection final
{
public:
    explicit RawConnection(const QString &path)
    {
        auto opened = sportello::test::openRawDatabase(path);
        REQUIRE(opened.ok());
        m_db = *opened;
    }

    void exec(const QString &sql)
    {
        storage::SqlQuery query(m_db);
        const bool done = query.exec(sql);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(done);
    }

private:
    storage::SqlConnection m_db;
};

// A folder holding a complete copy of the source profile's database, triggers dropped, to be
// tampered with through `tamper` and then checked.
Result<AuditVerification> verifyTamperedCopy(const QString &sourceDb,
                                             const std::function<void(RawConnection &)> &tamper)
{
    test::TempDir copy;
    const QString copyDb = copy.filePath(u"sportello.db"_s);
    REQUIRE(QFile::copy(sourceDb, copyDb));
    {
        RawConnection raw(copyDb);
        raw.exec(u"DROP TRIGGER audit_log_no_update"_s);
        raw.exec(u"DROP TRIGGER audit_log_no_delete"_s);
        tamper(raw);
    }
    auto profile = openProfile(copy.path());
    test::FakeClock clock;
    const AuditLog log(profile->database(), clock);
    return log.verify();
}

// The serialization documented in auditlog.cpp, rebuilt independently.
QString expectedHash(const QStringList &fields)
{
    QByteArray out = "sportello-audit-v1\n";
    for (const QString &field : fields)
        out += QByteArray::number(field.toUtf8().size()) + ':' + field.toUtf8() + '\n';
    return QString::fromLatin1(QCryptographicHash::hash(out, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("appended rows form a hash chain that verifies", "[storage][audit]")
{
    test::TempDir dir;
    test::FakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0, 0, 250), Qt::UTC));
    auto profile = openProfile(dir.path());
    AuditLog log(profile->database(), clock);

    auto empty = log.verify();
    REQUIRE(empty.ok());
    CHECK(empty->intact);
    CHECK(empty->rows == 0);

    appendFive(log, clock);
    auto result = log.verify();
    REQUIRE(result.ok());
    CHECK(result->intact);
    CHECK(result->rows == 5);
    CHECK(result->firstBadId == 0);
    CHECK(result->reason.isEmpty());

    // The first row links to 64 zeros and its hash covers exactly the documented fields.
    auto first = run(storage::connectionOf(profile->database()),
                     u"SELECT id, at, operator_id, prev_hash, hash FROM audit_log WHERE id = 1"_s);
    REQUIRE(first.ok());
    REQUIRE(first->next());
    CHECK(first->value(1).toString() == u"2026-03-02T09:00:00.250Z"_s);
    CHECK(first->value(2).toLongLong() == 7);
    CHECK(first->value(3).toString() == kZeros);
    CHECK(
        first->value(4).toString()
        == expectedHash(
            {u"1"_s, u"2026-03-02T09:00:00.250Z"_s, u"7"_s, u"login"_s, {}, {}, u"ok"_s, kZeros}));
    CHECK(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(first->value(4).toString()).hasMatch());

    // Each row's prev_hash is the hash of the row before it.
    auto links = scalar(storage::connectionOf(profile->database()),
                        u"SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1"
                        " WHERE b.prev_hash = a.hash"_s);
    REQUIRE(links.ok());
    CHECK(links->toInt() == 4);

    // The system (operator 0) is stored as no operator.
    auto system = scalar(storage::connectionOf(profile->database()),
                         u"SELECT operator_id IS NULL FROM audit_log WHERE id = 5"_s);
    REQUIRE(system.ok());
    CHECK(system->toInt() == 1);
}

TEST_CASE("entries are filtered with bound values, newest first", "[storage][audit]")
{
    test::TempDir dir;
    test::FakeClock clock;
    auto profile = openProfile(dir.path());
    AuditLog log(profile->database(), clock);
    appendFive(log, clock);

    auto all = log.entries({});
    REQUIRE(all.ok());
    REQUIRE(all->size() == 5);
    CHECK(all->at(0).id == 5);
    CHECK(all->at(0).operatorId == 0);
    CHECK(all->at(0).action == u"setup"_s);
    CHECK(all->at(4).id == 1);
    CHECK(all->at(4).at == QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    CHECK(all->at(4).at.timeSpec() == Qt::UTC);
    CHECK(all->at(1).outcome == u"denied"_s);
    CHECK(all->at(1).entityType == u"report"_s);
    CHECK(all->at(1).entityId == u"2026-03"_s);

    AuditFilter byOperator;
    byOperator.operatorId = 7;
    CHECK(log.entries(byOperator)->size() == 3);
    byOperator.operatorId = 0;
    REQUIRE(log.entries(byOperator)->size() == 1);
    CHECK(log.entries(byOperator)->at(0).id == 5);

    AuditFilter byAction;
    byAction.action = u"view"_s;
    REQUIRE(log.entries(byAction)->size() == 1);
    CHECK(log.entries(byAction)->at(0).id == 2);
    // A value that would be SQL if pasted into the statement is just a value.
    byAction.action = u"view' OR '1'='1"_s;
    CHECK(log.entries(byAction)->isEmpty());

    AuditFilter window; // [09:01, 09:03): rows 2 and 3
    window.from = QDateTime(QDate(2026, 3, 2), QTime(9, 1), Qt::UTC);
    window.to = QDateTime(QDate(2026, 3, 2), QTime(9, 3), Qt::UTC);
    auto inWindow = log.entries(window);
    REQUIRE(inWindow->size() == 2);
    CHECK(inWindow->at(0).id == 3);
    CHECK(inWindow->at(1).id == 2);
    // Bounds in another time zone mean the same instants.
    window.from = window.from.toOffsetFromUtc(3600);
    window.to = window.to.toOffsetFromUtc(3600);
    CHECK(log.entries(window)->size() == 2);

    AuditFilter limited;
    limited.limit = 2;
    auto newest = log.entries(limited);
    REQUIRE(newest->size() == 2);
    CHECK(newest->at(0).id == 5);
    CHECK(newest->at(1).id == 4);
}

TEST_CASE("append refuses rows without an action or with a negative operator", "[storage][audit]")
{
    test::TempDir dir;
    test::FakeClock clock;
    auto profile = openProfile(dir.path());
    AuditLog log(profile->database(), clock);
    CHECK(log.append(1, {}).code() == ErrorCode::InvalidArgument);
    CHECK(log.append(-1, u"view"_s).code() == ErrorCode::InvalidArgument);
    CHECK(rowCount(profile->database()) == 0);
}

TEST_CASE("SQLite refuses UPDATE and DELETE on the audit log", "[storage][audit]")
{
    test::TempDir dir;
    test::FakeClock clock;
    auto profile = openProfile(dir.path());
    AuditLog log(profile->database(), clock);
    appendFive(log, clock);
    const storage::SqlConnection db = storage::connectionOf(profile->database());

    auto update = run(db, u"UPDATE audit_log SET action = 'view' WHERE id = 3"_s);
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().detail.contains(u"append-only"_s));
    auto remove = run(db, u"DELETE FROM audit_log WHERE id = 5"_s);
    REQUIRE_FALSE(remove.ok());
    CHECK(remove.error().detail.contains(u"append-only"_s));
    auto removeAll = run(db, u"DELETE FROM audit_log"_s);
    REQUIRE_FALSE(removeAll.ok());

    CHECK(rowCount(profile->database()) == 5);
    CHECK(scalar(db, u"SELECT action FROM audit_log WHERE id = 3"_s)->toString() == u"edit"_s);
    CHECK(log.verify()->intact);
}

TEST_CASE("append joins the caller's transaction", "[storage][audit]")
{
    test::TempDir dir;
    test::FakeClock clock;
    auto profile = openProfile(dir.path());
    AuditLog log(profile->database(), clock);
    Database &database = profile->database();
    const storage::SqlConnection db = storage::connectionOf(database);

    SECTION("rolled back: no row, and the id is not used up")
    {
        {
            auto tx = Transaction::begin(database);
            REQUIRE(tx.ok());
            REQUIRE(database.inTransaction());
            REQUIRE(log.append(3, u"erase"_s, u"person"_s, u"12"_s).ok());
            // Still the caller's transaction: no COMMIT happened behind its back.
            CHECK(tx->isActive());
            CHECK(database.inTransaction());
            CHECK(rowCount(profile->database()) == 1);
        }
        CHECK_FALSE(database.inTransaction());
        CHECK(rowCount(profile->database()) == 0);
        auto result = log.verify();
        REQUIRE(result.ok());
        CHECK(result->intact);
        CHECK(result->rows == 0);

        REQUIRE(log.append(3, u"view"_s).ok());
        CHECK(scalar(db, u"SELECT id FROM audit_log"_s)->toLongLong() == 1);
        CHECK(log.verify()->intact);
    }

    SECTION("committed: exactly one row")
    {
        {
            auto tx = Transaction::begin(database);
            REQUIRE(tx.ok());
            REQUIRE(log.append(3, u"erase"_s, u"person"_s, u"12"_s).ok());
            REQUIRE(tx->commit().ok());
        }
        CHECK(rowCount(profile->database()) == 1);
        auto result = log.verify();
        REQUIRE(result.ok());
        CHECK(result->intact);
        CHECK(result->rows == 1);
    }

    SECTION("on its own: a transaction of its own, closed afterwards")
    {
        REQUIRE(log.append(3, u"view"_s).ok());
        CHECK_FALSE(database.inTransaction());
        auto tx = Transaction::begin(database);
        REQUIRE(tx.ok());
        REQUIRE(tx->commit().ok());
        CHECK(rowCount(profile->database()) == 1);
    }
}

TEST_CASE("the chain check finds tampering in a copy of the database", "[storage][audit]")
{
    test::TempDir dir;
    test::FakeClock clock;
    QString sourceDb;
    {
        auto profile = openProfile(dir.path());
        AuditLog log(profile->database(), clock);
        appendFive(log, clock);
        // Everything into the main file, so a copy of it alone is complete.
        REQUIRE(profile->database().checkpoint().ok());
        sourceDb = profile->database().filePath();
    }

    SECTION("an untouched copy is intact")
    {
        auto result = verifyTamperedCopy(sourceDb, [](RawConnection &) {});
        REQUIRE(result.ok());
        CHECK(result->intact);
        CHECK(result->rows == 5);
    }

    SECTION("one field of a middle row edited")
    {
        auto result = verifyTamperedCopy(sourceDb, [](RawConnection &raw) {
            raw.exec(u"UPDATE audit_log SET entity_id = '42' WHERE id = 3"_s);
        });
        REQUIRE(result.ok());
        CHECK_FALSE(result->intact);
        CHECK(result->firstBadId == 3);
        CHECK(result->reason == u"hash mismatch"_s);
        CHECK(result->rows == 3);
    }

    SECTION("the time of a row moved by one millisecond")
    {
        auto result = verifyTamperedCopy(sourceDb, [](RawConnection &raw) {
            raw.exec(u"UPDATE audit_log SET at = '2026-03-02T09:02:00.001Z' WHERE id = 3"_s);
        });
        REQUIRE(result.ok());
        CHECK_FALSE(result->intact);
        CHECK(result->firstBadId == 3);
    }

    SECTION("the system's row given operator 0")
    {
        auto result = verifyTamperedCopy(sourceDb, [](RawConnection &raw) {
            raw.exec(u"UPDATE audit_log SET operator_id = 0 WHERE id = 5"_s);
        });
        REQUIRE(result.ok());
        CHECK_FALSE(result->intact);
        CHECK(result->firstBadId == 5);
    }

    SECTION("an edited row with its hash recomputed breaks the next link")
    {
        QString firstHash;
        {
            auto profile = openProfile(dir.path());
            firstHash = scalar(storage::connectionOf(profile->database()),
                               u"SELECT hash FROM audit_log WHERE id = 1"_s)
                            ->toString();
        }
        const QString forged = expectedHash({u"2"_s, u"2026-03-02T09:01:00.000Z"_s, u"7"_s,
                                             u"view"_s, u"person"_s, u"42"_s, u"ok"_s, firstHash});
        auto result = verifyTamperedCopy(sourceDb, [&forged](RawConnection &raw) {
            raw.exec(
                u"UPDATE audit_log SET entity_id = '42', hash = '%1' WHERE id = 2"_s.arg(forged));
        });
        REQUIRE(result.ok());
        CHECK_FALSE(result->intact);
        CHECK(result->firstBadId == 3);
        CHECK(result->reason == u"broken link"_s);
    }

    SECTION("a middle row deleted")
    {
        auto result = verifyTamperedCopy(sourceDb, [](RawConnection &raw) {
            raw.exec(u"DELETE FROM audit_log WHERE id = 3"_s);
        });
        REQUIRE(result.ok());
        CHECK_FALSE(result->intact);
        CHECK(result->firstBadId == 3);
        CHECK(result->reason == u"row missing"_s);
    }

    SECTION("the first row deleted")
    {
        auto result = verifyTamperedCopy(sourceDb, [](RawConnection &raw) {
            raw.exec(u"DELETE FROM audit_log WHERE id = 1"_s);
        });
        REQUIRE(result.ok());
        CHECK_FALSE(result->intact);
        CHECK(result->firstBadId == 1);
        CHECK(result->reason == u"row missing"_s);
    }

    SECTION("the last row deleted, noticed through sqlite_sequence")
    {
        auto result = verifyTamperedCopy(sourceDb, [](RawConnection &raw) {
            raw.exec(u"DELETE FROM audit_log WHERE id = 5"_s);
        });
        REQUIRE(result.ok());
        CHECK_FALSE(result->intact);
        CHECK(result->firstBadId == 5);
        CHECK(result->reason == u"last rows removed"_s);
        CHECK(result->rows == 4);
    }

    SECTION("every row deleted")
    {
        auto result = verifyTamperedCopy(
            sourceDb, [](RawConnection &raw) { raw.exec(u"DELETE FROM audit_log"_s); });
        REQUIRE(result.ok());
        CHECK_FALSE(result->intact);
        CHECK(result->firstBadId == 1);
        CHECK(result->reason == u"last rows removed"_s);
    }

    SECTION("a row appended after a removed last row does not hide the gap")
    {
        test::TempDir copy;
        const QString copyDb = copy.filePath(u"sportello.db"_s);
        REQUIRE(QFile::copy(sourceDb, copyDb));
        {
            RawConnection raw(copyDb);
            raw.exec(u"DROP TRIGGER audit_log_no_delete"_s);
            raw.exec(u"DELETE FROM audit_log WHERE id = 5"_s);
        }
        auto profile = openProfile(copy.path());
        AuditLog log(profile->database(), clock);
        REQUIRE(log.append(7, u"logout"_s).ok());
        auto result = log.verify();
        REQUIRE(result.ok());
        CHECK_FALSE(result->intact);
        CHECK(result->firstBadId == 5);
        CHECK(result->reason == u"row missing"_s);
    }
}
