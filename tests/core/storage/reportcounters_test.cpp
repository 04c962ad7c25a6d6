// SPDX-License-Identifier: GPL-3.0-or-later
// The desk report reads counters that triggers keep as sessions are written (migration 0017,
// decision 44). Whatever is written — sessions saved, moved, deleted, their needs, ambiti and
// services taken away, people moving house, detached or erased — the counters must be what a
// rebuild from the sessions gives (the migration's own INSERTs), and their days the desk's
// local days, across a change of summer time.
#include "connection.h"
#include "memorysecretstore.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/migration.h"
#include "testhelpers.h"

#include <QRandomGenerator>

#include <catch2/catch_test_macros.hpp>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::storage;

namespace {

const QStringList kCounters {u"report_days"_s, u"report_visits"_s, u"report_first_visits"_s,
                             u"report_need_people"_s};

// The process runs in `zone` while the object lives (Unix: the TZ variable, as SQLite's
// 'localtime' and Qt's local time both read it).
class TimeZone final
{
public:
    explicit TimeZone(const char *zone)
        : m_previous(qgetenv("TZ"))
        , m_had(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        reread();
    }
    ~TimeZone()
    {
        if (m_had)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        reread();
    }
    Q_DISABLE_COPY_MOVE(TimeZone)

private:
    static void reread()
    {
#ifdef Q_OS_WIN
        _tzset();
#else
        tzset();
#endif
    }

    QByteArray m_previous;
    bool m_had;
};

qint64 count(const SqlConnection &db, const QString &sql, const QVariantList &values = {})
{
    auto rows = runValues(db, sql, values);
    INFO(sql.toStdString());
    REQUIRE(rows.ok());
    return rows->next() ? rows->value(0).toLongLong() : 0;
}

void exec(const SqlConnection &db, const QString &sql, const QVariantList &values = {})
{
    auto done = runValues(db, sql, values);
    INFO(sql.toStdString());
    INFO((done ? QString() : done.error().toLogString()).toStdString());
    REQUIRE(done.ok());
}

// Rows of `table` that are not in `other`.
qint64 missing(const SqlConnection &db, const QString &table, const QString &other)
{
    return count(
        db, u"SELECT count(*) FROM (SELECT * FROM %1 EXCEPT SELECT * FROM %2)"_s.arg(table, other));
}

// The counters as the triggers left them, against a rebuild with the migration's INSERTs.
void checkAgainstRebuild(const SqlConnection &db, bool withPeople = true)
{
    for (const QString &table : kCounters) {
        exec(db, u"DROP TABLE IF EXISTS temp.kept_%1"_s.arg(table));
        exec(db, u"CREATE TEMP TABLE kept_%1 AS SELECT * FROM main.%1"_s.arg(table));
        exec(db, u"DELETE FROM main.%1"_s.arg(table));
    }
    exec(db, u"DROP TABLE IF EXISTS temp.kept_names"_s);
    exec(db, u"CREATE TEMP TABLE kept_names AS SELECT uid FROM main.report_service_names"_s);
    exec(db, u"DELETE FROM main.report_service_names"_s);
    int inserts = 0;
    for (const Migration &m : MigrationSet::application().migrations()) {
        if (m.version != 17)
            continue;
        for (const QString &statement : m.statements) {
            if (statement.startsWith(u"INSERT INTO report_"_s)) {
                exec(db, statement);
                ++inserts;
            }
        }
    }
    REQUIRE(inserts == 13);
    for (const QString &table : kCounters) {
        INFO(table.toStdString());
        if (withPeople || table == u"report_days" || table == u"report_need_people")
            CHECK(count(db, u"SELECT count(*) FROM main.%1"_s.arg(table)) > 0);
        CHECK(missing(db, u"temp.kept_"_s + table, u"main."_s + table) == 0);
        CHECK(missing(db, u"main."_s + table, u"temp.kept_"_s + table) == 0);
        if (table != u"report_first_visits") // the others count, and keep no zero
            CHECK(count(db, u"SELECT count(*) FROM temp.kept_%1 WHERE n <= 0"_s.arg(table)) == 0);
    }
    // A service's name stays once recorded; every service still suggested has one.
    CHECK(count(db,
                u"SELECT count(*) FROM main.report_service_names WHERE uid NOT IN"
                " (SELECT uid FROM temp.kept_names)"_s)
          == 0);
}

} // namespace

TEST_CASE("the report's counters are what a rebuild gives, whatever is written to the sessions",
          "[storage][reports]")
{
    TimeZone rome("Europe/Rome"); // summer time begins on 29 March 2026
    test::TempDir dir;
    auto opened
        = Database::open(dir.filePath(u"a.db"_s), MigrationSet::application(), test::databaseKey());
    REQUIRE(opened.ok());
    const SqlConnection db = connectionOf(**opened);

    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator random(seed);
    const auto pick = [&](const QStringList &list) {
        return list.at(int(random.bounded(int(list.size()))));
    };
    const QStringList comuni {u"015175"_s, u"015205"_s, u"015242"_s};
    const QStringList needs {u"CAS"_s, u"CAS.SFRATTO"_s, u"CAS.AFFITTO"_s,
                             u"POV"_s, u"POV.INSUF"_s,   u"OCC.DISOCC"_s};
    const QString now = storedTime(QDateTime(QDate(2026, 4, 10), QTime(9, 0)));
    const auto addPerson = [&] {
        exec(db,
             u"INSERT INTO people(birth_year, gender, residence, citizenship, household_type,"
             " household_size, minors, employment, education, language, contact_preference,"
             " created_at, updated_at) VALUES (1970, 'F', ?, 'IT', 'SOLO', 1, 0, 'ALTRO',"
             " 'DIPLOMA', 'it', 'TEL', ?, ?)"_s,
             {pick(comuni), now, now});
    };
    for (int i = 0; i < 8; ++i)
        addPerson();
    // A row of `table` chosen by the seed (0 when there is none).
    const auto someRow = [&](const QString &table, const QString &column = u"id"_s) {
        const qint64 rows = count(db, u"SELECT count(*) FROM "_s + table);
        if (rows == 0)
            return qint64(0);
        return count(db, u"SELECT %1 FROM %2 ORDER BY %1 LIMIT 1 OFFSET ?"_s.arg(column, table),
                     {qint64(random.bounded(quint64(rows)))});
    };
    const auto someId = [&](const QString &table) {
        return someRow(table);
    };
    // Local times from 26 March to 1 April, at any minute: midnights and the lost hour too.
    const auto someTime = [&] {
        const QDate day = QDate(2026, 3, 26).addDays(random.bounded(7));
        QDateTime at(day, QTime(int(random.bounded(24)), int(random.bounded(60))));
        if (!at.isValid()) // 02:xx on 29 March is not a time in Rome
            at = QDateTime(day, QTime(3, 30));
        return storedTime(at);
    };
    int sessions = 0;
    for (int op = 0; op < 400; ++op) {
        const int kind = int(random.bounded(100));
        if (kind < 55 || sessions < 5) {
            const qint64 person = random.bounded(4) == 0 ? 0 : someId(u"people"_s);
            const bool facilitation = random.bounded(4) == 0;
            exec(db,
                 u"INSERT INTO sessions(uid, person_id, started_at, type, channel, arrival,"
                 " facilitation_kind, facilitation_goal, created_at)"
                 " VALUES (?, ?, ?, ?, ?, 'SPONT', ?, ?, ?)"_s,
                 {u"s-%1"_s.arg(op),
                  person ? QVariant(person) : QVariant(QMetaType(QMetaType::LongLong)), someTime(),
                  facilitation ? u"FACDIG"_s : pick({u"ASCOLTO"_s, u"ORIENT"_s}),
                  pick({u"PRES"_s, u"TEL"_s}), facilitation ? u"SPID"_s : QString(),
                  facilitation ? pick({u""_s, u"RAGGIUNTO"_s}) : QString(), now});
            const qint64 id = count(db, u"SELECT last_insert_rowid()"_s);
            for (int n = int(random.bounded(4)); n > 0; --n) {
                const QString code = pick(needs);
                exec(db,
                     u"INSERT OR IGNORE INTO session_needs(session_id, code, macro)"
                     " VALUES (?, ?, ?)"_s,
                     {id, code, code.section(u'.', 0, 0)});
            }
            for (int n = int(random.bounded(3)); n > 0; --n)
                exec(db,
                     u"INSERT OR IGNORE INTO session_services(session_id, service_uid,"
                     " service_name, catalogue_version) VALUES (?, ?, ?, 1)"_s,
                     {id, pick({u"svc-a"_s, u"svc-b"_s, u"svc-c"_s}), pick({u"A"_s, u"B"_s})});
            if (facilitation)
                exec(db, u"INSERT OR IGNORE INTO session_ambiti(session_id, code) VALUES (?, ?)"_s,
                     {id, pick({u"SANITA"_s, u"PA"_s})});
            if (random.bounded(5) == 0)
                exec(db, u"INSERT INTO session_outcomes(session_id, code) VALUES (?, 'NON_COMP')"_s,
                     {id});
            ++sessions;
        } else if (kind < 65) {
            exec(db, u"DELETE FROM sessions WHERE id = ?"_s, {someId(u"sessions"_s)});
        } else if (kind < 73) {
            exec(db, u"UPDATE sessions SET started_at = ?, type = ? WHERE id = ?"_s,
                 {someTime(), pick({u"ASCOLTO"_s, u"ACCOGL"_s}), someId(u"sessions"_s)});
        } else if (kind < 77) {
            exec(db, u"UPDATE sessions SET person_id = NULL WHERE person_id = ?"_s,
                 {someId(u"people"_s)});
        } else if (kind < 80) {
            exec(db, u"UPDATE sessions SET person_id = ? WHERE id = ?"_s,
                 {someId(u"people"_s), someId(u"sessions"_s)});
        } else if (kind < 84) {
            exec(db, u"DELETE FROM people WHERE id = ?"_s, {someId(u"people"_s)});
            addPerson();
        } else if (kind < 90) {
            exec(db, u"UPDATE people SET residence = ? WHERE id = ?"_s,
                 {pick(comuni), someId(u"people"_s)});
        } else if (kind < 96) {
            exec(db, u"DELETE FROM session_needs WHERE rowid = ?"_s,
                 {someRow(u"session_needs"_s, u"rowid"_s)});
        } else {
            exec(db, u"DELETE FROM session_services WHERE rowid = ?"_s,
                 {someRow(u"session_services"_s, u"rowid"_s)});
            exec(db, u"DELETE FROM session_ambiti WHERE rowid = ?"_s,
                 {someRow(u"session_ambiti"_s, u"rowid"_s)});
        }
    }

    // Each local day's sessions, as the report's periods bound them, are the day's counters.
    for (QDate day(2026, 3, 26); day <= QDate(2026, 4, 1); day = day.addDays(1)) {
        INFO(day.toString(Qt::ISODate).toStdString());
        const qint64 number = day.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
        CHECK(count(db, u"SELECT count(*) FROM sessions WHERE started_at >= ? AND started_at < ?"_s,
                    {storedTime(QDateTime(day, QTime(0, 0))),
                     storedTime(QDateTime(day.addDays(1), QTime(0, 0)))})
              == count(db,
                       u"SELECT coalesce(sum(n), 0) FROM report_days WHERE dim = 'type'"
                       " AND day = ?"_s,
                       {number}));
    }
    checkAgainstRebuild(db);
}

TEST_CASE("the report's counters refuse a child row changed in place", "[storage][reports]")
{
    test::TempDir dir;
    auto opened
        = Database::open(dir.filePath(u"a.db"_s), MigrationSet::application(), test::databaseKey());
    REQUIRE(opened.ok());
    const SqlConnection db = connectionOf(**opened);
    const QString now = storedTime(QDateTime(QDate(2026, 4, 10), QTime(9, 0)));
    exec(db,
         u"INSERT INTO sessions(id, uid, started_at, type, channel, arrival, created_at)"
         " VALUES (1, 's-1', ?, 'ASCOLTO', 'PRES', 'SPONT', ?)"_s,
         {now, now});
    exec(db,
         u"INSERT INTO session_needs(session_id, code, macro) VALUES (1, 'CAS.SFRATTO', 'CAS')"_s);
    // Changed in place, the counters could not follow: the write is refused, nothing changes.
    CHECK_FALSE(run(db, u"UPDATE session_needs SET code = 'POV.INSUF', macro = 'POV'"_s).ok());
    CHECK(
        count(db, u"SELECT n FROM report_days WHERE dim = 'need.micro' AND code = 'CAS.SFRATTO'"_s)
        == 1);
    checkAgainstRebuild(db, false);
}
