// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/reportqueries.h"

#include "connection.h"
#include "sql.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

// The start of a local day, as stored (UTC).
QString dayStart(const QDate &day)
{
    return storedTime(QDateTime(day, QTime(0, 0)));
}

// A local day as the report's counters number it: days since 1970-01-01 (migration 0017).
qint64 dayNumber(const QDate &day)
{
    return day.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
}

} // namespace

ReportQueries::ReportQueries(Database &database)
    : m_database(database)
{
    // A report reads the same pages more than once (the counters of both periods, the people
    // of both); with SQLite's default 2 MB cache it would read and decrypt them afresh. A larger
    // cache, for this connection, while the queries live.
    const SqlConnection &db = connectionOf(m_database);
    if (auto size = scalar(db, u"PRAGMA cache_size"_s); size && size->isValid())
        m_previousCacheSize = size->toLongLong();
    if (!scalar(db, u"PRAGMA cache_size = %1"_s.arg(kCacheKiB)))
        m_previousCacheSize.reset();
}

ReportQueries::~ReportQueries()
{
    if (m_previousCacheSize)
        (void)scalar(connectionOf(m_database),
                     u"PRAGMA cache_size = %1"_s.arg(*m_previousCacheSize));
}

Result<PeriodCounts> ReportQueries::count(const QDate &from, const QDate &to, const QDate &today,
                                          int topServices, const Step &step) const
{
    const SqlConnection &db = connectionOf(m_database);
    const QString start = dayStart(from);
    const QString until = dayStart(to.addDays(1));
    // The bounds go into the text: ISO times and day numbers this function made (digits, "-",
    // ":", "T", "Z"), which one statement uses several times.
    const auto bind = [&](QString sql) {
        return sql.replace(u":from"_s, u'\'' + start + u'\'')
            .replace(u":until"_s, u'\'' + until + u'\'')
            .replace(u":first"_s, QString::number(dayNumber(from)))
            .replace(u":last"_s, QString::number(dayNumber(to)));
    };
    PeriodCounts counts;
    std::optional<Error> failure; // the first query that failed, or the cancel
    // Whether to run the next statement: not after a failure, nor when the caller gives up.
    const auto goOn = [&] {
        if (!failure && step && !step())
            failure = makeError(ErrorCode::Cancelled, u"report cancelled"_s);
        return !failure;
    };
    const auto query = [&](const QString &sql, const QVariantList &values) {
        std::optional<SqlQuery> rows;
        if (!goOn())
            return rows;
        auto ran = runValues(db, bind(sql), values);
        if (!ran)
            failure = failure.value_or(ran.error());
        else
            rows = std::move(*ran);
        return rows;
    };
    const auto number = [&](const QString &sql, qint64 *into, const QVariantList &values = {}) {
        auto rows = query(sql, values);
        if (rows)
            *into = rows->next() ? rows->value(0).toLongLong() : 0;
        return rows.has_value();
    };
    const auto table = [&](const QString &id, const QString &sql, const QVariantList &values = {},
                           bool withName = false) {
        auto rows = query(sql, values);
        if (!rows)
            return false;
        auto &list = counts.tables[id];
        while (rows->next()) {
            const QString code = rows->value(0).toString();
            list.append(std::pair {code, rows->value(1).toLongLong()});
            if (withName)
                counts.serviceNames.insert(code, rows->value(2).toString());
        }
        return true;
    };
    // A table of the counters kept by day (migration 0017).
    const auto counted = [&](const QString &id, const QString &dim) {
        return table(id,
                     u"SELECT code, sum(n) FROM report_days WHERE dim = ? AND day BETWEEN :first"
                     " AND :last GROUP BY code"_s,
                     {dim});
    };
    // The people met in the period, in one ordered pass over each person's days, with what
    // the breakdowns count them by: each row a combination and its people.
    const auto people = [&] {
        auto rows = query(u"SELECT p.birth_year, p.gender, p.citizenship, p.residence, count(*)"
                          " FROM (SELECT DISTINCT person_id FROM report_visits"
                          " WHERE day BETWEEN :first AND :last) v"
                          " JOIN people p ON p.id = v.person_id GROUP BY 1, 2, 3, 4"_s,
                          {});
        if (!rows)
            return false;
        const QStringList ids {u"people.birth_year"_s, u"people.gender"_s, u"people.citizenship"_s,
                               u"people.comune"_s};
        QList<std::map<QString, qint64>> byColumn(ids.size()); // in code order, as GROUP BY
        while (rows->next()) {
            const qint64 n = rows->value(4).toLongLong();
            counts.people += n;
            for (int c = 0; c < ids.size(); ++c)
                byColumn[c][rows->value(c).toString()] += n;
        }
        for (int c = 0; c < ids.size(); ++c) {
            auto &list = counts.tables[ids.at(c)];
            for (const auto &[code, n] : byColumn.at(c))
                list.append(std::pair {code, n});
        }
        return true;
    };
    // In order (a braced list is evaluated left to right); each records its own failure.
    const bool ran[] {
        counted(u"sessions.type"_s, u"type"_s),
        counted(u"sessions.channel"_s, u"channel"_s),
        number(u"SELECT coalesce(sum(n), 0) FROM report_days WHERE dim = 'anonymous' AND day"
               " BETWEEN :first AND :last"_s,
               &counts.anonymousSessions),
        // Months of the desk's own calendar: the counters' days are local days.
        table(u"sessions.month"_s,
              u"SELECT strftime('%Y-%m', day + 2440587.5) m, sum(n) FROM report_days"
              " WHERE dim = 'type' AND day BETWEEN :first AND :last GROUP BY m ORDER BY m"_s),
        people(),
        // New: their first day at the desk is in the period.
        number(u"SELECT count(*) FROM report_first_visits WHERE day BETWEEN :first AND :last"_s,
               &counts.newPeople),
        // A macro-voce counts the sessions that recorded it or one of its micro-voci.
        counted(u"needs.macro"_s, u"need.macro"_s),
        counted(u"needs.micro"_s, u"need.micro"_s),
        table(u"services.top"_s,
              u"SELECT r.code, sum(r.n) c, (SELECT name FROM report_service_names"
              " WHERE uid = r.code) FROM report_days r WHERE r.dim = 'service' AND r.day"
              " BETWEEN :first AND :last GROUP BY r.code ORDER BY c DESC, r.code LIMIT ?"_s,
              {topServices}, true),
        // The categories of the services suggested, as the catalogue files them now.
        table(u"services.category"_s,
              u"SELECT t.code, sum(r.n) FROM (SELECT code, sum(n) n FROM report_days"
              " WHERE dim = 'service' AND day BETWEEN :first AND :last GROUP BY code) r"
              " JOIN services v ON v.uid = r.code"
              " JOIN service_terms t ON t.service_id = v.id AND t.taxonomy = 'category'"
              " GROUP BY t.code"_s),
        number(u"SELECT count(*) FROM referrals WHERE created_at >= :from AND created_at <"
               " :until"_s,
               &counts.referrals),
        table(u"referrals.destination"_s,
              u"SELECT destination_type, count(*) FROM referrals WHERE created_at >= :from"
              " AND created_at < :until GROUP BY destination_type"_s),
        table(u"referrals.state"_s,
              u"SELECT state, count(*) FROM referrals WHERE created_at >= :from AND"
              " created_at < :until AND kind = 'INVIO' GROUP BY state"_s),
        table(u"referrals.outcome"_s,
              u"SELECT final_outcome, count(*) FROM referrals WHERE created_at >= :from AND"
              " created_at < :until AND final_outcome <> '' GROUP BY final_outcome"_s),
        number(u"SELECT count(*) FROM referrals WHERE sent_at >= :from AND sent_at < :until"
               " AND state IN ('INVIATA', 'RICEVUTA', 'IN_VALUTAZIONE')"_s,
               &counts.referralsWithoutAnswer),
        number(u"SELECT count(*) FROM follow_ups WHERE due >= ? AND due <= ? AND done_at <> ''"_s,
               &counts.followUpsDone, {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}),
        number(u"SELECT count(*) FROM follow_ups WHERE due >= ? AND due <= ? AND due < ?"
               " AND done_at = ''"_s,
               &counts.followUpsOverdue,
               {from.toString(Qt::ISODate), to.toString(Qt::ISODate), today.toString(Qt::ISODate)}),
        counted(u"facilitation.ambito"_s, u"ambito"_s),
        counted(u"facilitation.kind"_s, u"fac.kind"_s),
        counted(u"facilitation.goal"_s, u"fac.goal"_s),
    };
    Q_UNUSED(ran);
    if (failure)
        return *failure;
    for (const auto &[type, n] : std::as_const(counts.tables[u"sessions.type"_s]))
        counts.sessions += n;
    // Days from sending to take-over, for the median: calendar days between the two (UTC)
    // dates, as the record for the hub counts them (QDateTime::daysTo).
    auto days = run(db,
                    bind(u"SELECT CAST(julianday(substr(taken_over_at, 1, 10))"
                         " - julianday(substr(sent_at, 1, 10)) AS INTEGER)"
                         " FROM referrals WHERE taken_over_at >= :from AND taken_over_at <"
                         " :until AND sent_at <> '' ORDER BY 1"_s));
    if (!days)
        return days.error();
    while (days->next())
        counts.daysToTakeOver.append(days->value(0).toLongLong());
    return counts;
}

Result<QList<RecordedNeed>> ReportQueries::recordedNeeds(const QDate &from, const QDate &to) const
{
    const SqlConnection &db = connectionOf(m_database);
    // People by need and comune: distinct people, each anonymous walk-in once, in one ordered
    // pass over the counters (migration 0017).
    auto query = run(db,
                     u"SELECT code, comune, count(DISTINCT who) FROM report_need_people"
                     " WHERE day BETWEEN ? AND ? GROUP BY code, comune"_s,
                     {dayNumber(from), dayNumber(to)});
    if (!query)
        return query.error();
    QList<RecordedNeed> needs;
    QHash<std::pair<QString, QString>, qsizetype> at;
    while (query->next()) {
        RecordedNeed need {query->value(0).toString(), query->value(1).toString(),
                           query->value(2).toLongLong(), 0};
        at.insert({need.need, need.comune}, needs.size());
        needs.append(need);
    }
    // Of them, those whose session had no answer available: read from those sessions' side,
    // which are few.
    auto none = run(db,
                    u"SELECT n.code, CASE WHEN s.person_id IS NULL THEN 'ND'"
                    " ELSE coalesce(p.residence, '') END, count(DISTINCT coalesce(s.person_id,"
                    " -s.id)) FROM session_outcomes o CROSS JOIN sessions s ON s.id = o.session_id"
                    " JOIN session_needs n ON n.session_id = s.id"
                    " LEFT JOIN people p ON p.id = s.person_id"
                    " WHERE o.code = 'NON_COMP' AND s.started_at >= ? AND s.started_at < ?"
                    " GROUP BY 1, 2"_s,
                    {dayStart(from), dayStart(to.addDays(1))});
    if (!none)
        return none.error();
    while (none->next()) {
        const auto found = at.constFind({none->value(0).toString(), none->value(1).toString()});
        if (found != at.cend())
            needs[*found].peopleWithoutAnswer = none->value(2).toLongLong();
    }
    return needs;
}

Result<QList<ServiceReach>> ReportQueries::activeServices() const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT v.id, t.code, json_extract(v.eligibility_rules, '$.comuni')"
                     " FROM services v LEFT JOIN service_terms t ON t.service_id = v.id"
                     " AND t.taxonomy = 'category' WHERE v.status = 'active' ORDER BY v.id"_s);
    if (!query)
        return query.error();
    QList<ServiceReach> services;
    qint64 last = -1;
    while (query->next()) {
        if (query->value(0).toLongLong() != last) {
            last = query->value(0).toLongLong();
            ServiceReach reach;
            const QJsonArray comuni
                = QJsonDocument::fromJson(query->value(2).toString().toUtf8()).array();
            for (const QJsonValue &comune : comuni)
                reach.comuni.append(comune.toString());
            services.append(reach);
        }
        if (!query->value(1).isNull())
            services.last().categories.append(query->value(1).toString());
    }
    return services;
}

Result<QList<CodedCount>>
ReportQueries::caritasPeople(const QDate &from, const QDate &to,
                             const QList<std::pair<QString, QString>> &caritasOf,
                             const QString &column) const
{
    if (column != u"gender" && column != u"citizenship")
        return makeError(ErrorCode::InvalidArgument, u"column"_s, {column});
    // The mapping as a CASE: codes and labels are the program's own constants, bound as values.
    QString mapping = u"CASE n.macro"_s;
    QVariantList values;
    for (const auto &[macro, caritas] : caritasOf) {
        mapping += u" WHEN ? THEN ?"_s;
        values << macro << caritas;
    }
    mapping += u" ELSE '' END"_s;
    values << dayStart(from) << dayStart(to.addDays(1));
    auto query = runValues(
        connectionOf(m_database),
        u"SELECT %1 AS caritas, CASE WHEN s.person_id IS NULL THEN 'ND' ELSE p.%2 END,"
        " count(DISTINCT s.person_id) + count(DISTINCT CASE WHEN s.person_id IS NULL THEN s.id END)"
        " FROM session_needs n JOIN sessions s ON s.id = n.session_id"
        " LEFT JOIN people p ON p.id = s.person_id"
        " WHERE s.started_at >= ? AND s.started_at < ? GROUP BY 1, 2"_s.arg(mapping, column),
        values);
    if (!query)
        return query.error();
    QList<CodedCount> rows;
    while (query->next())
        rows.append(
            {query->value(0).toString(), query->value(1).toString(), query->value(2).toLongLong()});
    return rows;
}

Result<QList<CodedCount>> ReportQueries::facilitation(const QDate &from, const QDate &to,
                                                      const QString &column) const
{
    static const QStringList personColumns {u"birth_year"_s, u"gender"_s, u"education"_s,
                                            u"employment"_s};
    QString sql;
    if (personColumns.contains(column)) {
        sql = u"SELECT CASE WHEN s.person_id IS NULL THEN 'ND' ELSE p.%1 END, '',"
              " count(DISTINCT s.person_id)"
              " + count(DISTINCT CASE WHEN s.person_id IS NULL THEN s.id END)"
              " FROM sessions s LEFT JOIN people p ON p.id = s.person_id"
              " WHERE s.type = 'FACDIG' AND s.started_at >= ? AND s.started_at < ?"
              " GROUP BY 1"_s.arg(column);
    } else if (column == u"kind") {
        sql = u"SELECT s.facilitation_kind, '', count(*) FROM sessions s"
              " WHERE s.type = 'FACDIG' AND s.started_at >= ? AND s.started_at < ?"
              " GROUP BY 1"_s;
    } else if (column == u"ambito") {
        sql = u"SELECT a.code, '', count(*) FROM session_ambiti a JOIN sessions s"
              " ON s.id = a.session_id WHERE s.type = 'FACDIG' AND s.started_at >= ?"
              " AND s.started_at < ? GROUP BY 1"_s;
    } else {
        return makeError(ErrorCode::InvalidArgument, u"column"_s, {column});
    }
    auto query = run(connectionOf(m_database), sql, {dayStart(from), dayStart(to.addDays(1))});
    if (!query)
        return query.error();
    QList<CodedCount> rows;
    while (query->next())
        rows.append({query->value(0).toString(), {}, query->value(2).toLongLong()});
    return rows;
}

} // namespace sportello::storage
