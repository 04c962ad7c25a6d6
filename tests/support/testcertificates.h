// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Certificates for the TLS tests, made with OpenSSL: a CA of their own and server certificates
// it signs, with the validity and the names a test needs (an expired one, one for another host).
namespace sportello::test {

struct PemPair
{
    QByteArray certificate;
    QByteArray key;
};

// A self-signed CA valid from yesterday for a year.
[[nodiscard]] PemPair makeCa(const QString &commonName);
// A server certificate signed by `ca` (or self-signed when `ca` is empty), valid from
// now + `fromDays` to now + `toDays`, for the subject alternative names `san`
// ("IP:127.0.0.1,DNS:localhost").
[[nodiscard]] PemPair makeServerCertificate(const PemPair &ca, const QString &san, int fromDays,
                                            int toDays);
// Writes the pair as FILE.pem and FILE.key under `dir`; the paths, certificate first.
[[nodiscard]] std::pair<QString, QString> writePair(const PemPair &pair, const QString &dir,
                                                    const QString &name);

} // namespace sportello::test
