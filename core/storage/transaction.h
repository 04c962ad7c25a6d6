// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QSqlDatabase>

#include <optional>

namespace sportello::storage {

// A write transaction begun with BEGIN IMMEDIATE (so a busy writer fails at the start, not at
// commit) and rolled back on destruction unless commit() succeeded.
class Transaction final
{
public:
    [[nodiscard]] static Result<Transaction> begin(const QSqlDatabase &db);
    // Whether a Transaction is open on this connection (so nested work joins it).
    [[nodiscard]] static bool isActive(const QSqlDatabase &db);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] Status commit();
    void rollback();
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] const QSqlDatabase &database() const { return m_db; }

private:
    explicit Transaction(QSqlDatabase db);

    QSqlDatabase m_db;
    bool m_active = false;
};

// Work that joins the caller's transaction when one is open on `db`, else runs in its own
// BEGIN IMMEDIATE one: joinOrBegin() returns an empty optional when joining, and
// commitIfOwn() commits only a transaction begun here.
[[nodiscard]] Result<std::optional<Transaction>> joinOrBegin(const QSqlDatabase &db);
[[nodiscard]] Status commitIfOwn(std::optional<Transaction> &tx);

} // namespace sportello::storage
