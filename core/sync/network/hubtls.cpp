// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/hubtls.h"

#include <QCryptographicHash>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace sportello::sync {

QSslConfiguration hubSslConfiguration(const HubConfig &hub)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Replaces the system's CAs (and turns off loading them on demand).
    tls.setCaCertificates(hub.caPem.isEmpty() ? QList<QSslCertificate>()
                                              : QSslCertificate::fromData(hub.caPem, QSsl::Pem));
    return tls;
}

QByteArray spkiSha256(const QSslCertificate &certificate)
{
    // QSslKey::toDer() of a public key is its SubjectPublicKeyInfo.
    const QByteArray spki = certificate.publicKey().toDer();
    return spki.isEmpty() ? QByteArray()
                          : QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
}

QList<QSslError> pinnedErrorsToIgnore(const QList<QSslError> &errors, const QSslCertificate &peer,
                                      const QByteArray &pin)
{
    if (pin.size() != 32 || peer.isNull() || spkiSha256(peer) != pin)
        return {};
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            break;
        default:
            return {}; // another problem: nothing is ignored
        }
    }
    return errors;
}

Failure tlsFailure(const QList<QSslError> &errors, const QDateTime &now)
{
    Failure failure;
    failure.kind = FailureKind::Tls;
    QStringList what;
    for (const QSslError &error : errors) {
        what.append(error.errorString());
        const bool validity = error.error() == QSslError::CertificateNotYetValid
            || error.error() == QSslError::CertificateExpired;
        if (validity && !error.certificate().isNull()) {
            failure.kind = FailureKind::Clock;
            const QSslCertificate &certificate = error.certificate();
            failure.detail
                = u"%1|%2|%3"_s.arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                                    certificate.expiryDate().toUTC().toString(Qt::ISODate),
                                    now.toUTC().toString(Qt::ISODate));
        }
    }
    if (failure.kind == FailureKind::Tls)
        failure.detail = what.isEmpty() ? u"TLS handshake failed"_s : what.join(u"; "_s);
    return failure;
}

} // namespace sportello::sync
