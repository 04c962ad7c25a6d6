// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace sportello::crypto {
class SecureBuffer;
}

namespace sportello::storage {

// The key that opens a profile's database file (decision 30): 32 random bytes used by
// SQLCipher as a raw key (no passphrase derivation), in locked memory, and the file's 16-byte
// salt — the only bytes of an encrypted file in clear, chosen by us so that the keychain entry
// ("db-<salt in hex>") can be written before the file exists and found again from the file
// alone, wherever it is moved. Copies share the same locked memory; never printed.
class DatabaseKey final
{
public:
    static constexpr qsizetype kKeyBytes = 32;
    static constexpr qsizetype kSaltBytes = 16;

    DatabaseKey() = default;

    // A new random key and salt.
    [[nodiscard]] static Result<DatabaseKey> generate();
    // The key read back from the keychain for a file with this salt.
    [[nodiscard]] static Result<DatabaseKey> fromBytes(const QByteArray &key,
                                                       const QByteArray &salt);

    [[nodiscard]] bool isNull() const { return !m_key; }
    [[nodiscard]] const QByteArray &salt() const { return m_salt; }
    [[nodiscard]] QByteArrayView keyBytes() const;
    // The keychain entry's account: "db-" and the salt in hex.
    [[nodiscard]] QString keychainAccount() const { return keychainAccount(m_salt); }
    [[nodiscard]] static QString keychainAccount(const QByteArray &salt);

private:
    [[nodiscard]] static Result<DatabaseKey> make(const char *bytes, QByteArray salt);

    std::shared_ptr<const crypto::SecureBuffer> m_key;
    QByteArray m_salt;
};

// What a database file is, from its first bytes.
enum class DatabaseFileKind {
    Missing, // absent or empty: a new profile
    Plain, // "SQLite format 3": a profile from before decision 30, in clear
    Encrypted, // anything else at least one page long: SQLCipher's salt, then ciphertext
    Unreadable, // cannot be read, or too short to be either
};

// Reads the head of `path`; for an encrypted file also its salt.
[[nodiscard]] DatabaseFileKind databaseFileKind(const QString &path, QByteArray *salt = nullptr);

} // namespace sportello::storage
