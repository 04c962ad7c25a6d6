// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include "sqlite.h"
#include "support/logging.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sportello::storage {

Error toError(const SqlError &error, const QString &what)
{
    const QString detail = what + u": "_s + error.text();
    switch (error.primaryCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::DatabaseBusy, detail);
    case SQLITE_FULL:
        return makeError(ErrorCode::StorageFull, detail);
    case SQLITE_CONSTRAINT:
        return makeError(ErrorCode::ConstraintViolated, detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        // With SQLCipher a page whose HMAC fails reads as corrupt: damaged or altered.
        return makeError(ErrorCode::DatabaseCorrupt, detail);
    default:
        return makeError(ErrorCode::QueryFailed, detail);
    }
}

namespace {
template<typename Values>
Result<SqlQuery> prepareWith(const SqlConnection &db, const QString &sql, const Values &values)
{
    SqlQuery query(db);
    if (!query.prepare(sql))
        return toError(query.lastError(), u"prepare"_s);
    for (const QVariant &value : values) {
        // A null QString would bind as SQL NULL; our text columns hold '' for "nothing".
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    return query;
}
} // namespace

Result<SqlQuery> prepare(const SqlConnection &db, const QString &sql,
                         std::initializer_list<QVariant> values)
{
    return prepareWith(db, sql, values);
}

Result<SqlQuery> runValues(const SqlConnection &db, const QString &sql, const QVariantList &values)
{
    auto query = prepareWith(db, sql, values);
    if (!query)
        return query.error();
    if (auto status = exec(*query, u"exec"_s); !status)
        return status.error();
    return query;
}

Status exec(SqlQuery &query, const QString &what)
{
    if (!query.exec())
        return toError(query.lastError(), what);
    return {};
}

Result<SqlQuery> run(const SqlConnection &db, const QString &sql,
                     std::initializer_list<QVariant> values)
{
    auto query = prepare(db, sql, values);
    if (!query)
        return query.error();
    if (auto status = exec(*query, u"exec"_s); !status)
        return status.error();
    return query;
}

Result<QVariant> scalar(const SqlConnection &db, const QString &sql,
                        std::initializer_list<QVariant> values)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0) : QVariant();
}

QString storedTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime readStoredTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace sportello::storage
