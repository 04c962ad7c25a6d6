// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace sportello::crypto {

class SecureBuffer;
class WrapStore;

// The profile's master key: created once at first run, wrapped for each operator with a key
// derived from their password (Argon2id → XChaCha20-Poly1305) and for the recovery key.
// Unwrapped at login into locked memory, wiped on lock() and destruction. Seals personal
// fields and computes blind-index MACs with subkeys of the master key. The const operations
// may run on several threads at once, but never concurrently with unlock or lock.
class Vault final
{
public:
    static constexpr int kKeyBytes = 32;

    explicit Vault(WrapStore &store);
    ~Vault();
    Q_DISABLE_COPY_MOVE(Vault)

    [[nodiscard]] Result<bool> isInitialized() const;
    // First run: creates the master key, wraps it for `operatorId` and for a new recovery key,
    // leaves the vault unlocked and returns the recovery key text (shown once, never stored).
    [[nodiscard]] Result<QString> initialize(qint64 operatorId, const QString &password);

    // ErrorCode::WrongCredentials when the password or key does not open the wrap.
    [[nodiscard]] Status unlock(qint64 operatorId, const QString &password);
    [[nodiscard]] Status unlockWithRecoveryKey(const QString &recoveryKey);
    void lock();
    [[nodiscard]] bool isUnlocked() const;

    // Wraps the (unlocked) master key for an operator's new password, replacing any old wrap.
    [[nodiscard]] Status wrapForOperator(qint64 operatorId, const QString &password);
    // Removing a wrap that does not exist is not an error.
    [[nodiscard]] Status removeWrap(qint64 operatorId);
    // Replaces the recovery key; returns the new one's text.
    [[nodiscard]] Result<QString> renewRecoveryKey();

    // AEAD over one field; `context` (e.g. "person/42/family_name") binds it to its place.
    [[nodiscard]] Result<QByteArray> seal(const QString &plaintext,
                                          const QByteArray &context) const;
    [[nodiscard]] Result<QString> open(const QByteArray &sealed, const QByteArray &context) const;
    // Keyed BLAKE2b of a normalized value, per purpose ("person.cf").
    [[nodiscard]] Result<QByteArray> blindIndex(const QString &purpose,
                                                const QString &normalizedValue) const;

    // Keyed BLAKE2b-256 for the integrity of the desk's own records (the audit chain, the
    // accounts' role and state), under a subkey only an unlocked vault has: someone with the
    // file alone cannot recompute it. `purpose` ("audit-v1") separates its uses.
    [[nodiscard]] Result<QByteArray> integrityMac(const QByteArray &purpose,
                                                  const QByteArray &data) const;

private:
    // Takes the master key and derives the field, index and integrity subkeys from it.
    [[nodiscard]] Status adopt(SecureBuffer &&masterKey);

    WrapStore &m_store;
    std::unique_ptr<SecureBuffer> m_masterKey;
    std::unique_ptr<SecureBuffer> m_fieldKey; // crypto_kdf subkey "sportfld"
    std::unique_ptr<SecureBuffer> m_indexKey; // crypto_kdf subkey "sportidx"
    std::unique_ptr<SecureBuffer> m_integrityKey; // crypto_kdf subkey "sportmac"
};

} // namespace sportello::crypto
