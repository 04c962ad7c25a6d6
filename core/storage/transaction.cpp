// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "sql.h"
#include "support/logging.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {
// Connections with an open Transaction; a connection belongs to one thread.
thread_local QSet<QString> t_activeConnections;
} // namespace

bool Transaction::isActive(const QSqlDatabase &db)
{
    return t_activeConnections.contains(db.connectionName());
}

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
    t_activeConnections.insert(db.connectionName());
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
    t_activeConnections.remove(m_db.connectionName());
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    t_activeConnections.remove(m_db.connectionName());
    QSqlQuery query(m_db);
    if (!query.exec(u"ROLLBACK"_s))
        qCWarning(lcStorage) << "rollback failed:" << query.lastError().text();
}

Result<std::optional<Transaction>> joinOrBegin(const QSqlDatabase &db)
{
    std::optional<Transaction> own;
    if (Transaction::isActive(db))
        return own;
    auto begun = Transaction::begin(db);
    if (!begun)
        return begun.error();
    own.emplace(std::move(begun).value());
    return own;
}

Status commitIfOwn(std::optional<Transaction> &tx)
{
    return tx ? tx->commit() : Status();
}

} // namespace sportello::storage
