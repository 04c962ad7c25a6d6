// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/recoveryslot.h"

#include "crypto/recoverykey.h"
#include "crypto/secretstore.h"
#include "crypto/securebuffer.h"
#include "crypto/sodiuminit.h"
#include "profilekey.h"
#include "sqlite.h"
#include "storage/databasekey.h"
#include "storage/profile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

constexpr char kFormat[] = "sportello-keys/1";
// Key of the BLAKE2b that turns the recovery secret and the salt into the slot's key: another
// key than the vault's (decision 11) derives from the same secret, so the two never coincide.
constexpr char kKekHashKey[] = "sportello-dbkey-v1:recovery-kek";
constexpr char kAdPrefix[] = "sportello-dbkey-v1:";
static_assert(sizeof(kKekHashKey) - 1 >= crypto_generichash_KEYBYTES_MIN);

QString slotPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QString::fromLatin1(RecoverySlot::kFileName));
}

QString databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QString::fromLatin1(Profile::kDatabaseFileName));
}

Result<crypto::SecureBuffer> slotKey(const QString &recoveryKeyText, const QByteArray &salt)
{
    if (auto ready = crypto::ensureSodium(); !ready)
        return ready.error();
    const crypto::SecureBuffer secret = crypto::RecoveryKey::decode(recoveryKeyText);
    if (secret.isNull())
        return makeError(ErrorCode::WrongCredentials, u"not a well-formed recovery key"_s);
    crypto::SecureBuffer input(secret.size() + std::size_t(salt.size()));
    crypto::SecureBuffer kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (input.isNull() || kek.isNull())
        return makeError(ErrorCode::CryptoFailed, u"no locked memory"_s);
    std::memcpy(input.data(), secret.data(), secret.size());
    std::memcpy(input.data() + secret.size(), salt.constData(), std::size_t(salt.size()));
    crypto_generichash(kek.data(), kek.size(), input.data(), input.size(),
                       reinterpret_cast<const unsigned char *>(kKekHashKey),
                       sizeof(kKekHashKey) - 1);
    return kek;
}

QByteArray associatedData(const QByteArray &salt)
{
    return QByteArray(kAdPrefix) + salt.toHex();
}

} // namespace

Status RecoverySlot::write(const QString &dataDir, const DatabaseKey &key,
                           const QString &recoveryKeyText)
{
    if (key.isNull())
        return makeError(ErrorCode::InvalidArgument, u"no database key"_s);
    auto kek = slotKey(recoveryKeyText, key.salt());
    if (!kek)
        return kek.error();
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), std::size_t(nonce.size()));
    const QByteArrayView plain = key.keyBytes();
    QByteArray sealed(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    const QByteArray ad = associatedData(key.salt());
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(sealed.data()), &sealedLength,
        reinterpret_cast<const unsigned char *>(plain.data()), std::size_t(plain.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), std::size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), kek->data());
    sealed.resize(qsizetype(sealedLength));

    const QJsonObject slot {{u"format"_s, QString::fromLatin1(kFormat)},
                            {u"salt"_s, QString::fromLatin1(key.salt().toHex())},
                            {u"nonce"_s, QString::fromLatin1(nonce.toHex())},
                            {u"sealed_key"_s, QString::fromLatin1(sealed.toHex())}};
    const QString path = slotPath(dataDir);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(slot).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return makeError(ErrorCode::FileUnwritable, u"cannot write the recovery slot"_s, {path});
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

bool RecoverySlot::exists(const QString &dataDir)
{
    QByteArray salt;
    if (databaseFileKind(databasePath(dataDir), &salt) != DatabaseFileKind::Encrypted)
        return false;
    QFile file(slotPath(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject slot = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    return slot.value(u"salt"_s).toString().toLatin1() == salt.toHex();
}

Status RecoverySlot::restoreKey(const QString &dataDir, const QString &recoveryKeyText,
                                crypto::SecretStore &secrets)
{
    const QString database = databasePath(dataDir);
    QByteArray salt;
    if (databaseFileKind(database, &salt) != DatabaseFileKind::Encrypted)
        return makeError(ErrorCode::DatabaseNotSportello, u"no encrypted database"_s);
    QFile file(slotPath(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, u"no recovery slot"_s);
    const QJsonObject slot = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    if (slot.value(u"format"_s).toString() != QString::fromLatin1(kFormat)
        || slot.value(u"salt"_s).toString().toLatin1() != salt.toHex())
        return makeError(ErrorCode::NotFound, u"the recovery slot is of another database"_s);
    const QByteArray nonce = QByteArray::fromHex(slot.value(u"nonce"_s).toString().toLatin1());
    const QByteArray sealed
        = QByteArray::fromHex(slot.value(u"sealed_key"_s).toString().toLatin1());
    if (nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || sealed.size() != DatabaseKey::kKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return makeError(ErrorCode::NotFound, u"the recovery slot is malformed"_s);
    auto kek = slotKey(recoveryKeyText, salt);
    if (!kek)
        return kek.error();
    crypto::SecureBuffer plain(static_cast<std::size_t>(DatabaseKey::kKeyBytes));
    if (plain.isNull())
        return makeError(ErrorCode::CryptoFailed, u"no locked memory"_s);
    const QByteArray ad = associatedData(salt);
    unsigned long long plainLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &plainLength, nullptr,
            reinterpret_cast<const unsigned char *>(sealed.constData()), std::size_t(sealed.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), std::size_t(ad.size()),
            reinterpret_cast<const unsigned char *>(nonce.constData()), kek->data())
        != 0)
        return makeError(ErrorCode::WrongCredentials, u"the recovery key does not open the slot"_s);
    const QByteArray keyBytes(reinterpret_cast<const char *>(plain.data()), qsizetype(plainLength));
    auto key = DatabaseKey::fromBytes(keyBytes, salt);
    if (!key)
        return key.error();
    // The slot could be stale (an older key of a restored file): the key must open this file.
    if (auto opened = SqlConnection::open(database, key->keyBytes(), salt); !opened)
        return opened.error();
    return storeKey(secrets, *key);
}

} // namespace sportello::storage
