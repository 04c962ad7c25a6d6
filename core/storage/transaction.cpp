// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "sql.h"
#include "support/logging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sportello::storage {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_active(true)
{ }

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::move(other.m_db))
    , m_active(std::exchange(other.m_active, false))
{ }

Result<Transaction> Transaction::begin(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return toError(query.lastError(), u"begin immediate"_s);
    return Transaction(db);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::TransactionFailed, u"commit without an active transaction"_s);
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        const Error error = toError(query.lastError(), u"commit"_s);
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    if (!query.exec(u"ROLLBACK"_s))
        qCWarning(lcStorage) << "rollback failed:" << query.lastError().text();
}

} // namespace sportello::storage
