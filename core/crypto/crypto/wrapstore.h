// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QList>

namespace sportello::crypto {

// One wrapped copy of the master key as stored: nothing here is secret (the keys are encrypted).
// Version 1 (before decision 34): `wrappedKey` is the master key itself, sealed under the key
// derived from the password or the recovery secret.
// Version 2: `wrappedKey` is an X25519 secret key sealed that way, `publicKey` its public half
// and `sealedMaster` the master key sealed to that public key (crypto_box_seal). A new master
// key can then be given to every holder without their password (key rotation).
struct WrapRow
{
    int version = 2;
    QByteArray salt;
    quint64 opsLimit = 0; // 0 for the recovery wrap (no Argon2)
    quint64 memLimit = 0;
    QByteArray nonce;
    QByteArray wrappedKey;
    QByteArray publicKey; // version 2
    QByteArray sealedMaster; // version 2
};

// Where the vault keeps its wraps. The vault is below storage, so storage implements this
// (storage::VaultWrapStore) and the service set hands it to the vault.
class WrapStore
{
public:
    virtual ~WrapStore() = default;

    [[nodiscard]] virtual Result<bool> hasAnyWrap() const = 0;
    // ErrorCode::NotFound when there is no such wrap.
    [[nodiscard]] virtual Result<WrapRow> operatorWrap(qint64 operatorId) const = 0;
    [[nodiscard]] virtual Result<WrapRow> recoveryWrap() const = 0;
    // The operators that have a wrap, in id order.
    [[nodiscard]] virtual Result<QList<qint64>> operatorIds() const = 0;
    // Stores the first two wraps together; ErrorCode::AlreadyInitialized when any wrap exists.
    [[nodiscard]] virtual Status initialize(qint64 operatorId, const WrapRow &operatorRow,
                                            const WrapRow &recoveryRow)
        = 0;
    // Replaces the operator's wrap (or adds it).
    [[nodiscard]] virtual Status putOperatorWrap(qint64 operatorId, const WrapRow &row) = 0;
    // Replaces the recovery wrap.
    [[nodiscard]] virtual Status putRecoveryWrap(const WrapRow &row) = 0;
    // Removing a wrap that does not exist is not an error.
    [[nodiscard]] virtual Status removeOperatorWrap(qint64 operatorId) = 0;
};

} // namespace sportello::crypto
