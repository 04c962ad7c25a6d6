// SPDX-License-Identifier: GPL-3.0-or-later
// Write errors roll back (reliability target 5): with the disk "full" (max_page_count) and with
// another process holding the database's write lock past the busy timeout, a save of a session,
// of a person or of a referral with its outbox row fails with the error the window explains,
// leaves every table as it was, and the next save succeeds.
#include "../services/referralfixture.h"
#include "connection.h"
#include "sqlite.h"
#include "storage/databasekey.h"

#include <QCoreApplication>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

// The tables a save writes to, with their row counts.
QMap<QString, qint64> rowCounts(storage::Database &database)
{
    QMap<QString, qint64> counts;
    for (const QString &table :
         {u"people"_s, u"personal_fields"_s, u"blind_index"_s, u"consents"_s, u"sessions"_s,
          u"session_needs"_s, u"session_outcomes"_s, u"referrals"_s, u"referral_needs"_s,
          u"referral_transitions"_s, u"outbox"_s, u"audit_log"_s, u"report_visits"_s}) {
        storage::SqlQuery query(storage::connectionOf(database));
        REQUIRE(query.exec(u"SELECT count(*) FROM "_s + table));
        REQUIRE(query.next());
        counts.insert(table, query.value(0).toLongLong());
    }
    return counts;
}

qint64 pragma(storage::Database &database, const QString &statement)
{
    storage::SqlQuery query(storage::connectionOf(database));
    REQUIRE(query.exec(statement));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// Sealed, so incompressible: far more than the pages the free list could lend.
QString longNote(storage::Database &database)
{
    const qint64 free
        = pragma(database, u"PRAGMA freelist_count"_s) * pragma(database, u"PRAGMA page_size"_s);
    return QString(int(free) + 256 * 1024, u'n');
}

people::Session walkIn(const QString &notes)
{
    people::Session s;
    s.needs = {u"CAS.AFFITTO"_s};
    s.outcomes = {u"ORIENT_SERV"_s};
    s.notes = notes;
    return s;
}

// Another program holding the write lock of `path`, as a second desk program or a backup tool
// in the middle of a write would: this test executable in its helper mode.
struct WriteLockHolder
{
    QProcess process;

    explicit WriteLockHolder(const QString &path)
    {
        QByteArray salt;
        REQUIRE(storage::databaseFileKind(path, &salt) == storage::DatabaseFileKind::Encrypted);
        auto key = test::secrets().read(storage::DatabaseKey::keychainAccount(salt));
        REQUIRE(key.ok());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(test::kHoldWriteEnv), path);
        environment.insert(QString::fromLatin1(test::kHoldWriteKeyEnv),
                           QString::fromLatin1(key->toHex()));
        environment.insert(QString::fromLatin1(test::kHoldWriteSaltEnv),
                           QString::fromLatin1(salt.toHex()));
        process.setProcessEnvironment(environment);
        process.start(QCoreApplication::applicationFilePath(), {});
        REQUIRE(process.waitForReadyRead(30000));
        REQUIRE(process.readLine().trimmed() == "locked");
    }

    ~WriteLockHolder() { release(); }

    void release()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.kill();
        process.waitForFinished(10000);
    }
};

} // namespace

TEST_CASE("on a full disk a save fails whole with StorageFull, and the next one succeeds",
          "[storage][faults]")
{
    test::ReferralDesk desk;
    storage::Database &database = desk.profile->database();
    REQUIRE(desk.sessions->save(desk.volunteer, walkIn(u"prima"_s)).ok());
    const QString note = longNote(database);
    const auto before = rowCounts(database);

    // The disk holds not one page more than the database has now.
    const qint64 pages = pragma(database, u"PRAGMA page_count"_s);
    REQUIRE(pragma(database, u"PRAGMA max_page_count = %1"_s.arg(pages)) == pages);

    SECTION("a session")
    {
        auto saved = desk.sessions->save(desk.volunteer, walkIn(note));
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.code() == ErrorCode::StorageFull);
    }
    SECTION("a person")
    {
        people::Person p = desk.person(u"Gianni"_s, u"Pieri"_s, 1970);
        p.address = note;
        auto created = desk.people->create(desk.volunteer, p);
        REQUIRE_FALSE(created.ok());
        CHECK(created.code() == ErrorCode::StorageFull);
    }
    SECTION("a referral and its outbox row")
    {
        referrals::Referral r = desk.toComune();
        r.note = note;
        auto created = desk.referrals->create(desk.volunteer, r);
        REQUIRE_FALSE(created.ok());
        CHECK(created.code() == ErrorCode::StorageFull);
    }
    CHECK(rowCounts(database) == before);
    CHECK(pragma(database, u"PRAGMA page_count"_s) == pages);

    // Space freed: the same save goes through, on the same connection.
    REQUIRE(pragma(database, u"PRAGMA max_page_count = 1073741823"_s) > pages);
    REQUIRE(desk.sessions->save(desk.volunteer, walkIn(note)).ok());
    auto referral = desk.referrals->create(desk.volunteer, desk.toComune());
    REQUIRE(referral.ok());
    CHECK(rowCounts(database)[u"sessions"_s] == before[u"sessions"_s] + 1);
    CHECK(rowCounts(database)[u"outbox"_s] == before[u"outbox"_s] + 1);
    storage::SqlQuery check(storage::connectionOf(database));
    REQUIRE(check.exec(u"PRAGMA integrity_check"_s));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == u"ok"_s);
}

TEST_CASE("while another program holds the write lock past the busy timeout a save fails whole "
          "as busy, and succeeds once it lets go",
          "[storage][faults]")
{
    test::ReferralDesk desk;
    storage::Database &database = desk.profile->database();
    const auto before = rowCounts(database);
    {
        WriteLockHolder holder(database.filePath());
        // The whole busy timeout (5 s), as at the counter.
        auto saved = desk.sessions->save(desk.volunteer, walkIn(u"in attesa"_s));
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.code() == ErrorCode::DatabaseBusy);
        CHECK(rowCounts(database) == before);
        auto referral = desk.referrals->create(desk.volunteer, desk.toComune());
        REQUIRE_FALSE(referral.ok());
        CHECK(referral.code() == ErrorCode::DatabaseBusy);
        CHECK(rowCounts(database) == before);
        holder.release();
    }
    REQUIRE(desk.sessions->save(desk.volunteer, walkIn(u"di nuovo"_s)).ok());
    REQUIRE(desk.referrals->create(desk.volunteer, desk.toComune()).ok());
    CHECK(rowCounts(database)[u"sessions"_s] == before[u"sessions"_s] + 1);
    CHECK(rowCounts(database)[u"outbox"_s] == before[u"outbox"_s] + 1);
}
