// SPDX-License-Identifier: GPL-3.0-or-later
// For white-box tests (they link sportello_storage_internals): a raw connection to a profile's
// encrypted database, or to a copy of one, with the key a keychain holds for it.
#pragma once

#include "memorysecretstore.h"
#include "sqlite.h"

namespace sportello::test {

// Opens `path` with the key `secrets` holds for its salt, or else with databaseKey() (the key
// of the tests that open a Database without a profile). A plain file opens without a key.
[[nodiscard]] inline Result<storage::SqlConnection>
openRawDatabase(const QString &path, crypto::SecretStore &store = secrets())
{
    QByteArray salt;
    if (storage::databaseFileKind(path, &salt) != storage::DatabaseFileKind::Encrypted)
        return storage::SqlConnection::open(path, {});
    auto key = store.read(storage::DatabaseKey::keychainAccount(salt));
    if (!key)
        return storage::SqlConnection::open(path, databaseKey().keyBytes(), salt);
    return storage::SqlConnection::open(path, *key, salt);
}

} // namespace sportello::test
