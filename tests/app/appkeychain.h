// SPDX-License-Identifier: GPL-3.0-or-later
// The app suites run the real programs, which keep the database key in the OS keychain: these
// tests use the same keychain in-process (the private one tests/support/keyring.sh starts).
#pragma once

#include "common/keychainsecretstore.h"
#include "sqlite.h"
#include "storage/databasekey.h"

namespace sportello::test {

[[nodiscard]] inline app::KeychainSecretStore &keychain()
{
    static app::KeychainSecretStore store;
    return store;
}

// A raw connection to the encrypted database at `path` (a profile's, or a copy of one), with
// the key the keychain holds for it.
[[nodiscard]] inline Result<storage::SqlConnection> openRawDatabase(const QString &path)
{
    QByteArray salt;
    if (storage::databaseFileKind(path, &salt) != storage::DatabaseFileKind::Encrypted)
        return makeError(ErrorCode::DatabaseNotSportello, u"not encrypted"_qs);
    auto key = keychain().read(storage::DatabaseKey::keychainAccount(salt));
    if (!key)
        return key.error();
    return storage::SqlConnection::open(path, *key, salt);
}

} // namespace sportello::test
