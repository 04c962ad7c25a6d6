// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/retentionqueries.h"

#include "connection.h"
#include "sql.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

// The person's last contact as one SQL expression over `p`, a row of people. Times are stored
// as ISO 8601 UTC text and follow-up due dates as ISO dates, so text order is time order; the
// scalar max() of SQLite returns NULL when any argument is NULL, hence the coalesce().
const QString kLastContact
    = u"max(p.created_at, p.updated_at, "
      "coalesce((SELECT max(max(c.given_at, c.revoked_at)) FROM consents c "
      "WHERE c.person_id = p.id), ''), "
      "coalesce((SELECT max(max(s.started_at, s.created_at)) FROM sessions s "
      "WHERE s.person_id = p.id), ''), "
      "coalesce((SELECT max(max(f.created_at, f.due, f.done_at)) FROM follow_ups f "
      "WHERE f.person_id = p.id), ''), "
      "coalesce((SELECT max(max(r.created_at, r.updated_at)) FROM referrals r "
      "WHERE r.person_id = p.id), ''))"_s;

Result<QList<qint64>> ids(Result<SqlQuery> query)
{
    if (!query)
        return query.error();
    QList<qint64> list;
    while (query->next())
        list.append(query->value(0).toLongLong());
    return list;
}

// A follow-up's due date reads as the start of its day (UTC), like the other times.
QDateTime readContact(const QString &text)
{
    if (text.size() == 10)
        return QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    return readStoredTime(text);
}

} // namespace

RetentionQueries::RetentionQueries(Database &database)
    : m_database(database)
{ }

Result<QDateTime> RetentionQueries::lastContact(qint64 personId) const
{
    auto value
        = scalar(connectionOf(m_database),
                 u"SELECT "_s + kLastContact + u" FROM people p WHERE p.id = ?"_s, {personId});
    if (!value)
        return value.error();
    if (!value->isValid())
        return makeError(ErrorCode::NotFound, u"no person %1"_s.arg(personId));
    return readContact(value->toString());
}

Result<QList<qint64>> RetentionQueries::lastContactBefore(const QDateTime &cutoff) const
{
    return ids(run(connectionOf(m_database),
                   u"SELECT p.id FROM people p WHERE "_s + kLastContact + u" < ? ORDER BY p.id"_s,
                   {storedTime(cutoff)}));
}

Result<QList<qint64>> RetentionQueries::withdrawn(const QString &purposeCode) const
{
    return ids(run(connectionOf(m_database),
                   u"SELECT p.id FROM people p WHERE EXISTS "
                   "(SELECT 1 FROM consents c WHERE c.person_id = p.id AND c.purpose = ? "
                   "AND c.revoked_at <> '') AND NOT EXISTS "
                   "(SELECT 1 FROM consents c WHERE c.person_id = p.id AND c.purpose = ? "
                   "AND c.revoked_at = '') ORDER BY p.id"_s,
                   {purposeCode, purposeCode}));
}

Result<RetentionQueries::Due> RetentionQueries::dueNow(qint64 personId, const QDateTime &cutoff,
                                                       const QString &purposeCode) const
{
    auto row
        = run(connectionOf(m_database),
              u"SELECT EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id "
              "AND c.purpose = ? AND c.revoked_at <> '') AND NOT EXISTS (SELECT 1 FROM "
              "consents c WHERE c.person_id = p.id AND c.purpose = ? AND c.revoked_at = ''), "_s
                  + kLastContact + u" < ? FROM people p WHERE p.id = ?"_s,
              {purposeCode, purposeCode, storedTime(cutoff), personId});
    if (!row)
        return row.error();
    if (!row->next())
        return Due::Gone;
    if (row->value(0).toBool())
        return Due::Withdrawn;
    return row->value(1).toBool() ? Due::Expired : Due::No;
}

} // namespace sportello::storage
