// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include "connection.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/database.h"
#include "support/logging.h"

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {
Status execute(Database &database, const QString &statement)
{
    SqlQuery query(connectionOf(database));
    if (!query.exec(statement))
        return toError(query.lastError(), statement);
    return {};
}
} // namespace

Transaction::Transaction(Database &database, std::shared_ptr<TransactionState> state, bool owner)
    : m_database(&database)
    , m_state(std::move(state))
    , m_owner(owner)
    , m_active(true)
{ }

Transaction::Transaction(Transaction &&other) noexcept
    : m_database(other.m_database)
    , m_state(std::move(other.m_state))
    , m_owner(other.m_owner)
    , m_active(std::exchange(other.m_active, false))
{ }

Result<Transaction> Transaction::begin(Database &database)
{
    if (auto open = DatabaseAccess::transaction(database))
        return Transaction(database, std::move(open), false);
    if (auto begun = execute(database, u"BEGIN IMMEDIATE"_s); !begun)
        return begun.error();
    auto state = std::make_shared<TransactionState>();
    DatabaseAccess::setTransaction(database, state);
    return Transaction(database, std::move(state), true);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

void Transaction::onCommit(std::function<void()> action)
{
    if (m_active && m_state)
        m_state->onCommit.append(std::move(action));
}

Status Transaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::TransactionFailed, u"commit without an active transaction"_s);
    if (!m_owner) {
        // The owner commits the whole; this part is simply done.
        m_active = false;
        return {};
    }
    if (m_state->doomed) {
        rollback();
        return makeError(ErrorCode::TransactionFailed,
                         u"a step joined to this transaction failed; rolled back"_s);
    }
    if (auto committed = execute(*m_database, u"COMMIT"_s); !committed) {
        rollback();
        return committed.error();
    }
    m_active = false;
    DatabaseAccess::setTransaction(*m_database, nullptr);
    // Only now is the change visible to everyone: tell them.
    const QList<std::function<void()>> actions = std::exchange(m_state->onCommit, {});
    for (const auto &action : actions)
        action();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_owner) {
        m_state->doomed = true;
        return;
    }
    DatabaseAccess::setTransaction(*m_database, nullptr);
    m_state->onCommit.clear();
    if (!connectionOf(*m_database).inTransaction())
        return; // SQLite already rolled it back (SQLITE_FULL, an I/O error…)
    if (auto rolledBack = execute(*m_database, u"ROLLBACK"_s); !rolledBack)
        qCWarning(lcStorage).noquote() << "rollback failed:" << rolledBack.error().toLogString();
}

} // namespace sportello::storage
