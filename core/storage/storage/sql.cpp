// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include "support/logging.h"

#include <QSqlDatabase>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {
// Primary result codes of SQLite (sqlite3.h); QSQLITE reports the extended code as text.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteFull = 13;
constexpr int kSqliteConstraint = 19;
} // namespace

Error toError(const QSqlError &error, const QString &what)
{
    bool isNumber = false;
    const int native = error.nativeErrorCode().toInt(&isNumber);
    const int primary = isNumber ? (native & 0xff) : -1;
    const QString detail = what + u": "_s + error.text();
    switch (primary) {
    case kSqliteBusy:
    case kSqliteLocked:
        return makeError(ErrorCode::DatabaseBusy, detail);
    case kSqliteFull:
        return makeError(ErrorCode::StorageFull, detail);
    case kSqliteConstraint:
        return makeError(ErrorCode::ConstraintViolated, detail);
    default:
        return makeError(ErrorCode::QueryFailed, detail);
    }
}

namespace {
template<typename Values>
Result<QSqlQuery> prepareWith(const QSqlDatabase &db, const QString &sql, const Values &values)
{
    QSqlQuery query(db);
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

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql,
                          std::initializer_list<QVariant> values)
{
    return prepareWith(db, sql, values);
}

Result<QSqlQuery> runValues(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = prepareWith(db, sql, values);
    if (!query)
        return query.error();
    if (auto status = exec(*query, u"exec"_s); !status)
        return status.error();
    return query;
}

Status exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return toError(query.lastError(), what);
    return {};
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql,
                      std::initializer_list<QVariant> values)
{
    auto query = prepare(db, sql, values);
    if (!query)
        return query.error();
    if (auto status = exec(*query, u"exec"_s); !status)
        return status.error();
    return query;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql,
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
