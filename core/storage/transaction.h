// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QSqlDatabase>

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

} // namespace sportello::storage
