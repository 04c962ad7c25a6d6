// SPDX-License-Identifier: GPL-3.0-or-later
// The district report (issue 15, point 9) over 1,000,000 referral records of 20 desks, on
// SQLite and on a throw-away PostgreSQL server: the time of Store::districtCounts plus
// publishDistrict (suppression), best and median of five runs. The records are written straight
// into the hub's referrals table (the report reads only that table, one row per referral: a
// million rows is what well over a million events leave), with a record body of realistic size.
// Target: < 2 s each. Prints figures; passes or fails nothing (docs/performance.md).
#include "hub/store.h"
#include "pgserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

constexpr int kReferrals = 1000000;
constexpr int kDesks = 20;
constexpr int kRuns = 5;

// The rows, in SQL both engines read: `n` is the row's number, `pad` a 400-character body.
QString pick(const QString &n, int prime, const QStringList &values)
{
    QString sql = u"CASE (("_s + n + u" * "_s + QString::number(prime) + u") % "_s
        + QString::number(values.size()) + u")"_s;
    for (qsizetype i = 0; i < values.size(); ++i)
        sql += u" WHEN "_s + QString::number(i) + u" THEN '"_s + values.at(i) + u"'"_s;
    return sql + u" END"_s;
}

QString columnsOf(const QString &n, const QString &pad)
{
    const QString phase = u"((("_s + n + u") * 13) % 7)"_s;
    QStringList columns {
        u"'r' || "_s + n,
        u"'desk' || ("_s + n + u" % "_s + QString::number(kDesks) + u")"_s,
        u"NULL"_s,
        pad,
        u"'2026-01-01T00:00:00Z'"_s,
        u"'2026-01-01T00:00:00Z'"_s,
        pick(n, 7,
             {u"2026-01"_s, u"2026-02"_s, u"2026-03"_s, u"2026-04"_s, u"2026-05"_s, u"2026-06"_s,
              u"2026-07"_s, u"2026-08"_s, u"2026-09"_s, u"2026-10"_s, u"2026-11"_s, u"2026-12"_s}),
        pick(n, 11,
             {u"015175"_s, u"015205"_s, u"015242"_s, u"015175"_s, u"FUORI_DISTRETTO"_s, u"ND"_s}),
        pick(n, 17,
             {u"0-17"_s, u"18-29"_s, u"30-44"_s, u"45-54"_s, u"55-64"_s, u"65-74"_s, u"75+"_s,
              u"ND"_s}),
        pick(n, 19, {u"F"_s, u"M"_s, u"F"_s, u"altro"_s}),
        pick(n, 23, {u"IT"_s, u"UE"_s, u"EXTRA_UE"_s, u"IT"_s}),
        pick(n, 29,
             {u"SS_COMUNE"_s, u"SS_SEGR"_s, u"CPI"_s, u"INPS"_s, u"CAF"_s, u"PATR"_s, u"CDA"_s,
              u"ALTRO"_s}),
        pick(n, 13,
             {u"INVIATA"_s, u"RICEVUTA"_s, u"PRESA_IN_CARICO"_s, u"PRESA_IN_CARICO"_s,
              u"NON_PRESA_IN_CARICO"_s, u"CHIUSA"_s, u"IN_VALUTAZIONE"_s}),
        u"CASE WHEN "_s + phase + u" = 5 THEN 'RISOLTA' ELSE NULL END"_s,
        u"CASE WHEN "_s + phase + u" IN (2, 3, 5) THEN "_s
            + pick(n, 31, {u"0-7"_s, u"8-14"_s, u"15-30"_s, u"31-60"_s, u"61+"_s})
            + u" ELSE NULL END"_s,
        pick(n, 37,
             {u",POV,"_s, u",CAS,LAV,"_s, u",SAL,"_s, u",POV,CAS,FAM,"_s, u",IMM,"_s, u",LAV,"_s}),
        u"CASE WHEN "_s + phase + u" IN (2, 3, 4, 5) THEN 1 ELSE 0 END"_s,
    };
    return columns.join(u", "_s);
}

const QString kInsert
    = u"INSERT INTO referrals(ref_uuid, origin_desk, dest_org, record, occurred_at, updated_at,"
      " anno_mese, comune, fascia_eta, genere, cittadinanza, dest_tipo, stato, esito, giorni,"
      " bisogni, answered) "_s;

QString desksSql()
{
    QString sql = u"INSERT INTO desks(id, name, comune, token_hash, created_at) VALUES "_s;
    for (int d = 0; d < kDesks; ++d)
        sql += (d ? u", "_s : QString()) + u"('desk"_s + QString::number(d) + u"', 'Sportello "_s
            + QString::number(d) + u"', '015175', 'hash"_s + QString::number(d)
            + u"', '2026-01-01T00:00:00Z')"_s;
    return sql;
}

void measure(const char *engine, hub::Store &store)
{
    QList<qint64> times;
    qint64 total = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto counts = store.districtCounts({u"2026-01"_s, u"2026-12"_s});
        if (!counts) {
            std::printf("%s: %s\n", engine, qPrintable(counts.error().toLogString()));
            return;
        }
        const reports::DistrictReport report = reports::publishDistrict(*counts, 5);
        times.append(timer.elapsed());
        total = report.table(u"referrals.desk"_s)->grandTotal().value_or(-1);
    }
    std::sort(times.begin(), times.end());
    std::printf("%-10s  %d referral records, %d desks: district report best %lld ms, median %lld "
                "ms (target < 2000 ms); referrals counted %lld\n",
                engine, kReferrals, kDesks, times.first(), times.at(kRuns / 2), total);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    {
        const QString path = dir.filePath(u"hub.db"_s);
        auto store = hub::openStore(u"sqlite:"_s + path, u"bench-sqlite"_s);
        if (!store
            || !(*store)->setDistrict({u"Est Milano"_s, {u"015175"_s, u"015205"_s, u"015242"_s}})) {
            std::printf("SQLite: the store cannot be opened\n");
            return 1;
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-fill"_s);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery query(db);
            QElapsedTimer fill;
            fill.start();
            const bool ok = query.exec(desksSql())
                && query.exec(u"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n"
                              " WHERE x < %1) "_s.arg(kReferrals)
                              + kInsert + u"SELECT "_s
                              + columnsOf(u"x"_s, u"substr(hex(zeroblob(200)), 1, 400)"_s)
                              + u" FROM n"_s);
            if (!ok) {
                std::printf("SQLite fill: %s\n", qPrintable(query.lastError().text()));
                return 1;
            }
            query.exec(u"ANALYZE"_s);
            std::printf("SQLite      filled in %lld ms\n", fill.elapsed());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bench-fill"_s);
        measure("SQLite", **store);
    }
    QString why;
    test::PgServer *pg = test::PgServer::instance(&why);
    if (!pg) {
        std::printf("PostgreSQL: no server (%s)\n", qPrintable(why));
        return 0;
    }
    const QString url = pg->createDatabase();
    auto store = hub::openStore(url, u"bench-pg"_s);
    if (!store
        || !(*store)->setDistrict({u"Est Milano"_s, {u"015175"_s, u"015205"_s, u"015242"_s}})) {
        std::printf("PostgreSQL: the store cannot be opened\n");
        return 1;
    }
    QElapsedTimer fill;
    fill.start();
    (void)pg->value(url, desksSql());
    (void)pg->value(url,
                    kInsert + u"SELECT "_s + columnsOf(u"x"_s, u"repeat('0', 400)"_s)
                        + u" FROM generate_series(1, %1) AS x"_s.arg(kReferrals));
    (void)pg->value(url, u"ANALYZE"_s);
    std::printf("PostgreSQL  filled in %lld ms (%s referral rows)\n", fill.elapsed(),
                qPrintable(pg->value(url, u"SELECT count(*) FROM referrals"_s)));
    measure("PostgreSQL", **store);
    return 0;
}
