// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcertificates.h"

#include <QDir>
#include <QFile>

#include <catch2/catch_test_macros.hpp>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace sportello::test {

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Cert = std::unique_ptr<X509, decltype(&X509_free)>;

Key newKey()
{
    return Key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
}

void extend(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData());
    REQUIRE(extension != nullptr);
    X509_add_ext(cert, extension, -1);
    X509_EXTENSION_free(extension);
}

QByteArray pemOf(X509 *cert)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

QByteArray pemOf(EVP_PKEY *key)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

Cert newCertificate(EVP_PKEY *key, const QString &commonName, long fromSeconds, long toSeconds)
{
    static long serial = 1000;
    Cert cert(X509_new(), &X509_free);
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), fromSeconds);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), toSeconds);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    return cert;
}

} // namespace

PemPair makeCa(const QString &commonName)
{
    Key key = newKey();
    Cert cert = newCertificate(key.get(), commonName, -86400, 365L * 86400);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    extend(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE");
    extend(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    REQUIRE(X509_sign(cert.get(), key.get(), EVP_sha256()) > 0);
    return {pemOf(cert.get()), pemOf(key.get())};
}

PemPair makeServerCertificate(const PemPair &ca, const QString &san, int fromDays, int toDays)
{
    Key key = newKey();
    Cert cert = newCertificate(key.get(), u"sportello-hub"_s, long(fromDays) * 86400,
                               long(toDays) * 86400);
    Cert issuer(nullptr, &X509_free);
    Key issuerKey(nullptr, &EVP_PKEY_free);
    if (!ca.certificate.isEmpty()) {
        std::unique_ptr<BIO, decltype(&BIO_free)> certBio(
            BIO_new_mem_buf(ca.certificate.constData(), int(ca.certificate.size())), &BIO_free);
        std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(
            BIO_new_mem_buf(ca.key.constData(), int(ca.key.size())), &BIO_free);
        issuer.reset(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
        issuerKey.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
        REQUIRE(issuer);
        REQUIRE(issuerKey);
    }
    X509 *signer = issuer ? issuer.get() : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    extend(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
    extend(cert.get(), signer, NID_ext_key_usage, "serverAuth");
    extend(cert.get(), signer, NID_subject_alt_name, san.toLatin1());
    REQUIRE(X509_sign(cert.get(), issuerKey ? issuerKey.get() : key.get(), EVP_sha256()) > 0);
    return {pemOf(cert.get()), pemOf(key.get())};
}

std::pair<QString, QString> writePair(const PemPair &pair, const QString &dir, const QString &name)
{
    const QString certificate = QDir(dir).filePath(name + u".pem"_s);
    const QString key = QDir(dir).filePath(name + u".key"_s);
    for (const auto &[path, bytes] :
         {std::pair {certificate, pair.certificate}, std::pair {key, pair.key}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    return {certificate, key};
}

} // namespace sportello::test
