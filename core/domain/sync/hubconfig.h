// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

// How a desk reaches its district's hub: what enrolment stores (the token aside, which only
// the OS keychain holds) and the rules its parts must follow.
namespace sportello::sync {

struct HubConfig
{
    QUrl url; // https://host[:port], nothing else
    // The hub is trusted through exactly one of these, never through the system's CAs:
    QByteArray caPem; // the district CA's certificate(s), PEM (ca.pem of `sportello-hub init`)
    QByteArray spkiPin; // or the SHA-256 of the hub certificate's public key, 32 bytes
    QByteArray catalogueKey; // the Ed25519 key the catalogue is signed with, 32 bytes
    QString tokenAccount; // the keychain entry holding the token ("hub-<16 hex>")
    bool http2 = false; // off: Qt HttpServer 6.4 speaks HTTP/1.1 (docs/hub.md)
    QDateTime enrolledAt; // UTC

    [[nodiscard]] bool isEnrolled() const { return !url.isEmpty(); }
};

// Why `url` cannot be a hub's address (https, a host, no user, query, fragment or path beyond
// "/"), in English for the log; nullopt when it can.
[[nodiscard]] std::optional<QString> hubUrlProblem(const QUrl &url);
// A key pin as people copy it: "sha256/" and standard base64 (curl's --pinnedpubkey form) or
// 64 hexadecimal digits, colons allowed; the 32 bytes, or empty when it is neither.
[[nodiscard]] QByteArray parseSpkiPin(QStringView text);
// The "sha256/…" form of a pin.
[[nodiscard]] QString formatSpkiPin(const QByteArray &pin);
// Whether `token` has the form the hub issues: "sph1_" and 43 base64url characters.
[[nodiscard]] bool isHubToken(QByteArrayView token);
// The largest secret a Windows credential holds (CRED_MAX_CREDENTIAL_BLOB_SIZE): the token
// must fit, or the desk could not keep it on Windows.
inline constexpr qsizetype kMaxCredentialBytes = 5 * 512;

} // namespace sportello::sync
