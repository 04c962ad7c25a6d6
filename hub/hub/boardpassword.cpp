// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/boardpassword.h"

#include <QByteArray>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace sportello::hub::boardpassword {

namespace {

bool ready()
{
    static const bool initialized = sodium_init() >= 0;
    return initialized;
}

// A password as libsodium takes it, wiped when it goes.
struct Secret
{
    QByteArray bytes;
    explicit Secret(const QString &password)
        : bytes(password.toUtf8())
    { }
    ~Secret() { sodium_memzero(bytes.data(), std::size_t(bytes.size())); }
    Q_DISABLE_COPY_MOVE(Secret)
};

} // namespace

Result<QString> hash(const QString &password)
{
    if (!ready())
        return makeError(ErrorCode::CryptoFailed, u"libsodium"_s);
    const Secret secret(password);
    char out[crypto_pwhash_STRBYTES] {};
    if (crypto_pwhash_str_alg(out, secret.bytes.constData(),
                              static_cast<unsigned long long>(secret.bytes.size()), kOps,
                              kMemoryBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(ErrorCode::CryptoFailed, u"argon2id"_s);
    return QString::fromLatin1(out);
}

bool verify(const QString &stored, const QString &password)
{
    if (!ready() || !stored.startsWith(u"$argon2id$"))
        return false;
    const QByteArray encoded = stored.toLatin1();
    if (encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    const Secret secret(password);
    return crypto_pwhash_str_verify(encoded.constData(), secret.bytes.constData(),
                                    static_cast<unsigned long long>(secret.bytes.size()))
        == 0;
}

void verifyNothing(const QString &password)
{
    static const QString none = hash(u"no account has this password"_s).valueOr(QString());
    (void)verify(none, password);
}

bool needsRehash(const QString &stored)
{
    const QByteArray encoded = stored.toLatin1();
    return !ready() || encoded.size() >= crypto_pwhash_STRBYTES
        || crypto_pwhash_str_needs_rehash(encoded.constData(), kOps, kMemoryBytes) != 0;
}

} // namespace sportello::hub::boardpassword
