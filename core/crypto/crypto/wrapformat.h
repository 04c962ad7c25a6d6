// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/kdfparams.h"
#include "crypto/securebuffer.h"
#include "crypto/wrapstore.h"
#include "support/result.h"

#include <QByteArray>
#include <QString>

// The stored forms of the vault's wraps (decision 34); used by the vault only.
namespace sportello::crypto::wraps {

// The associated data binding a wrap to its holder and version.
[[nodiscard]] QByteArray operatorAd(qint64 operatorId, int version);
[[nodiscard]] QByteArray recoveryAd(int version);

// Argon2id over the password with the wrap's salt and cost.
[[nodiscard]] Result<SecureBuffer> passwordKek(const QString &password, const QByteArray &salt,
                                               const KdfParams &params);
// The recovery secret is 256 random bits: a keyed BLAKE2b with the salt is enough.
[[nodiscard]] Result<SecureBuffer> recoveryKek(const SecureBuffer &secret, const QByteArray &salt);

// New version-2 wraps of the master key: a fresh key pair, its secret half sealed under the
// key from the password (at wrapCost()) or the recovery secret.
[[nodiscard]] Result<WrapRow> operatorRow(qint64 operatorId, const QString &password,
                                          const SecureBuffer &masterKey);
[[nodiscard]] Result<WrapRow> recoveryRow(const SecureBuffer &masterKey,
                                          const SecureBuffer &recoverySecret);

// The master key behind a wrap of either version, given its key-encryption key.
// WrongCredentials when it does not authenticate.
[[nodiscard]] Result<SecureBuffer> open(const WrapRow &row, const SecureBuffer &kek,
                                        const QByteArray &ad);
// Seals another master key to a version-2 wrap's public key (no secret needed).
[[nodiscard]] Status resealMaster(WrapRow &row, const SecureBuffer &masterKey);

// Sizes and costs are ones we write: anything else is damage or tampering.
[[nodiscard]] bool isWellFormed(const WrapRow &row, bool withArgon2);
[[nodiscard]] Error malformed();

} // namespace sportello::crypto::wraps
