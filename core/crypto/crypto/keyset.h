// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace sportello::crypto {

class SecureBuffer;

// One master key and the subkeys derived from it (crypto_kdf): the field key that seals
// personal fields, the index key of the blind index and the integrity key of the desk's own
// records. All in sodium memory, read-only once derived, wiped when the set goes.
class KeySet final
{
public:
    static constexpr int kKeyBytes = 32;

    // Takes the master key; null on allocation failure.
    [[nodiscard]] static Result<std::unique_ptr<KeySet>> derive(SecureBuffer &&masterKey);
    // A new random master key and its subkeys.
    [[nodiscard]] static Result<std::unique_ptr<KeySet>> generate();
    ~KeySet();
    Q_DISABLE_COPY_MOVE(KeySet)

    [[nodiscard]] const SecureBuffer &masterKey() const { return *m_masterKey; }

    // XChaCha20-Poly1305 over one field; `context` binds it to its place.
    [[nodiscard]] QByteArray seal(const QString &plaintext, const QByteArray &context) const;
    [[nodiscard]] Result<QString> open(const QByteArray &sealed, const QByteArray &context) const;
    [[nodiscard]] Result<QByteArray> blindIndex(const QString &purpose,
                                                const QString &normalizedValue) const;
    [[nodiscard]] Result<QByteArray> integrityMac(const QByteArray &purpose,
                                                  const QByteArray &data) const;

private:
    KeySet();

    std::unique_ptr<SecureBuffer> m_masterKey;
    std::unique_ptr<SecureBuffer> m_fieldKey; // subkey 1 "sportfld"
    std::unique_ptr<SecureBuffer> m_indexKey; // subkey 2 "sportidx"
    std::unique_ptr<SecureBuffer> m_integrityKey; // subkey 3 "sportmac"
};

} // namespace sportello::crypto
