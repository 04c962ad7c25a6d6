// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/keyset.h"

#include "crypto/securebuffer.h"
#include "crypto/sodiuminit.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace sportello::crypto {

namespace {

static_assert(KeySet::kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(KeySet::kKeyBytes == crypto_kdf_KEYBYTES);

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

constexpr qsizetype kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const auto *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

Error allocationError()
{
    return makeError(ErrorCode::CryptoFailed, u"secure memory could not be allocated"_s);
}

} // namespace

KeySet::KeySet() = default;
KeySet::~KeySet() = default;

Result<std::unique_ptr<KeySet>> KeySet::derive(SecureBuffer &&masterKey)
{
    if (auto ready = ensureSodium(); !ready)
        return ready.error();
    std::unique_ptr<KeySet> keys(new KeySet);
    keys->m_fieldKey = std::make_unique<SecureBuffer>(kKeyBytes);
    keys->m_indexKey = std::make_unique<SecureBuffer>(kKeyBytes);
    keys->m_integrityKey = std::make_unique<SecureBuffer>(kKeyBytes);
    if (masterKey.isNull() || masterKey.size() != size_t(kKeyBytes) || keys->m_fieldKey->isNull()
        || keys->m_indexKey->isNull() || keys->m_integrityKey->isNull())
        return allocationError();
    crypto_kdf_derive_from_key(keys->m_fieldKey->data(), kKeyBytes, kFieldSubkeyId, kFieldContext,
                               masterKey.data());
    crypto_kdf_derive_from_key(keys->m_indexKey->data(), kKeyBytes, kIndexSubkeyId, kIndexContext,
                               masterKey.data());
    crypto_kdf_derive_from_key(keys->m_integrityKey->data(), kKeyBytes, kIntegritySubkeyId,
                               kIntegrityContext, masterKey.data());
    masterKey.makeReadOnly();
    keys->m_fieldKey->makeReadOnly();
    keys->m_indexKey->makeReadOnly();
    keys->m_integrityKey->makeReadOnly();
    keys->m_masterKey = std::make_unique<SecureBuffer>(std::move(masterKey));
    return keys;
}

Result<std::unique_ptr<KeySet>> KeySet::generate()
{
    if (auto ready = ensureSodium(); !ready)
        return ready.error();
    SecureBuffer key(kKeyBytes);
    if (key.isNull())
        return allocationError();
    randombytes_buf(key.data(), key.size());
    return derive(std::move(key));
}

QByteArray KeySet::seal(const QString &plaintext, const QByteArray &context) const
{
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

Result<QString> KeySet::open(const QByteArray &sealed, const QByteArray &context) const
{
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

Result<QByteArray> KeySet::blindIndex(const QString &purpose, const QString &normalizedValue) const
{
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

Result<QByteArray> KeySet::integrityMac(const QByteArray &purpose, const QByteArray &data) const
{
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

} // namespace sportello::crypto
