// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QString>

// The passwords of board accounts (issue 16, point 2): Argon2id strings from libsodium, which
// carry their own salt and cost. The cost is OWASP's minimum for Argon2id (19 MiB, two
// passes): a hub serves many logins at once on a small machine.
namespace sportello::hub::boardpassword {

inline constexpr unsigned long long kOps = 2;
inline constexpr std::size_t kMemoryBytes = 19u * 1024u * 1024u;

// CryptoFailed when libsodium cannot (out of memory).
[[nodiscard]] Result<QString> hash(const QString &password);
// Whether `password` is the one `stored` was made from; false for anything not an Argon2id
// string of ours.
[[nodiscard]] bool verify(const QString &stored, const QString &password);
// Verifies against a hash of no account, so that an unknown username costs as much time as a
// known one with a wrong password (the same answer for both).
void verifyNothing(const QString &password);
// Whether `stored` was made with another cost and should be made again at the next login.
[[nodiscard]] bool needsRehash(const QString &stored);

} // namespace sportello::hub::boardpassword
