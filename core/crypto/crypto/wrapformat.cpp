// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/wrapformat.h"

#include "crypto/sodiuminit.h"

#include <algorithm>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace sportello::crypto::wraps {

namespace {

constexpr int kKeyBytes = 32;
static_assert(kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(kKeyBytes == crypto_box_SECRETKEYBYTES);
static_assert(kKeyBytes == crypto_box_PUBLICKEYBYTES);

// Key of the BLAKE2b that turns the recovery secret into its wrapping key (16–64 bytes).
constexpr char kRecoveryHashKey[] = "sportello-vault-v1:recovery-kek";
static_assert(sizeof(kRecoveryHashKey) - 1 >= crypto_generichash_KEYBYTES_MIN);

constexpr qsizetype kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr qsizetype kSealedMasterBytes = crypto_box_SEALBYTES + kKeyBytes;

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

Error allocationError()
{
    return makeError(ErrorCode::CryptoFailed, u"secure memory could not be allocated"_s);
}

// XChaCha20-Poly1305 of a 32-byte secret under `kek`, into row.nonce and row.wrappedKey.
void sealSecret(WrapRow &row, const SecureBuffer &secret, const SecureBuffer &kek,
                const QByteArray &ad)
{
    row.nonce = randomBytes(kNonceBytes);
    row.wrappedKey = QByteArray(kKeyBytes + kTagBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(row.wrappedKey.data()), nullptr, secret.data(),
        secret.size(), bytesOf(ad), size_t(ad.size()), nullptr, bytesOf(row.nonce), kek.data());
}

Result<SecureBuffer> openSecret(const WrapRow &row, const SecureBuffer &kek, const QByteArray &ad)
{
    SecureBuffer secret(kKeyBytes);
    if (secret.isNull())
        return allocationError();
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secret.data(), &length, nullptr, bytesOf(row.wrappedKey), size_t(row.wrappedKey.size()),
            bytesOf(ad), size_t(ad.size()), bytesOf(row.nonce), kek.data())
            != 0
        || length != size_t(kKeyBytes))
        return makeError(ErrorCode::WrongCredentials, u"the wrap did not authenticate"_s);
    return secret;
}

// A version-2 row: a new key pair, the secret half under `kek`, the master key sealed to it.
Result<WrapRow> keyPairRow(const SecureBuffer &masterKey, const SecureBuffer &kek,
                           const QByteArray &ad, QByteArray salt, const KdfParams &params)
{
    SecureBuffer secretKey(kKeyBytes);
    if (secretKey.isNull())
        return allocationError();
    WrapRow row;
    row.version = 2;
    row.salt = std::move(salt);
    row.opsLimit = params.opsLimit;
    row.memLimit = params.memLimit;
    row.publicKey = QByteArray(kKeyBytes, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(row.publicKey.data()), secretKey.data());
    sealSecret(row, secretKey, kek, ad);
    if (auto status = resealMaster(row, masterKey); !status)
        return status.error();
    return row;
}

} // namespace

QByteArray operatorAd(qint64 operatorId, int version)
{
    return "sportello-vault-v" + QByteArray::number(version)
        + ":operator:" + QByteArray::number(operatorId);
}

QByteArray recoveryAd(int version)
{
    return "sportello-vault-v" + QByteArray::number(version) + ":recovery";
}

Result<SecureBuffer> passwordKek(const QString &password, const QByteArray &salt,
                                 const KdfParams &params)
{
    SecureBuffer key(kKeyBytes);
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

Result<SecureBuffer> recoveryKek(const SecureBuffer &secret, const QByteArray &salt)
{
    SecureBuffer input(secret.size() + size_t(salt.size()));
    SecureBuffer key(kKeyBytes);
    if (input.isNull() || key.isNull())
        return allocationError();
    std::copy_n(secret.data(), secret.size(), input.data());
    std::copy_n(bytesOf(salt), salt.size(), input.data() + secret.size());
    crypto_generichash(key.data(), key.size(), input.data(), input.size(),
                       reinterpret_cast<const unsigned char *>(kRecoveryHashKey),
                       sizeof(kRecoveryHashKey) - 1);
    return key;
}

Result<WrapRow> operatorRow(qint64 operatorId, const QString &password,
                            const SecureBuffer &masterKey)
{
    const KdfParams params = wrapCost();
    QByteArray salt = randomBytes(kSaltBytes);
    auto kek = passwordKek(password, salt, params);
    if (!kek)
        return kek.error();
    return keyPairRow(masterKey, *kek, operatorAd(operatorId, 2), std::move(salt), params);
}

Result<WrapRow> recoveryRow(const SecureBuffer &masterKey, const SecureBuffer &recoverySecret)
{
    QByteArray salt = randomBytes(kSaltBytes);
    auto kek = recoveryKek(recoverySecret, salt);
    if (!kek)
        return kek.error();
    return keyPairRow(masterKey, *kek, recoveryAd(2), std::move(salt), KdfParams {});
}

Result<SecureBuffer> open(const WrapRow &row, const SecureBuffer &kek, const QByteArray &ad)
{
    auto secret = openSecret(row, kek, ad);
    if (!secret || row.version < 2)
        return secret; // version 1: the secret is the master key itself
    // The public key must be the secret's: a swapped public key would receive the next
    // rotation's master key for someone else.
    QByteArray derivedPublic(kKeyBytes, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(derivedPublic.data()), secret->data());
    if (sodium_memcmp(derivedPublic.constData(), row.publicKey.constData(), kKeyBytes) != 0)
        return malformed();
    SecureBuffer masterKey(kKeyBytes);
    if (masterKey.isNull())
        return allocationError();
    if (crypto_box_seal_open(masterKey.data(), bytesOf(row.sealedMaster),
                             size_t(row.sealedMaster.size()), bytesOf(row.publicKey),
                             secret->data())
        != 0)
        return malformed();
    return masterKey;
}

Status resealMaster(WrapRow &row, const SecureBuffer &masterKey)
{
    if (row.publicKey.size() != kKeyBytes || masterKey.size() != size_t(kKeyBytes))
        return malformed();
    row.sealedMaster = QByteArray(kSealedMasterBytes, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(row.sealedMaster.data()),
                        masterKey.data(), masterKey.size(), bytesOf(row.publicKey))
        != 0)
        return makeError(ErrorCode::CryptoFailed, u"crypto_box_seal failed"_s);
    return {};
}

bool isWellFormed(const WrapRow &row, bool withArgon2)
{
    if (row.version < 1 || row.version > 2 || row.salt.size() != kSaltBytes
        || row.nonce.size() != kNonceBytes || row.wrappedKey.size() != kKeyBytes + kTagBytes)
        return false;
    if (row.version == 2
        && (row.publicKey.size() != kKeyBytes || row.sealedMaster.size() != kSealedMasterBytes))
        return false;
    if (!withArgon2)
        return true;
    const KdfParams minimum = KdfParams::owaspMinimum();
    return row.opsLimit >= minimum.opsLimit && row.memLimit >= minimum.memLimit
        && row.opsLimit <= crypto_pwhash_OPSLIMIT_MAX && row.memLimit <= crypto_pwhash_MEMLIMIT_MAX;
}

Error malformed()
{
    return makeError(ErrorCode::CryptoFailed, u"vault wrap record malformed"_s);
}

} // namespace sportello::crypto::wraps
