// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The desks' bearer tokens: "sph1_" and 256 random bits in base64url. The hub keeps only a
// SHA-256 hash of each (a token has too much entropy for a slow hash to add anything).
namespace sportello::hub::tokens {

[[nodiscard]] QString generate();
// Lowercase hex SHA-256 of the token's text.
[[nodiscard]] QByteArray hash(const QByteArray &token);
// Whether `token` has the shape of one; the value after "Bearer " of a header otherwise.
[[nodiscard]] bool looksValid(const QByteArray &token);

} // namespace sportello::hub::tokens
