// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QString>

namespace sportello::crypto {

// Initializes libsodium once per process (thread-safe); ErrorCode::CryptoFailed when the
// library cannot start (no usable entropy source).
[[nodiscard]] Status ensureSodium();

// A password as the bytes handed to Argon2: NFKC-normalized (NIST SP 800-63B §5.1.1.2, so the
// same password typed as composed or decomposed characters gives the same key), then UTF-8.
// The caller wipes the result with wipe() when done.
[[nodiscard]] QByteArray passwordBytes(const QString &password);

// Overwrites a byte array's storage with zeros (sodium_memzero) and clears it.
void wipe(QByteArray &bytes);

} // namespace sportello::crypto
