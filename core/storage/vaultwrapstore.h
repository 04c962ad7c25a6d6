// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QByteArray>

namespace sportello {
class Clock;
}

namespace sportello::storage {

class Database;

// One wrapped copy of the master key as stored: nothing here is secret (the key is encrypted).
struct VaultWrapRow
{
    QByteArray salt;
    quint64 opsLimit = 0; // 0 for the recovery wrap (no Argon2)
    quint64 memLimit = 0;
    QByteArray nonce;
    QByteArray wrappedKey;
};

// All SQL of the vault_wraps table. Every write is one BEGIN IMMEDIATE transaction, or joins
// the caller's when one is open on the connection.
class VaultWrapStore final
{
public:
    VaultWrapStore(Database &database, const Clock &clock);

    [[nodiscard]] Result<bool> hasAnyWrap() const;
    // ErrorCode::NotFound when there is no such wrap.
    [[nodiscard]] Result<VaultWrapRow> operatorWrap(qint64 operatorId) const;
    [[nodiscard]] Result<VaultWrapRow> recoveryWrap() const;

    // Stores the first two wraps together; ErrorCode::AlreadyInitialized when any wrap exists.
    [[nodiscard]] Status initialize(qint64 operatorId, const VaultWrapRow &operatorRow,
                                    const VaultWrapRow &recoveryRow);
    // Replaces the operator's wrap (or adds it).
    [[nodiscard]] Status putOperatorWrap(qint64 operatorId, const VaultWrapRow &row);
    // Replaces the recovery wrap.
    [[nodiscard]] Status putRecoveryWrap(const VaultWrapRow &row);
    // Removing a wrap that does not exist is not an error.
    [[nodiscard]] Status removeOperatorWrap(qint64 operatorId);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace sportello::storage
