// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/vault.h"

#include "crypto/kdfparams.h"
#include "crypto/keyset.h"
#include "crypto/recoverykey.h"
#include "crypto/securebuffer.h"
#include "crypto/sodiuminit.h"
#include "crypto/wrapformat.h"
#include "crypto/wrapstore.h"

#include <sodium.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace sportello::crypto {

namespace {

static_assert(Vault::kKeyBytes == KeySet::kKeyBytes);
static_assert(Vault::kKeyBytes == RecoveryKey::kBytes);

Error lockedError()
{
    return makeError(ErrorCode::VaultLocked, u"the vault is locked"_s);
}

Error allocationError()
{
    return makeError(ErrorCode::CryptoFailed, u"secure memory could not be allocated"_s);
}

// The master key behind an operator's wrap, opened with the password.
Result<SecureBuffer> openStoredWrap(const WrapStore &store, qint64 operatorId,
                                    const QString &password)
{
    auto row = store.operatorWrap(operatorId);
    if (!row)
        return row.error();
    return Vault::openOperatorWrap(*row, operatorId, password);
}

// A new recovery secret and its wrap of the master key; returns the secret as text.
Result<QString> newRecoveryWrap(const SecureBuffer &masterKey, WrapRow *row)
{
    SecureBuffer secret(RecoveryKey::kBytes);
    if (secret.isNull())
        return allocationError();
    randombytes_buf(secret.data(), secret.size());
    auto made = wraps::recoveryRow(masterKey, secret);
    if (!made)
        return made.error();
    *row = std::move(made).value();
    return RecoveryKey::encode(secret);
}

} // namespace

Vault::Vault(WrapStore &store)
    : m_store(store)
{ }

Vault::~Vault() = default;

Result<bool> Vault::isInitialized() const
{
    return m_store.hasAnyWrap();
}

Result<QString> Vault::initialize(qint64 operatorId, const QString &password)
{
    if (auto ready = ensureSodium(); !ready)
        return ready.error();
    // Checked before the slow derivation; the store checks again inside its transaction.
    auto initialized = m_store.hasAnyWrap();
    if (!initialized)
        return initialized.error();
    if (*initialized)
        return makeError(ErrorCode::AlreadyInitialized, u"the vault already has wraps"_s);

    auto keys = KeySet::generate();
    if (!keys)
        return keys.error();
    auto operatorWrap = wraps::operatorRow(operatorId, password, (*keys)->masterKey());
    if (!operatorWrap)
        return operatorWrap.error();
    WrapRow recoveryWrap;
    auto recoveryText = newRecoveryWrap((*keys)->masterKey(), &recoveryWrap);
    if (!recoveryText)
        return recoveryText.error();
    if (auto stored = m_store.initialize(operatorId, *operatorWrap, recoveryWrap); !stored)
        return stored.error();
    m_keys = std::move(keys).value();
    return recoveryText;
}

Status Vault::unlock(qint64 operatorId, const QString &password)
{
    if (auto ready = ensureSodium(); !ready)
        return ready;
    auto key = openStoredWrap(m_store, operatorId, password);
    if (!key)
        return key.error();
    auto keys = KeySet::derive(std::move(key).value());
    if (!keys)
        return keys.error();
    m_keys = std::move(keys).value();
    return {};
}

Result<WrapRow> Vault::operatorWrap(qint64 operatorId) const
{
    return m_store.operatorWrap(operatorId);
}

Result<SecureBuffer> Vault::openOperatorWrap(const WrapRow &row, qint64 operatorId,
                                             const QString &password)
{
    if (auto ready = ensureSodium(); !ready)
        return ready.error();
    if (!wraps::isWellFormed(row, true))
        return wraps::malformed();
    auto kek = wraps::passwordKek(password, row.salt, {row.opsLimit, size_t(row.memLimit)});
    if (!kek)
        return kek.error();
    return wraps::open(row, *kek, wraps::operatorAd(operatorId, row.version));
}

Status Vault::unlockWith(SecureBuffer masterKey)
{
    auto keys = KeySet::derive(std::move(masterKey));
    if (!keys)
        return keys.error();
    m_keys = std::move(keys).value();
    return {};
}

Status Vault::unlockWithRecoveryKey(const QString &recoveryKey)
{
    if (auto ready = ensureSodium(); !ready)
        return ready;
    SecureBuffer secret = RecoveryKey::decode(recoveryKey);
    if (secret.isNull())
        return makeError(ErrorCode::WrongCredentials, u"not a well-formed recovery key"_s);
    auto row = m_store.recoveryWrap();
    if (!row)
        return row.error();
    if (!wraps::isWellFormed(*row, false))
        return wraps::malformed();
    auto kek = wraps::recoveryKek(secret, row->salt);
    if (!kek)
        return kek.error();
    auto key = wraps::open(*row, *kek, wraps::recoveryAd(row->version));
    if (!key)
        return key.error();
    auto keys = KeySet::derive(std::move(key).value());
    if (!keys)
        return keys.error();
    m_keys = std::move(keys).value();
    return {};
}

void Vault::lock()
{
    m_keys.reset();
}

bool Vault::isUnlocked() const
{
    return m_keys != nullptr;
}

Status Vault::checkPassword(qint64 operatorId, const QString &password) const
{
    if (auto ready = ensureSodium(); !ready)
        return ready;
    auto key = openStoredWrap(m_store, operatorId, password);
    if (!key)
        return key.error();
    return {};
}

void Vault::deriveDecoy(const QString &password)
{
    if (!ensureSodium())
        return;
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    (void)wraps::passwordKek(password, salt, wrapCost());
}

Result<WrapState> Vault::wrapState(qint64 operatorId) const
{
    auto row = m_store.operatorWrap(operatorId);
    if (!row) {
        if (row.code() == ErrorCode::NotFound)
            return WrapState::Missing;
        return row.error();
    }
    const KdfParams cost {row->opsLimit, size_t(row->memLimit)};
    if (row->version < 2 || !cost.atLeast(wrapCost()))
        return WrapState::Outdated;
    return WrapState::Current;
}

Status Vault::wrapForOperator(qint64 operatorId, const QString &password)
{
    if (!isUnlocked())
        return lockedError();
    auto row = wraps::operatorRow(operatorId, password, m_keys->masterKey());
    if (!row)
        return row.error();
    return m_store.putOperatorWrap(operatorId, *row);
}

Status Vault::removeWrap(qint64 operatorId)
{
    return m_store.removeOperatorWrap(operatorId);
}

Result<QString> Vault::renewRecoveryKey()
{
    if (!isUnlocked())
        return lockedError();
    WrapRow row;
    auto text = newRecoveryWrap(m_keys->masterKey(), &row);
    if (!text)
        return text.error();
    if (auto stored = m_store.putRecoveryWrap(row); !stored)
        return stored.error();
    return text;
}

Result<bool> Vault::recoveryWrapIsCurrent() const
{
    auto row = m_store.recoveryWrap();
    if (!row)
        return row.error();
    return row->version >= 2;
}

Status Vault::upgradeRecoveryWrap(const QString &recoveryKey)
{
    if (!isUnlocked())
        return lockedError();
    SecureBuffer secret = RecoveryKey::decode(recoveryKey);
    if (secret.isNull())
        return makeError(ErrorCode::WrongCredentials, u"not a well-formed recovery key"_s);
    auto row = wraps::recoveryRow(m_keys->masterKey(), secret);
    if (!row)
        return row.error();
    return m_store.putRecoveryWrap(*row);
}

Result<QByteArray> Vault::seal(const QString &plaintext, const QByteArray &context) const
{
    if (!isUnlocked())
        return lockedError();
    return m_keys->seal(plaintext, context);
}

Result<QString> Vault::open(const QByteArray &sealed, const QByteArray &context) const
{
    if (!isUnlocked())
        return lockedError();
    return m_keys->open(sealed, context);
}

Result<QByteArray> Vault::blindIndex(const QString &purpose, const QString &normalizedValue) const
{
    if (!isUnlocked())
        return lockedError();
    return m_keys->blindIndex(purpose, normalizedValue);
}

Result<QByteArray> Vault::integrityMac(const QByteArray &purpose, const QByteArray &data) const
{
    if (!isUnlocked())
        return lockedError();
    return m_keys->integrityMac(purpose, data);
}

// --- VaultRotation -------------------------------------------------------------------------

Result<std::unique_ptr<VaultRotation>> VaultRotation::begin(Vault &vault)
{
    if (!vault.isUnlocked())
        return lockedError();
    if (vault.m_rotating)
        return makeError(ErrorCode::Internal, u"a key rotation is already under way"_s);
    auto next = KeySet::generate();
    if (!next)
        return next.error();
    std::unique_ptr<VaultRotation> rotation(new VaultRotation(vault));
    rotation->m_previous->m_keys = std::exchange(vault.m_keys, std::move(next).value());
    vault.m_rotating = true;
    return rotation;
}

VaultRotation::VaultRotation(Vault &vault)
    : m_vault(vault)
    , m_previous(std::make_unique<Vault>(vault.m_store))
{ }

VaultRotation::~VaultRotation()
{
    // Unfinished: the stored data is still under the old key (the caller's transaction rolled
    // back), so the vault goes back to it — unless it was locked meanwhile.
    if (!m_finished && m_vault.isUnlocked())
        m_vault.m_keys = std::move(m_previous->m_keys);
    m_vault.m_rotating = false;
}

Result<QList<qint64>> VaultRotation::carryWrapsOver()
{
    if (!m_vault.isUnlocked())
        return lockedError();
    const SecureBuffer &masterKey = m_vault.m_keys->masterKey();
    auto ids = m_vault.m_store.operatorIds();
    if (!ids)
        return ids.error();
    QList<qint64> removed;
    for (const qint64 id : std::as_const(*ids)) {
        auto row = m_vault.m_store.operatorWrap(id);
        if (!row)
            return row.error();
        if (row->version < 2) {
            if (auto status = m_vault.m_store.removeOperatorWrap(id); !status)
                return status.error();
            removed.append(id);
            continue;
        }
        if (auto status = wraps::resealMaster(*row, masterKey); !status)
            return status.error();
        if (auto status = m_vault.m_store.putOperatorWrap(id, *row); !status)
            return status.error();
    }
    auto recovery = m_vault.m_store.recoveryWrap();
    if (!recovery)
        return recovery.error();
    if (recovery->version < 2)
        return makeError(ErrorCode::Internal, u"a version-1 recovery wrap cannot be rotated"_s);
    if (auto status = wraps::resealMaster(*recovery, masterKey); !status)
        return status.error();
    if (auto status = m_vault.m_store.putRecoveryWrap(*recovery); !status)
        return status.error();
    return removed;
}

void VaultRotation::finish()
{
    m_finished = true;
    m_previous->lock();
}

} // namespace sportello::crypto
