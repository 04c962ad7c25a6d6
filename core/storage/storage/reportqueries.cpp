// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/reportqueries.h"

#include "connection.h"
#include "sql.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

// The sessions of the period, as a table expression named s.
const QString kPeriodSessions = u"(SELECT * FROM sessions WHERE started_at >= :from"
                                " AND started_at < :until) s"_s;
// The distinct people met in the period.
const QString kPeriodPeople = u"(SELECT DISTINCT person_id FROM sessions WHERE started_at >= "
                              ":from AND started_at < :until AND person_id IS NOT NULL)"_s;

// The start of a local day, as stored (UTC).
QString dayStart(const QDate &day)
{
    return storedTime(QDateTime(day, QTime(0, 0)));
}

} // namespace

ReportQueries::ReportQueries(Database &database)
    : m_database(database)
{
    // A report reads the same pages of the period again and again, statement after statement;
    // with SQLite's default 2 MB cache each statement would read and decrypt them afresh
    // (report_bench: 14.7 s → 1.6 s over 100,000 sessions). A larger cache, for this connection,
    // while the queries live.
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
    // The bounds go into the text: they are ISO times this function made (digits, "-", ":",
    // "T", "Z"), and one statement uses them several times.
    const auto bind = [&](QString sql) {
        return sql.replace(u":from"_s, u'\'' + start + u'\'')
            .replace(u":until"_s, u'\'' + until + u'\'');
    };
    PeriodCounts counts;
    std::optional<Error> failure; // the first query that failed, or the cancel
    // Whether to run the next statement: not after a failure, nor when the caller gives up.
    const auto goOn = [&] {
        if (!failure && step && !step())
            failure = makeError(ErrorCode::Cancelled, u"report cancelled"_s);
        return !failure;
    };
    const auto number = [&](const QString &sql, qint64 *into, const QVariantList &values = {}) {
        if (!goOn())
            return false;
        auto query = runValues(db, bind(sql), values);
        if (!query) {
            failure = failure.value_or(query.error());
            return false;
        }
        *into = query->next() ? query->value(0).toLongLong() : 0;
        return true;
    };
    const auto table = [&](const QString &id, const QString &sql, const QVariantList &values = {},
                           bool withName = false) {
        if (!goOn())
            return false;
        auto query = runValues(db, bind(sql), values);
        if (!query) {
            failure = failure.value_or(query.error());
            return false;
        }
        auto &rows = counts.tables[id];
        while (query->next()) {
            const QString code = query->value(0).toString();
            rows.append(std::pair {code, query->value(1).toLongLong()});
            if (withName)
                counts.serviceNames.insert(code, query->value(2).toString());
        }
        return true;
    };
    // In order (a braced list is evaluated left to right); each records its own failure.
    const bool ran[] {
        number(u"SELECT count(*) FROM "_s + kPeriodSessions, &counts.sessions),
        number(u"SELECT count(*) FROM "_s + kPeriodSessions + u" WHERE s.person_id IS NULL"_s,
               &counts.anonymousSessions),
        number(u"SELECT count(*) FROM "_s + kPeriodPeople, &counts.people),
        // New: nobody had met them before the period.
        number(u"SELECT count(*) FROM "_s + kPeriodPeople
                   + u" m WHERE NOT EXISTS (SELECT 1 FROM sessions b WHERE b.person_id ="
                     " m.person_id AND b.started_at < :from)"_s,
               &counts.newPeople),
        table(u"sessions.type"_s,
              u"SELECT s.type, count(*) FROM "_s + kPeriodSessions + u" GROUP BY s.type"_s),
        table(u"sessions.channel"_s,
              u"SELECT s.channel, count(*) FROM "_s + kPeriodSessions + u" GROUP BY s.channel"_s),
        // Months of the desk's own calendar (the process's time zone, as the clock shows).
        table(u"sessions.month"_s,
              u"SELECT strftime('%Y-%m', s.started_at, 'localtime') m, count(*) FROM "_s
                  + kPeriodSessions + u" GROUP BY m ORDER BY m"_s),
        // A macro-voce counts the sessions that recorded it or one of its micro-voci.
        table(u"needs.macro"_s,
              u"SELECT n.macro, count(DISTINCT n.session_id) FROM "_s + kPeriodSessions
                  + u" CROSS JOIN session_needs n ON n.session_id = s.id GROUP BY n.macro"_s),
        table(u"needs.micro"_s,
              u"SELECT n.code, count(*) FROM "_s + kPeriodSessions
                  + u" CROSS JOIN session_needs n ON n.session_id = s.id"
                    " WHERE n.code <> n.macro GROUP BY n.code"_s),
        table(u"services.top"_s,
              u"SELECT d.service_uid, count(*) c, max(d.service_name) FROM session_services d"
              " JOIN "_s
                  + kPeriodSessions
                  + u" ON s.id = d.session_id GROUP BY d.service_uid ORDER BY c DESC,"
                    " d.service_uid LIMIT ?"_s,
              {topServices}, true),
        // The categories of the services suggested, as the catalogue files them now.
        table(u"services.category"_s,
              u"SELECT t.code, count(*) FROM session_services d JOIN "_s + kPeriodSessions
                  + u" ON s.id = d.session_id JOIN services v ON v.uid = d.service_uid"
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
        table(u"facilitation.ambito"_s,
              u"SELECT a.code, count(*) FROM session_ambiti a JOIN "_s + kPeriodSessions
                  + u" ON s.id = a.session_id GROUP BY a.code"_s),
        table(u"facilitation.kind"_s,
              u"SELECT s.facilitation_kind, count(*) FROM "_s + kPeriodSessions
                  + u" WHERE s.facilitation_kind <> '' GROUP BY s.facilitation_kind"_s),
        table(u"facilitation.goal"_s,
              u"SELECT s.facilitation_goal, count(*) FROM "_s + kPeriodSessions
                  + u" WHERE s.facilitation_goal <> '' GROUP BY s.facilitation_goal"_s),
        table(u"people.birth_year"_s,
              u"SELECT p.birth_year, count(*) FROM people p JOIN "_s + kPeriodPeople
                  + u" m ON m.person_id = p.id GROUP BY p.birth_year"_s),
        table(u"people.gender"_s,
              u"SELECT p.gender, count(*) FROM people p JOIN "_s + kPeriodPeople
                  + u" m ON m.person_id = p.id GROUP BY p.gender"_s),
        table(u"people.citizenship"_s,
              u"SELECT p.citizenship, count(*) FROM people p JOIN "_s + kPeriodPeople
                  + u" m ON m.person_id = p.id GROUP BY p.citizenship"_s),
        table(u"people.comune"_s,
              u"SELECT p.residence, count(*) FROM people p JOIN "_s + kPeriodPeople
                  + u" m ON m.person_id = p.id GROUP BY p.residence"_s),
    };
    Q_UNUSED(ran);
    if (failure)
        return *failure;
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
    // People by need and comune: distinct people, each anonymous walk-in once; and of them,
    // those whose session had no answer available.
    auto query = run(
        connectionOf(m_database),
        u"SELECT code, comune,"
        " count(DISTINCT person_id) + count(DISTINCT CASE WHEN person_id IS NULL THEN id END),"
        " count(DISTINCT CASE WHEN none THEN person_id END)"
        " + count(DISTINCT CASE WHEN none AND person_id IS NULL THEN id END)"
        " FROM (SELECT n.code, s.id, s.person_id,"
        " CASE WHEN s.person_id IS NULL THEN 'ND' ELSE p.residence END AS comune,"
        " EXISTS (SELECT 1 FROM session_outcomes o WHERE o.session_id = s.id"
        " AND o.code = 'NON_COMP') AS none"
        " FROM session_needs n JOIN sessions s ON s.id = n.session_id"
        " LEFT JOIN people p ON p.id = s.person_id"
        " WHERE s.started_at >= ? AND s.started_at < ?) GROUP BY code, comune"_s,
        {dayStart(from), dayStart(to.addDays(1))});
    if (!query)
        return query.error();
    QList<RecordedNeed> needs;
    while (query->next())
        needs.append({query->value(0).toString(), query->value(1).toString(),
                      query->value(2).toLongLong(), query->value(3).toLongLong()});
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
