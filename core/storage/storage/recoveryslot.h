// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QString>

namespace sportello::crypto {
class SecretStore;
}

namespace sportello::storage {

class DatabaseKey;

// The database key's copy under the desk's recovery key (decision 30): `sportello.keys` beside
// the database, 0600, a small JSON file holding the file's salt and the key sealed with
// XChaCha20-Poly1305 under a key derived from the recovery secret and the salt (a keyed
// BLAKE2b: the secret is 256 random bits). It lets a profile whose keychain lost the key — a
// backup restored on a new computer, a reset keyring — open again with the recovery key the
// coordinator keeps on paper. There is deliberately no copy under an operator's password: a
// copied folder would then allow offline guessing of the weakest password.
class RecoverySlot final
{
public:
    static constexpr char kFileName[] = "sportello.keys";

    // Seals `key` under the recovery key (its text as shown to the coordinator) and writes the
    // file atomically, replacing any earlier slot.
    [[nodiscard]] static Status write(const QString &dataDir, const DatabaseKey &key,
                                      const QString &recoveryKeyText);
    // Whether the profile in `dataDir` has a slot for its current database file.
    [[nodiscard]] static bool exists(const QString &dataDir);
    // Opens the slot with the recovery key, checks that the key opens the database, and puts it
    // back in `secrets`. WrongCredentials for another recovery key; NotFound without a slot.
    [[nodiscard]] static Status restoreKey(const QString &dataDir, const QString &recoveryKeyText,
                                           crypto::SecretStore &secrets);
};

} // namespace sportello::storage
