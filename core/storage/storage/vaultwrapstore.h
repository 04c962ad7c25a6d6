// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/wrapstore.h"
#include "support/result.h"

namespace sportello {
class Clock;
}

namespace sportello::storage {

class Database;

// All SQL of the vault_wraps table, behind the vault's WrapStore interface. Every write is one
// BEGIN IMMEDIATE transaction, or joins the caller's when one is open on the connection.
class VaultWrapStore final : public crypto::WrapStore
{
public:
    VaultWrapStore(Database &database, const Clock &clock);

    [[nodiscard]] Result<bool> hasAnyWrap() const override;
    [[nodiscard]] Result<crypto::WrapRow> operatorWrap(qint64 operatorId) const override;
    [[nodiscard]] Result<crypto::WrapRow> recoveryWrap() const override;
    [[nodiscard]] Result<QList<qint64>> operatorIds() const override;
    [[nodiscard]] Status initialize(qint64 operatorId, const crypto::WrapRow &operatorRow,
                                    const crypto::WrapRow &recoveryRow) override;
    [[nodiscard]] Status putOperatorWrap(qint64 operatorId, const crypto::WrapRow &row) override;
    [[nodiscard]] Status putRecoveryWrap(const crypto::WrapRow &row) override;
    [[nodiscard]] Status removeOperatorWrap(qint64 operatorId) override;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace sportello::storage
