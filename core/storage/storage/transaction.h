// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <functional>
#include <memory>

namespace sportello::storage {

class Database;
struct TransactionState;

// The one way to write: a guard over the calling thread's connection of a Database.
//
//   auto tx = Transaction::begin(database);   // BEGIN IMMEDIATE, or joins the open one
//   … repository writes …
//   return tx->commit();                       // COMMIT if this guard began it
//
// begin() opens a write transaction (BEGIN IMMEDIATE, so a busy writer fails at the start, not
// at commit) unless one is already open on this thread's connection, in which case the guard
// joins it: a service called inside a caller's transaction (the demo's batches, a test's)
// commits or rolls back with the caller. Only the guard that began the transaction commits;
// a joined guard's commit() just marks its part done. A guard destroyed without commit() rolls
// back what it began, and a joined one dooms the whole transaction, so the owner's commit()
// fails instead of keeping half of a change. onCommit() actions run once the outermost
// transaction has committed (change notifications), never after a rollback.
class Transaction final
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database &database);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] Status commit();
    // Rolls back now: the whole transaction when this guard began it; a joined guard dooms it.
    void rollback();
    [[nodiscard]] bool isActive() const { return m_active; }
    // Whether this guard began the transaction (false: it joined one already open).
    [[nodiscard]] bool isOwner() const { return m_owner; }
    // Runs `action` after the outermost transaction commits; dropped on rollback.
    void onCommit(std::function<void()> action);

private:
    Transaction(Database &database, std::shared_ptr<TransactionState> state, bool owner);

    Database *m_database = nullptr;
    std::shared_ptr<TransactionState> m_state;
    bool m_owner = false;
    bool m_active = false;
};

} // namespace sportello::storage
