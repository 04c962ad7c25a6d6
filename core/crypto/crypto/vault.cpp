// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/vault.h"

#include "crypto/passwordhasher.h"
#include "crypto/recoverykey.h"
#include "crypto/securebuffer.h"
#include "crypto/sodiuminit.h"
#include "crypto/wrapstore.h"

#include <algorithm>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace sportello::crypto {

namespace {

static_assert(Vault::kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(Vault::kKeyBytes == crypto_kdf_KEYBYTES);
static_assert(Vault::kKeyBytes == RecoveryKey::kBytes);

constexpr char kOperatorAdPrefix[] = "sportello-vault-v1:operator:";
constexpr char kRecoveryAd[] = "sportello-vault-v1:recovery";
// Key of the BLAKE2b that turns the recovery secret into its wrapping key (16–64 bytes).
constexpr char kRecoveryHashKey[] = "sportello-vault-v1:recovery-kek";
// crypto_kdf contexts: exactly crypto_kdf_CONTEXTBYTES (8) characters.
constexpr char kFieldContext[] = "sportfld";
constexpr char kIndexContext[] = "sportidx";
constexpr char kIntegrityContext[] = "sportmac";
constexpr quint64 kFieldSubkeyId = 1;
constexpr quint64 kIndexSubkeyId = 2;
constexpr quint64 kIntegritySubkeyId = 3;
static_assert(sizeof(kFieldContext) - 1 == crypto_kdf_CONTEXTBYTES);
static_assert(sizeof(kIndexContext) - 1 == crypto_kdf_CONTEXTBYTES);
static_assert(sizeof(kIntegrityContext) - 1 == crypto_kdf_CONTEXTBYTES);
static_assert(sizeof(kRecoveryHashKey) - 1 >= crypto_generichash_KEYBYTES_MIN);

constexpr qsizetype kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype kSaltBytes = crypto_pwhash_SALTBYTES;

const auto *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(size));
    return bytes;
}

QByteArray operatorAd(qint64 operatorId)
{
    return QByteArray(kOperatorAdPrefix) + QByteArray::number(operatorId);
}

Error lockedError()
{
    return makeError(ErrorCode::VaultLocked, u"the vault is locked"_s);
}

Error allocationError()
{
    return makeError(ErrorCode::CryptoFailed, u"secure memory could not be allocated"_s);
}

SecureBuffer randomKey()
{
    SecureBuffer key(Vault::kKeyBytes);
    if (!key.isNull())
        randombytes_buf(key.data(), key.size());
    return key;
}

// Argon2id over the password with the wrap's salt and cost.
Result<SecureBuffer> passwordKey(const QString &password, const QByteArray &salt,
                                 const KdfParams &params)
{
    SecureBuffer key(Vault::kKeyBytes);
    if (key.isNull())
        return allocationError();
    QByteArray bytes = passwordBytes(password);
    const int rc = crypto_pwhash(key.data(), key.size(), bytes.constData(), quint64(bytes.size()),
                                 bytesOf(salt), params.opsLimit, params.memLimit,
                                 crypto_pwhash_ALG_ARGON2ID13);
    wipe(bytes);
    if (rc != 0)
        return makeError(ErrorCode::CryptoFailed, u"key derivation failed (out of memory?)"_s);
    return key;
}

// The recovery secret is 256 random bits: a keyed BLAKE2b is enough to derive its wrapping key.
Result<SecureBuffer> recoveryKek(const SecureBuffer &secret, const QByteArray &salt)
{
    SecureBuffer input(secret.size() + size_t(salt.size()));
    SecureBuffer key(Vault::kKeyBytes);
    if (input.isNull() || key.isNull())
        return allocationError();
    std::copy_n(secret.data(), secret.size(), input.data());
    std::copy_n(bytesOf(salt), salt.size(), input.data() + secret.size());
    crypto_generichash(key.data(), key.size(), input.data(), input.size(),
                       reinterpret_cast<const unsigned char *>(kRecoveryHashKey),
                       sizeof(kRecoveryHashKey) - 1);
    return key;
}

WrapRow sealKey(const SecureBuffer &masterKey, const SecureBuffer &kek, const QByteArray &ad,
                QByteArray salt, const KdfParams &params)
{
    WrapRow row;
    row.salt = std::move(salt);
    row.opsLimit = params.opsLimit;
    row.memLimit = params.memLimit;
    row.nonce = randomBytes(kNonceBytes);
    row.wrappedKey = QByteArray(Vault::kKeyBytes + kTagBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(row.wrappedKey.data()), nullptr, masterKey.data(),
        masterKey.size(), bytesOf(ad), size_t(ad.size()), nullptr, bytesOf(row.nonce), kek.data());
    return row;
}

Result<SecureBuffer> openKey(const WrapRow &row, const SecureBuffer &kek, const QByteArray &ad)
{
    SecureBuffer key(Vault::kKeyBytes);
    if (key.isNull())
        return allocationError();
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &length, nullptr, bytesOf(row.wrappedKey), size_t(row.wrappedKey.size()),
            bytesOf(ad), size_t(ad.size()), bytesOf(row.nonce), kek.data())
            != 0
        || length != size_t(Vault::kKeyBytes))
        return makeError(ErrorCode::WrongCredentials, u"the wrap did not authenticate"_s);
    return key;
}

// A stored row whose sizes or costs are not ones we write is damage or tampering.
bool isWellFormed(const WrapRow &row, bool withArgon2)
{
    if (row.salt.size() != kSaltBytes || row.nonce.size() != kNonceBytes
        || row.wrappedKey.size() != Vault::kKeyBytes + kTagBytes)
        return false;
    if (!withArgon2)
        return true;
    const KdfParams minimum = KdfParams::owaspMinimum();
    return row.opsLimit >= minimum.opsLimit && row.memLimit >= minimum.memLimit
        && row.opsLimit <= crypto_pwhash_OPSLIMIT_MAX && row.memLimit <= crypto_pwhash_MEMLIMIT_MAX;
}

Error malformedWrap()
{
    return makeError(ErrorCode::CryptoFailed, u"vault wrap record malformed"_s);
}

// A new wrap of the master key for an operator's password (fresh salt, current cost).
Result<WrapRow> operatorRow(qint64 operatorId, const QString &password,
                            const SecureBuffer &masterKey)
{
    const KdfParams params = KdfParams::current();
    QByteArray salt = randomBytes(kSaltBytes);
    auto kek = passwordKey(password, salt, params);
    if (!kek)
        return kek.error();
    return sealKey(masterKey, *kek, operatorAd(operatorId), std::move(salt), params);
}

// A new recovery secret and its wrap of the master key; returns the secret as text.
Result<QString> recoveryRow(const SecureBuffer &masterKey, WrapRow *row)
{
    const SecureBuffer secret = randomKey();
    if (secret.isNull())
        return allocationError();
    QByteArray salt = randomBytes(kSaltBytes);
    auto kek = recoveryKek(secret, salt);
    if (!kek)
        return kek.error();
    *row = sealKey(masterKey, *kek, QByteArray(kRecoveryAd), std::move(salt), KdfParams {});
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

    SecureBuffer masterKey = randomKey();
    if (masterKey.isNull())
        return allocationError();
    auto operatorWrap = operatorRow(operatorId, password, masterKey);
    if (!operatorWrap)
        return operatorWrap.error();
    WrapRow recoveryWrap;
    auto recoveryText = recoveryRow(masterKey, &recoveryWrap);
    if (!recoveryText)
        return recoveryText.error();
    if (auto stored = m_store.initialize(operatorId, *operatorWrap, recoveryWrap); !stored)
        return stored.error();
    if (auto adopted = adopt(std::move(masterKey)); !adopted)
        return adopted.error();
    return recoveryText;
}

Status Vault::unlock(qint64 operatorId, const QString &password)
{
    if (auto ready = ensureSodium(); !ready)
        return ready;
    auto row = m_store.operatorWrap(operatorId);
    if (!row)
        return row.error();
    if (!isWellFormed(*row, true))
        return malformedWrap();
    auto kek = passwordKey(password, row->salt, {row->opsLimit, size_t(row->memLimit)});
    if (!kek)
        return kek.error();
    auto key = openKey(*row, *kek, operatorAd(operatorId));
    if (!key)
        return key.error();
    return adopt(std::move(key).value());
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
    if (!isWellFormed(*row, false))
        return malformedWrap();
    auto kek = recoveryKek(secret, row->salt);
    if (!kek)
        return kek.error();
    auto key = openKey(*row, *kek, QByteArray(kRecoveryAd));
    if (!key)
        return key.error();
    return adopt(std::move(key).value());
}

void Vault::lock()
{
    m_masterKey.reset();
    m_fieldKey.reset();
    m_indexKey.reset();
    m_integrityKey.reset();
}

bool Vault::isUnlocked() const
{
    return m_masterKey && m_fieldKey && m_indexKey && m_integrityKey;
}

Status Vault::wrapForOperator(qint64 operatorId, const QString &password)
{
    if (!isUnlocked())
        return lockedError();
    auto row = operatorRow(operatorId, password, *m_masterKey);
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
    auto text = recoveryRow(*m_masterKey, &row);
    if (!text)
        return text.error();
    if (auto stored = m_store.putRecoveryWrap(row); !stored)
        return stored.error();
    return text;
}

Result<QByteArray> Vault::seal(const QString &plaintext, const QByteArray &context) const
{
    if (!isUnlocked())
        return lockedError();
    QByteArray message = plaintext.toUtf8();
    QByteArray sealed(kNonceBytes + message.size() + kTagBytes, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(out, kNonceBytes);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + kNonceBytes, nullptr, bytesOf(message), size_t(message.size()), bytesOf(context),
        size_t(context.size()), nullptr, out, m_fieldKey->data());
    wipe(message);
    return sealed;
}

Result<QString> Vault::open(const QByteArray &sealed, const QByteArray &context) const
{
    if (!isUnlocked())
        return lockedError();
    if (sealed.size() < kNonceBytes + kTagBytes)
        return makeError(ErrorCode::CryptoFailed, u"sealed value too short"_s);
    QByteArray message(sealed.size() - kNonceBytes - kTagBytes, Qt::Uninitialized);
    const auto *in = bytesOf(sealed);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(message.data()), nullptr, nullptr, in + kNonceBytes,
            size_t(sealed.size() - kNonceBytes), bytesOf(context), size_t(context.size()), in,
            m_fieldKey->data())
        != 0)
        return makeError(ErrorCode::CryptoFailed, u"sealed value did not authenticate"_s);
    QString plaintext = QString::fromUtf8(message);
    wipe(message);
    return plaintext;
}

Result<QByteArray> Vault::blindIndex(const QString &purpose, const QString &normalizedValue) const
{
    if (!isUnlocked())
        return lockedError();
    // The NUL separates purpose and value, so no purpose may contain one.
    if (purpose.isEmpty() || purpose.contains(QChar(0)))
        return makeError(ErrorCode::InvalidArgument, u"blind index purpose empty or with NUL"_s);
    const QByteArray purposeBytes = purpose.toUtf8();
    QByteArray valueBytes = normalizedValue.toUtf8();
    QByteArray input;
    input.reserve(purposeBytes.size() + 1 + valueBytes.size());
    input.append(purposeBytes).append('\0').append(valueBytes);
    wipe(valueBytes);
    QByteArray mac(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(mac.data()), size_t(mac.size()),
                       bytesOf(input), size_t(input.size()), m_indexKey->data(),
                       m_indexKey->size());
    wipe(input);
    return mac;
}

Result<QByteArray> Vault::integrityMac(const QByteArray &purpose, const QByteArray &data) const
{
    if (!isUnlocked())
        return lockedError();
    if (purpose.isEmpty() || purpose.contains('\0'))
        return makeError(ErrorCode::InvalidArgument, u"integrity purpose empty or with NUL"_s);
    crypto_generichash_state state;
    crypto_generichash_init(&state, m_integrityKey->data(), m_integrityKey->size(),
                            crypto_generichash_BYTES);
    crypto_generichash_update(&state, bytesOf(purpose), size_t(purpose.size()));
    const unsigned char separator = 0;
    crypto_generichash_update(&state, &separator, 1);
    crypto_generichash_update(&state, bytesOf(data), size_t(data.size()));
    QByteArray mac(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(mac.data()),
                             size_t(mac.size()));
    sodium_memzero(&state, sizeof state);
    return mac;
}

Status Vault::adopt(SecureBuffer &&masterKey)
{
    auto fieldKey = std::make_unique<SecureBuffer>(kKeyBytes);
    auto indexKey = std::make_unique<SecureBuffer>(kKeyBytes);
    auto integrityKey = std::make_unique<SecureBuffer>(kKeyBytes);
    if (masterKey.isNull() || fieldKey->isNull() || indexKey->isNull() || integrityKey->isNull())
        return allocationError();
    crypto_kdf_derive_from_key(fieldKey->data(), fieldKey->size(), kFieldSubkeyId, kFieldContext,
                               masterKey.data());
    crypto_kdf_derive_from_key(indexKey->data(), indexKey->size(), kIndexSubkeyId, kIndexContext,
                               masterKey.data());
    crypto_kdf_derive_from_key(integrityKey->data(), integrityKey->size(), kIntegritySubkeyId,
                               kIntegrityContext, masterKey.data());
    masterKey.makeReadOnly();
    fieldKey->makeReadOnly();
    indexKey->makeReadOnly();
    integrityKey->makeReadOnly();
    m_masterKey = std::make_unique<SecureBuffer>(std::move(masterKey));
    m_fieldKey = std::move(fieldKey);
    m_indexKey = std::move(indexKey);
    m_integrityKey = std::move(integrityKey);
    return {};
}

} // namespace sportello::crypto
