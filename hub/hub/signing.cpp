// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/signing.h"

#include <QFile>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace sportello::hub::signing {

Status createKeyPair(const QString &dir)
{
    if (sodium_init() < 0)
        return makeError(ErrorCode::Internal, u"libsodium"_s);
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(publicKey, secretKey);
    QFile secret(dir + u"/catalogue.key"_s);
    if (!secret.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        sodium_memzero(secretKey, sizeof secretKey);
        return makeError(ErrorCode::FileUnwritable, secret.errorString(), {secret.fileName()});
    }
    secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray encoded
        = QByteArray(reinterpret_cast<const char *>(secretKey), sizeof secretKey).toBase64();
    sodium_memzero(secretKey, sizeof secretKey);
    secret.write(encoded + '\n');
    secret.close();
    QFile pub(dir + u"/catalogue.pub"_s);
    if (!pub.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::FileUnwritable, pub.errorString(), {pub.fileName()});
    pub.write(QByteArray(reinterpret_cast<const char *>(publicKey), sizeof publicKey).toBase64()
              + '\n');
    return {};
}

Result<QByteArray> readSecretKey(const QString &dir)
{
    QFile file(dir + u"/catalogue.key"_s);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, file.errorString(), {file.fileName()});
    const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
    if (key.size() != crypto_sign_SECRETKEYBYTES)
        return makeError(ErrorCode::FileUnreadable, u"catalogue.key"_s, {file.fileName()});
    return key;
}

QByteArray publicKeyOf(const QByteArray &secretKey)
{
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(publicKey,
                                 reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return QByteArray(reinterpret_cast<const char *>(publicKey), sizeof publicKey).toBase64();
}

QByteArray sign(const QByteArray &secretKey, const QByteArray &message)
{
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(
        signature, nullptr, reinterpret_cast<const unsigned char *>(message.constData()),
        size_t(message.size()), reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return QByteArray(reinterpret_cast<const char *>(signature), sizeof signature).toBase64();
}

bool verify(const QByteArray &publicKeyBase64, const QByteArray &message,
            const QByteArray &signature)
{
    const QByteArray key = QByteArray::fromBase64(publicKeyBase64.trimmed());
    const QByteArray raw = QByteArray::fromBase64(signature);
    if (key.size() != crypto_sign_PUBLICKEYBYTES || raw.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(raw.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       size_t(message.size()),
                                       reinterpret_cast<const unsigned char *>(key.constData()))
        == 0;
}

} // namespace sportello::hub::signing
