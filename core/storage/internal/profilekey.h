// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to storage (and to white-box tests): how a profile finds the key of its database —
// a new one kept in the OS keychain, the one the keychain holds for an encrypted file, or a new
// one for a profile from before decision 30, whose plain file is encrypted once, crash-safely.
#pragma once

#include "support/result.h"

#include <QString>

#include <functional>

namespace sportello::crypto {
class SecretStore;
}

namespace sportello::storage {

class DatabaseKey; // storage/databasekey.h (not included: internal headers never include public)

// The files of an interrupted encryption, next to the database.
inline constexpr char kEncryptingSuffix[] = ".encrypting"; // the encrypted copy being made
inline constexpr char kPlainSuffix[] = ".plain"; // the plain file, set aside until scrubbed

// The steps of the encryption of a plain database, in order.
enum class EncryptionStep {
    KeyStored, // the new key is in the keychain and read back
    Exported, // the encrypted copy is written
    Verified, // the copy opens with the key and holds the same rows
    PlainSetAside, // the plain file is renamed to .plain
    Swapped, // the encrypted copy is the database
};

// Writes `key` to the keychain and reads it back (some keychains accept a write they drop).
[[nodiscard]] Status storeKey(crypto::SecretStore &secrets, const DatabaseKey &key);

// Tests only: called after each step; returning true stops there as a crash would.
using EncryptionStepHook = std::function<bool(EncryptionStep)>;
void setEncryptionStepHookForTest(EncryptionStepHook hook);

// Finishes or undoes what an interrupted encryption left (call with the profile's lock held,
// before the database is opened): a verified copy with no database is put in place, an
// unfinished copy removed, a plain file set aside scrubbed once the database is encrypted.
void recoverInterruptedEncryption(const QString &databasePath);

// The key of the database at `databasePath` (lock held). For a new profile, a new key stored
// in `secrets` first (`*created` set); for a plain one, the encryption above. Errors:
// DatabaseKeyMissing, SecretStoreUnavailable, DatabaseKeyRejected, and the storage errors of
// the encryption (nothing is lost: the plain file stays until the encrypted one is verified).
[[nodiscard]] Result<DatabaseKey> profileDatabaseKey(const QString &databasePath,
                                                     crypto::SecretStore &secrets,
                                                     bool *created = nullptr);

} // namespace sportello::storage
