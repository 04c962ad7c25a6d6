// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databasekey.h"

#include "crypto/securebuffer.h"
#include "crypto/sodiuminit.h"

#include <QFile>

#include <cstring>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace sportello::storage {

Result<DatabaseKey> DatabaseKey::make(const char *bytes, QByteArray salt)
{
    if (auto ready = crypto::ensureSodium(); !ready)
        return ready.error();
    auto buffer = std::make_shared<crypto::SecureBuffer>(std::size_t(kKeyBytes));
    if (buffer->isNull())
        return makeError(ErrorCode::CryptoFailed, u"no locked memory for the database key"_s);
    if (bytes)
        std::memcpy(buffer->data(), bytes, std::size_t(kKeyBytes));
    else
        randombytes_buf(buffer->data(), std::size_t(kKeyBytes));
    buffer->makeReadOnly();
    DatabaseKey key;
    key.m_key = std::move(buffer);
    key.m_salt = std::move(salt);
    return key;
}

Result<DatabaseKey> DatabaseKey::generate()
{
    if (auto ready = crypto::ensureSodium(); !ready)
        return ready.error();
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    return make(nullptr, std::move(salt));
}

Result<DatabaseKey> DatabaseKey::fromBytes(const QByteArray &key, const QByteArray &salt)
{
    if (key.size() != kKeyBytes || salt.size() != kSaltBytes)
        return makeError(
            ErrorCode::DatabaseKeyRejected,
            u"a database key of %1 bytes for a salt of %2"_s.arg(key.size()).arg(salt.size()));
    return make(key.constData(), salt);
}

QByteArrayView DatabaseKey::keyBytes() const
{
    if (!m_key)
        return {};
    return QByteArrayView(reinterpret_cast<const char *>(m_key->data()), qsizetype(m_key->size()));
}

QString DatabaseKey::keychainAccount(const QByteArray &salt)
{
    return u"db-"_s + QString::fromLatin1(salt.toHex());
}

DatabaseFileKind databaseFileKind(const QString &path, QByteArray *salt)
{
    QFile file(path);
    if (!file.exists())
        return DatabaseFileKind::Missing;
    if (!file.open(QIODevice::ReadOnly))
        return DatabaseFileKind::Unreadable;
    if (file.size() == 0)
        return DatabaseFileKind::Missing;
    static constexpr char kPlainHeader[] = "SQLite format 3"; // and its NUL: 16 bytes
    const QByteArray head = file.read(sizeof(kPlainHeader));
    if (head == QByteArrayView(kPlainHeader, sizeof(kPlainHeader)))
        return DatabaseFileKind::Plain;
    // SQLCipher's smallest page is 512 bytes; a shorter file is neither kind.
    if (file.size() < 512 || head.size() < DatabaseKey::kSaltBytes)
        return DatabaseFileKind::Unreadable;
    if (salt)
        *salt = head.left(DatabaseKey::kSaltBytes);
    return DatabaseFileKind::Encrypted;
}

} // namespace sportello::storage
