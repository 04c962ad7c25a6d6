// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QString>

// The catalogue's signing key pair (Ed25519, libsodium): catalogue.key stays at the hub
// (mode 0600), catalogue.pub goes to the desks at enrolment; each published catalogue answer
// carries a detached signature over its exact bytes.
namespace sportello::hub::signing {

[[nodiscard]] Status createKeyPair(const QString &dir);
// The secret key in `dir`, read once when the server starts.
[[nodiscard]] Result<QByteArray> readSecretKey(const QString &dir);
// The public half of `secretKey` (libsodium's Ed25519 secret key holds it), base64: what
// GET /v1/district gives a desk to pin at enrolment.
[[nodiscard]] QByteArray publicKeyOf(const QByteArray &secretKey);
// The signature of `message` with `secretKey`, base64.
[[nodiscard]] QByteArray sign(const QByteArray &secretKey, const QByteArray &message);
// Whether `signature` (base64) is the public key's over `message`.
[[nodiscard]] bool verify(const QByteArray &publicKeyBase64, const QByteArray &message,
                          const QByteArray &signature);

} // namespace sportello::hub::signing
