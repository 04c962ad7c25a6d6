// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/failure.h"
#include "sync/hubconfig.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>

// The TLS trust of the hub: the district's CA and nothing else, or the hub's pinned key. A
// certificate any public CA would vouch for is refused all the same: the system's CAs are not
// in the configuration, and Qt's on-demand loading of them is off once the list is set.
namespace sportello::sync {

// TLS 1.2 or later, the peer verified, the CA list = the district's CA (empty with a pin).
[[nodiscard]] QSslConfiguration hubSslConfiguration(const HubConfig &hub);
// SHA-256 of the certificate's SubjectPublicKeyInfo (DER): what a pin names.
[[nodiscard]] QByteArray spkiSha256(const QSslCertificate &certificate);
// For a hub trusted by its key pin, the handshake errors to ignore: those about the chain's
// trust (self-signed, unknown issuer), and only when the hub's key is the pinned one. A wrong
// key, an expired certificate or another host name are never ignored. Empty without a pin.
[[nodiscard]] QList<QSslError> pinnedErrorsToIgnore(const QList<QSslError> &errors,
                                                    const QSslCertificate &peer,
                                                    const QByteArray &pin);
// Why a handshake failed: Clock when a certificate's validity does not include `now` (this
// computer's date, or a certificate that really expired: the message says both), else Tls.
[[nodiscard]] Failure tlsFailure(const QList<QSslError> &errors, const QDateTime &now);

} // namespace sportello::sync
