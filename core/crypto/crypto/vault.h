// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/wrapstore.h"
#include "support/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace sportello::crypto {

class KeySet;
class SecureBuffer;
class VaultRotation;

// What the vault knows of an operator's wrap without opening it.
enum class WrapState {
    Missing, // no wrap: the account cannot open the vault until a coordinator sets a password
    Current, // version 2 at today's wrapCost() or above
    Outdated, // version 1, or a cost below wrapCost(): wrapped again at the next login
};

// The profile's master key: created once at first run and given to each operator and to the
// recovery key through a wrap (decision 34: an X25519 key pair per holder, its secret half
// sealed under a key derived from the password with Argon2id, or from the recovery secret).
// Unwrapped at login into locked memory, wiped on lock() and destruction. Seals personal
// fields and computes blind-index MACs with subkeys of the master key. The const operations
// may run on several threads at once, but never concurrently with unlock, lock or a rotation.
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

    // ErrorCode::WrongCredentials when the password or key does not open the wrap, NotFound
    // when the operator has none.
    [[nodiscard]] Status unlock(qint64 operatorId, const QString &password);
    // unlock() in two halves, so that its slow part (Argon2id, about a second) can leave the
    // GUI thread: openOperatorWrap() touches neither the vault nor its store and may run on any
    // thread; unlockWith() takes the master key it opened.
    [[nodiscard]] Result<WrapRow> operatorWrap(qint64 operatorId) const;
    [[nodiscard]] static Result<SecureBuffer>
    openOperatorWrap(const WrapRow &row, qint64 operatorId, const QString &password);
    [[nodiscard]] Status unlockWith(SecureBuffer masterKey);
    [[nodiscard]] Status unlockWithRecoveryKey(const QString &recoveryKey);
    void lock();
    [[nodiscard]] bool isUnlocked() const;
    // Whether the password opens the operator's wrap; changes nothing (WrongCredentials if not).
    [[nodiscard]] Status checkPassword(qint64 operatorId, const QString &password) const;
    // One derivation at today's cost with a throw-away salt: a refusal that needs none (an
    // unknown name) takes as long as a wrong password.
    static void deriveDecoy(const QString &password);

    [[nodiscard]] Result<WrapState> wrapState(qint64 operatorId) const;
    // Wraps the (unlocked) master key for an operator's new password, replacing any old wrap.
    [[nodiscard]] Status wrapForOperator(qint64 operatorId, const QString &password);
    // Removing a wrap that does not exist is not an error.
    [[nodiscard]] Status removeWrap(qint64 operatorId);
    // Replaces the recovery key; returns the new one's text.
    [[nodiscard]] Result<QString> renewRecoveryKey();
    // True when the recovery wrap is of version 2 (a rotation can carry it over).
    [[nodiscard]] Result<bool> recoveryWrapIsCurrent() const;
    // Rewrites a version-1 recovery wrap as version 2 for the same recovery key (which the
    // caller has just unlocked with).
    [[nodiscard]] Status upgradeRecoveryWrap(const QString &recoveryKey);

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
    friend class VaultRotation;

    WrapStore &m_store;
    std::unique_ptr<KeySet> m_keys;
    bool m_rotating = false;
};

// One replacement of the vault's master key (decision 34). While it lives the vault seals,
// indexes and MACs with the new key, and previous() opens what the old one sealed, so that the
// caller can re-seal every stored value inside its transaction (and check each old MAC before
// making a new one, so that a forged row is not vouched for by the new key). carryWrapsOver() gives
// the new key to every holder of a version-2 wrap (and removes version-1 wraps, which cannot
// receive it). finish() makes it final; destroyed unfinished, it puts the old key back.
class VaultRotation final
{
public:
    // VaultLocked when the vault is locked; a vault takes one rotation at a time.
    [[nodiscard]] static Result<std::unique_ptr<VaultRotation>> begin(Vault &vault);
    ~VaultRotation();
    Q_DISABLE_COPY_MOVE(VaultRotation)

    // The vault as it was: opens, indexes and MACs with the old key.
    [[nodiscard]] const Vault &previous() const { return *m_previous; }
    // Returns the operators whose version-1 wrap was removed.
    [[nodiscard]] Result<QList<qint64>> carryWrapsOver();
    void finish();

private:
    explicit VaultRotation(Vault &vault);

    Vault &m_vault;
    std::unique_ptr<Vault> m_previous;
    bool m_finished = false;
};

} // namespace sportello::crypto
