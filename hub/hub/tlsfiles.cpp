// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/tlsfiles.h"

#include <QFile>

#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace sportello::hub::tls {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

Key newKey()
{
    return Key(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

Cert newCertificate(EVP_PKEY *key, const char *commonName, int days)
{
    Cert cert(X509_new());
    if (!cert)
        return {};
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(cert.get()));
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Sportello hub"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    return cert;
}

QByteArray pem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

QByteArray pem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

Status write(const QString &path, const QByteArray &bytes, bool secret)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::FileUnwritable, file.errorString(), {path});
    if (secret)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.flush())
        return makeError(ErrorCode::FileUnwritable, file.errorString(), {path});
    return {};
}

} // namespace

Status createThrowAwayCa(const QString &dir, int validDays)
{
    const Key caKey = newKey();
    const Key serverKey = newKey();
    if (!caKey || !serverKey)
        return makeError(ErrorCode::Internal, u"key generation"_s);
    Cert ca = newCertificate(caKey.get(), "Sportello hub throw-away CA", validDays);
    Cert server = newCertificate(serverKey.get(), "localhost", validDays);
    if (!ca || !server)
        return makeError(ErrorCode::Internal, u"certificate"_s);
    X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get()));
    X509_set_issuer_name(server.get(), X509_get_subject_name(ca.get()));
    const bool extended
        = addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        && addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        && addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash")
        && addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(server.get(), ca.get(), NID_key_usage,
                        "critical,digitalSignature,keyEncipherment")
        && addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(server.get(), ca.get(), NID_subject_alt_name,
                        "DNS:localhost,IP:127.0.0.1,IP:::1")
        && addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always");
    if (!extended || X509_sign(ca.get(), caKey.get(), EVP_sha256()) == 0
        || X509_sign(server.get(), caKey.get(), EVP_sha256()) == 0)
        return makeError(ErrorCode::Internal, u"certificate signature"_s);
    if (auto done = write(dir + u"/ca.pem"_s, pem(ca.get()), false); !done)
        return done;
    if (auto done = write(dir + u"/server.key"_s, pem(serverKey.get()), true); !done)
        return done;
    // The chain a client needs after the server's own certificate.
    return write(dir + u"/server.pem"_s, pem(server.get()), false);
}

} // namespace sportello::hub::tls
