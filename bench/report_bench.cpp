// SPDX-License-Identifier: GPL-3.0-or-later
// The desk report over a big desk (issue 15, point 9): a one-year report over N synthetic
// sessions (1,000,000 unless --sessions N; two years of them in time order, generated once into
// --cache and reused: its database key is fixed), and in the same run the naive way — one COUNT
// query per table cell — with the ratio. Target: the year's report in < 1 s here.
// Usage: report_bench [--sessions N] [--cache DIR] [--runs R] [--steps 1]
#include "connection.h"
#include "people/vocabulary.h"
#include "referrals/referralstate.h"
#include "reports/deskreport.h"
#include "services/deskservices.h"
#include "services/reportservice.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/databasekey.h"
#include "storage/migration.h"
#include "storage/transaction.h"
#include "support/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

QStringList codes(const QList<catalogue::Term> &terms, int group = -1)
{
    QStringList list;
    for (const catalogue::Term &t : terms) {
        if (group < 0 || t.group == group)
            list.append(QString::fromUtf8(t.code));
    }
    return list;
}

// Rows in batches of multi-row INSERTs inside one transaction.
class Inserter
{
public:
    Inserter(storage::Database &db, QString head, int columns)
        : m_db(db)
        , m_head(std::move(head))
        , m_columns(columns)
    { }
    bool add(const QVariantList &row)
    {
        m_values += row;
        if (++m_rows == 400)
            return flush();
        return true;
    }
    bool flush()
    {
        if (m_rows == 0)
            return true;
        QString sql = m_head + u" VALUES "_s;
        const QString one = u"("_s + QString(u"?,"_s).repeated(m_columns).chopped(1) + u")"_s;
        for (int i = 0; i < m_rows; ++i)
            sql += (i ? u","_s : QString()) + one;
        auto done = storage::runValues(storage::connectionOf(m_db), sql, m_values);
        if (!done)
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(done.error().toLogString()));
        m_values.clear();
        m_rows = 0;
        return done.ok();
    }

private:
    storage::Database &m_db;
    QString m_head;
    int m_columns;
    QVariantList m_values;
    int m_rows = 0;
};

bool generate(storage::Database &db, int sessions, const QDate &today)
{
    std::fprintf(stderr, "generating %d sessions (once; cached) …\n", sessions);
    QRandomGenerator random(20261206);
    const auto pick = [&random](const QStringList &list) {
        return list.at(int(random.bounded(int(list.size()))));
    };
    using people::Vocabulary;
    const QStringList types = codes(Vocabulary::sessionTypes());
    const QStringList channels = codes(Vocabulary::sessionChannels());
    const QStringList macros = codes(Vocabulary::needs(), 0);
    const QStringList micros = codes(Vocabulary::needs(), 1);
    const QStringList genders {u"F"_s, u"M"_s, u"NON_CHIESTO"_s};
    const QStringList citizenships {u"IT"_s, u"UE"_s, u"EXTRA_UE"_s};
    const QStringList comuni {u"015175"_s, u"015205"_s, u"015242"_s, u"015185"_s, u"ALTRO"_s};
    const QStringList destinations = referrals::destinationTypes();
    QStringList states;
    for (const referrals::State s : referrals::allStates())
        states.append(referrals::stateCode(s));
    const QDateTime start(today.addYears(-2), QTime(8, 0));
    const qint64 span = start.secsTo(QDateTime(today, QTime(18, 0)));
    const int peopleCount = std::max(1, sessions / 10);

    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return false;
    // The batches of each table fill at their own pace: the keys are checked at commit.
    if (!storage::run(storage::connectionOf(db), u"PRAGMA defer_foreign_keys = ON"_s))
        return false;
    Inserter people(
        db,
        u"INSERT INTO people(birth_year, gender, residence, citizenship, household_type,"
        " household_size, minors, employment, education, language,"
        " contact_preference, created_at, updated_at)"_s,
        13);
    const QString created = storage::storedTime(start);
    for (int p = 0; p < peopleCount; ++p) {
        if (!people.add({1930 + int(random.bounded(80)), pick(genders), pick(comuni),
                         pick(citizenships), u"SOLO"_s, 1, 0, u"ALTRO"_s, u"DIPLOMA"_s, u"it"_s,
                         u"TEL"_s, created, created}))
            return false;
    }
    Inserter rows(db,
                  u"INSERT INTO sessions(id, uid, person_id, started_at, type, channel, arrival,"
                  " created_at)"_s,
                  8);
    Inserter needs(db, u"INSERT OR IGNORE INTO session_needs(session_id, code, macro)"_s, 3);
    Inserter services(db,
                      u"INSERT OR IGNORE INTO session_services(session_id, service_uid,"
                      " service_name, catalogue_version)"_s,
                      4);
    // A desk records its sessions as they happen: ids follow time, as in real use.
    std::vector<qint64> offsets(size_t(sessions), 0);
    for (qint64 &offset : offsets)
        offset = qint64(random.bounded(quint64(span)));
    std::sort(offsets.begin(), offsets.end());
    for (int s = 1; s <= sessions; ++s) {
        const QString at = storage::storedTime(start.addSecs(offsets.at(size_t(s - 1))));
        const QVariant person = random.bounded(10) == 0
            ? QVariant(QMetaType(QMetaType::LongLong))
            : QVariant(1 + qint64(random.bounded(peopleCount)));
        if (!rows.add({s, u"00000000-0000-4000-8000-%1"_s.arg(s, 12, 10, QChar(u'0')), person, at,
                       pick(types), pick(channels), u"SPONT"_s, at}))
            return false;
        for (int n = 0, count = 1 + int(random.bounded(3)); n < count; ++n) {
            const QString code = random.bounded(4) == 0 ? pick(macros) : pick(micros);
            if (!needs.add({s, code, Vocabulary::needMacro(code)}))
                return false;
        }
        if (random.bounded(3) == 0
            && !services.add({s, u"svc-%1"_s.arg(random.bounded(60)), u"Servizio"_s, 1}))
            return false;
    }
    Inserter referralRows(db,
                          u"INSERT INTO referrals(uid, person_id, kind, destination_type, urgency,"
                          " state, sent_at, taken_over_at, created_at, updated_at)"_s,
                          10);
    for (int r = 0; r < sessions / 20; ++r) {
        const QDateTime createdAt = start.addSecs(qint64(random.bounded(quint64(span))));
        const bool taken = random.bounded(2) == 0;
        if (!referralRows.add(
                {u"00000000-0000-4000-9000-%1"_s.arg(r, 12, 10, QChar(u'0')),
                 1 + qint64(random.bounded(peopleCount)), u"INVIO"_s, pick(destinations), u"ORD"_s,
                 taken ? u"PRESA_IN_CARICO"_s : pick(states), storage::storedTime(createdAt),
                 taken ? storage::storedTime(createdAt.addDays(random.bounded(30))) : QString(),
                 storage::storedTime(createdAt), storage::storedTime(createdAt)}))
            return false;
    }
    for (Inserter *i : {&people, &rows, &needs, &services, &referralRows}) {
        if (!i->flush())
            return false;
    }
    return tx->commit().ok();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// The naive way: one COUNT per cell of the main tables, for both periods.
int naive(storage::Database &db, const reports::DeskReport &report)
{
    const auto &c = storage::connectionOf(db);
    // The same page cache as the report's, so only the way of asking differs.
    if (!storage::scalar(c, u"PRAGMA cache_size = -65536"_s))
        return -1;
    int queries = 0;
    for (const reports::Period &p : {report.period, report.previousPeriod}) {
        const QString from = storage::storedTime(QDateTime(p.from, QTime(0, 0)));
        const QString until = storage::storedTime(QDateTime(p.to.addDays(1), QTime(0, 0)));
        for (const reports::Breakdown &b : report.breakdowns) {
            QString sql;
            if (b.id == u"sessions.type" || b.id == u"sessions.channel")
                sql = u"SELECT count(*) FROM sessions WHERE started_at >= ? AND started_at < ? AND %1 = ?"_s
                          .arg(b.id.section(u'.', 1));
            else if (b.id == u"needs.macro")
                sql = u"SELECT count(DISTINCT n.session_id) FROM session_needs n JOIN sessions s ON"
                      " s.id = n.session_id WHERE s.started_at >= ? AND s.started_at < ? AND n.macro = ?"_s;
            else if (b.id == u"needs.micro")
                sql = u"SELECT count(*) FROM session_needs n JOIN sessions s ON s.id = n.session_id"
                      " WHERE s.started_at >= ? AND s.started_at < ? AND n.code = ?"_s;
            else if (b.id == u"people.gender" || b.id == u"people.citizenship"
                     || b.id == u"people.comune")
                sql = u"SELECT count(*) FROM people p WHERE p.id IN (SELECT person_id FROM sessions"
                      " WHERE started_at >= ? AND started_at < ?) AND p.%1 = ?"_s.arg(
                          b.id == u"people.comune" ? u"residence"_s : b.id.section(u'.', 1));
            else if (b.id == u"referrals.destination" || b.id == u"referrals.state")
                sql = u"SELECT count(*) FROM referrals WHERE created_at >= ? AND created_at < ? AND %1 = ?"_s
                          .arg(b.id == u"referrals.state" ? u"state"_s : u"destination_type"_s);
            else
                continue;
            for (const QString &code : b.codes) {
                auto value = storage::scalar(c, sql, {from, until, code});
                if (!value)
                    return -1;
                ++queries;
            }
        }
    }
    return queries;
}

// The counters' price at the counter (migration 0017): the time to save `count` sessions, each
// with two needs and a service, into this desk, with the report's triggers or without them (all
// in a transaction rolled back afterwards, so the desk is left as it was).
double saveMs(storage::Database &db, bool counters, int count, const QDate &today)
{
    const auto &c = storage::connectionOf(db);
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return -1;
    if (!counters) {
        auto names = storage::run(c,
                                  u"SELECT name FROM sqlite_schema WHERE type = 'trigger'"
                                  " AND name LIKE 'report\\_%' ESCAPE '\\'"_s);
        if (!names)
            return -1;
        QStringList triggers;
        while (names->next())
            triggers.append(names->value(0).toString());
        for (const QString &name : std::as_const(triggers)) {
            if (!storage::run(c, u"DROP TRIGGER "_s + name))
                return -1;
        }
    }
    const QString at = storage::storedTime(QDateTime(today, QTime(10, 0)));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        auto session = storage::run(
            c,
            u"INSERT INTO sessions(uid, person_id, started_at, type, channel, arrival, created_at)"
            " VALUES (?, ?, ?, 'ASCOLTO', 'PRES', 'SPONT', ?)"_s,
            {u"bench-save-%1"_s.arg(i), 1 + i % 1000, at, at});
        if (!session)
            return -1;
        const qint64 id = session->lastInsertId().toLongLong();
        for (const auto &[code, macro] :
             {std::pair {u"CAS.SFRATTO"_s, u"CAS"_s}, std::pair {u"POV.INSUF"_s, u"POV"_s}}) {
            if (!storage::run(c,
                              u"INSERT INTO session_needs(session_id, code, macro)"
                              " VALUES (?, ?, ?)"_s,
                              {id, code, macro}))
                return -1;
        }
        if (!storage::run(c,
                          u"INSERT INTO session_services(session_id, service_uid, service_name,"
                          " catalogue_version) VALUES (?, 'svc-1', 'Servizio', 1)"_s,
                          {id}))
            return -1;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    tx->rollback();
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int sessions = 1000000;
    int runs = 5;
    bool showSteps = false; // --steps 1: the time of each statement of the last run
    QString cache = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                        .filePath(u"sportello-bench"_s);
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--sessions")
            sessions = std::max(100, args.at(++i).toInt());
        else if (args.at(i) == u"--cache")
            cache = args.at(++i);
        else if (args.at(i) == u"--runs")
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == u"--steps")
            showSteps = args.at(++i) != u"0";
    }
    const QString dir = QDir(cache).filePath(u"report-%1"_s.arg(sessions));
    QDir().mkpath(dir);
    const SystemClock clock;
    const QDate today = clock.today();
    // A fixed key, so the generated desk (synthetic data only) opens again in the next run.
    const auto key = storage::DatabaseKey::fromBytes(QByteArray(32, 'r'), QByteArray(16, 's'));
    if (!key)
        return 1;
    auto db = storage::Database::open(dir + u"/sportello.db"_s,
                                      storage::MigrationSet::application(), *key);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dir),
                     qPrintable(db.error().toLogString()));
        return 1;
    }
    auto held = storage::scalar(storage::connectionOf(**db), u"SELECT count(*) FROM sessions"_s);
    if (!held || held->toLongLong() != sessions) {
        if (held && held->toLongLong() > 0) {
            std::fprintf(stderr, "%s holds another desk; remove it\n", qPrintable(dir));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (!generate(**db, sessions, today))
            return 1;
        std::fprintf(stderr, "generated in %.1f s\n", double(timer.elapsed()) / 1000);
    }

    services::DeskServices desk(**db, clock);
    services::ReportService service(desk.context());
    const reports::Period year {today.addYears(-1).addDays(1), today};
    std::vector<double> ours;
    std::optional<reports::DeskReport> report;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        // The time of each step (a statement, or the unmet needs' part) of the last run.
        std::vector<double> steps;
        qint64 last = 0;
        auto computed = service.deskReportAsSystem(year, [&](int, int) {
            const qint64 now = timer.nsecsElapsed();
            steps.push_back(double(now - last) / 1e6);
            last = now;
            return true;
        });
        if (showSteps && r + 1 == runs) {
            for (std::size_t i = 0; i < steps.size(); ++i)
                std::fprintf(stderr, "step %2zu: %8.1f ms\n", i, steps.at(i));
        }
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!computed) {
            std::fprintf(stderr, "report failed: %s\n", qPrintable(computed.error().toLogString()));
            return 1;
        }
        report = *computed;
    }
    std::vector<double> naiveMs;
    int queries = 0;
    for (int r = 0; r < std::max(1, runs / 2); ++r) {
        QElapsedTimer timer;
        timer.start();
        queries = naive(**db, *report);
        naiveMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (queries < 0)
            return 1;
    }
    std::printf("Sportello desk report benchmark — %d sessions over two years, the last year\n",
                sessions);
    std::printf("sessions in the year %lld, people %lld, referrals %lld\n",
                static_cast<long long>(report->sessions.current),
                static_cast<long long>(report->people.current),
                static_cast<long long>(report->referrals.current));
    std::printf(
        "our report (both periods, every table)  first %8.1f ms   median %8.1f ms  (n=%d)\n",
        ours.front(), median(ours), runs);
    std::printf("naive, one COUNT per cell (%d queries, the main tables only)  median %8.1f ms\n",
                queries, median(naiveMs));
    std::printf("ratio naive / ours  %.1fx   target: ours < 1000 ms\n",
                median(naiveMs) / median(ours));
    constexpr int saved = 2000;
    std::vector<double> with;
    std::vector<double> without;
    for (int r = 0; r < 3; ++r) {
        with.push_back(saveMs(**db, true, saved, today));
        without.push_back(saveMs(**db, false, saved, today));
        if (with.back() < 0 || without.back() < 0)
            return 1;
    }
    std::printf("saving a session (2 needs, 1 service), median of 3 x %d: with the report's"
                " counters %.3f ms, without %.3f ms\n",
                saved, median(with) / saved, median(without) / saved);
    return 0;
}
