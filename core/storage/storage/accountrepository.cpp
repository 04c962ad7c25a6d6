// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/accountrepository.h"

#include "connection.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {
const QString kColumns = u"id, username, display_name, role, active, "
                         "failed_logins, last_failed_at, must_change_password, created_at, "
                         "created_by, password_changed_at, mac"_s;

OperatorRecord recordFrom(const SqlQuery &q)
{
    OperatorRecord r;
    r.id = q.value(0).toLongLong();
    r.username = q.value(1).toString();
    r.displayName = q.value(2).toString();
    r.role = q.value(3).toString();
    r.active = q.value(4).toBool();
    r.failedLogins = q.value(5).toInt();
    r.lastFailedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    r.mustChangePassword = q.value(7).toBool();
    r.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    r.createdBy = q.value(9).toLongLong();
    r.passwordChangedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    r.mac = q.value(11).toString();
    return r;
}
} // namespace

AccountRepository::AccountRepository(Database &database)
    : m_database(database)
{ }

Result<QList<OperatorRecord>> AccountRepository::all() const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT "_s + kColumns + u" FROM operators ORDER BY display_name, id"_s);
    if (!query)
        return query.error();
    QList<OperatorRecord> records;
    while (query->next())
        records.append(recordFrom(*query));
    return records;
}

Result<std::optional<OperatorRecord>> AccountRepository::byUsername(const QString &username) const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT "_s + kColumns + u" FROM operators WHERE username = ?"_s,
                     {username.trimmed()});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<OperatorRecord>();
    return std::optional<OperatorRecord>(recordFrom(*query));
}

Result<OperatorRecord> AccountRepository::byId(qint64 id) const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT "_s + kColumns + u" FROM operators WHERE id = ?"_s, {id});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, u"operator not found"_s);
    return recordFrom(*query);
}

Result<int> AccountRepository::countActive(const QString &role) const
{
    auto count = scalar(connectionOf(m_database),
                        u"SELECT count(*) FROM operators WHERE active = 1 AND role = ?"_s, {role});
    if (!count)
        return count.error();
    return count->toInt();
}

Result<qint64> AccountRepository::insert(const OperatorRecord &r)
{
    auto query = run(connectionOf(m_database),
                     u"INSERT INTO operators(username, display_name, role, active, "
                     "must_change_password, created_at, created_by, password_changed_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                     {r.username.trimmed(), r.displayName.trimmed(), r.role, r.active,
                      r.mustChangePassword, storedTime(r.createdAt), nullableId(r.createdBy),
                      storedTime(r.passwordChangedAt)});
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toLongLong();
}

Status AccountRepository::setPasswordChanged(qint64 id, const QDateTime &changedAt, bool mustChange)
{
    auto query = run(connectionOf(m_database),
                     u"UPDATE operators SET password_changed_at = ?, "
                     "must_change_password = ?, failed_logins = 0, last_failed_at = '' "
                     "WHERE id = ?"_s,
                     {storedTime(changedAt), mustChange, id});
    if (!query)
        return query.error();
    return {};
}

Status AccountRepository::setFailures(qint64 id, int failures, const QDateTime &lastFailedAt)
{
    auto query = run(connectionOf(m_database),
                     u"UPDATE operators SET failed_logins = ?, last_failed_at = ? WHERE id = ?"_s,
                     {failures, storedTime(lastFailedAt), id});
    if (!query)
        return query.error();
    return {};
}

Status AccountRepository::setActive(qint64 id, bool active)
{
    auto query = run(connectionOf(m_database), u"UPDATE operators SET active = ? WHERE id = ?"_s,
                     {active, id});
    if (!query)
        return query.error();
    return {};
}

Status AccountRepository::setMac(qint64 id, const QString &mac)
{
    auto query = run(connectionOf(m_database), u"UPDATE operators SET mac = ? WHERE id = ?"_s,
                     {mac.isEmpty() ? QVariant() : QVariant(mac), id});
    if (!query)
        return query.error();
    return {};
}

} // namespace sportello::storage
