// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefiles.h"

#include "memorysecretstore.h"
#include "storage/databasekey.h"
#include "storage/profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace sportello::test {

namespace {

crypto::SecretStore *&scanSecrets()
{
    static crypto::SecretStore *secrets = &test::secrets();
    return secrets;
}

QByteArray rawContents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// SQLCipher 4's defaults: 4096-byte pages whose last 80 bytes are the reserve (a 16-byte IV,
// then a 64-byte HMAC-SHA512); page 1 starts with the 16-byte salt in clear.
constexpr qsizetype kPageSize = 4096;
constexpr qsizetype kReserve = 80;
constexpr qsizetype kIvSize = 16;
constexpr qsizetype kWalHeader = 32;
constexpr qsizetype kWalFrameHeader = 24;

// One page decrypted (AES-256-CBC, the raw key as it is); the bytes as they are when it fails.
QByteArray decryptPage(QByteArrayView page, bool first, QByteArrayView key)
{
    const qsizetype start = first ? storage::DatabaseKey::kSaltBytes : 0;
    const QByteArrayView cipher = page.sliced(start, kPageSize - kReserve - start);
    const QByteArrayView iv = page.sliced(kPageSize - kReserve, kIvSize);
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    int written = 0;
    int last = 0;
    const bool ok = EVP_DecryptInit_ex(context, EVP_aes_256_cbc(), nullptr,
                                       reinterpret_cast<const unsigned char *>(key.data()),
                                       reinterpret_cast<const unsigned char *>(iv.data()))
            == 1
        && EVP_CIPHER_CTX_set_padding(context, 0) == 1
        && EVP_DecryptUpdate(context, reinterpret_cast<unsigned char *>(plain.data()), &written,
                             reinterpret_cast<const unsigned char *>(cipher.data()),
                             int(cipher.size()))
            == 1
        && EVP_DecryptFinal_ex(context, reinterpret_cast<unsigned char *>(plain.data()) + written,
                               &last)
            == 1;
    EVP_CIPHER_CTX_free(context);
    return ok ? plain : page.toByteArray();
}

// The key of the database `path` belongs to (the main file, its -wal or -shm), if encrypted.
storage::DatabaseKey keyFor(const QString &path)
{
    QString main = path;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (main.endsWith(suffix))
            main.chop(suffix.size());
    }
    QByteArray salt;
    if (storage::databaseFileKind(main, &salt) != storage::DatabaseFileKind::Encrypted)
        return {};
    auto bytes = scanSecrets()->read(storage::DatabaseKey::keychainAccount(salt));
    if (!bytes)
        return {};
    return storage::DatabaseKey::fromBytes(*bytes, salt).valueOr({});
}

// The file as someone with the key reads it: see databasefiles.h.
QByteArray contents(const QString &path)
{
    const QByteArray raw = rawContents(path);
    const storage::DatabaseKey key = keyFor(path);
    if (key.isNull() || path.endsWith(u"-shm"_s))
        return raw; // plain, or the WAL index (page numbers and hashes, never page contents)
    QByteArray out;
    if (path.endsWith(u"-wal"_s)) {
        out += raw.left(kWalHeader);
        for (qsizetype at = kWalHeader; at + kWalFrameHeader + kPageSize <= raw.size();
             at += kWalFrameHeader + kPageSize) {
            const QByteArrayView header = QByteArrayView(raw).sliced(at, kWalFrameHeader);
            const quint32 pageNumber = qFromBigEndian<quint32>(header.data());
            out += header;
            out += decryptPage(QByteArrayView(raw).sliced(at + kWalFrameHeader, kPageSize),
                               pageNumber == 1, key.keyBytes());
        }
        return out;
    }
    for (qsizetype at = 0; at + kPageSize <= raw.size(); at += kPageSize)
        out += decryptPage(QByteArrayView(raw).sliced(at, kPageSize), at == 0, key.keyBytes());
    return out;
}

} // namespace

void setScanSecrets(crypto::SecretStore *secrets)
{
    scanSecrets() = secrets ? secrets : &test::secrets();
}

QStringList databaseFiles(const QString &dataDir)
{
    QStringList files;
    const QString base = QString::fromLatin1(storage::Profile::kDatabaseFileName);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        const QString path = QDir(dataDir).filePath(base + suffix);
        if (QFile::exists(path))
            files.append(path);
    }
    return files;
}

QByteArray databaseBytes(const QString &dataDir)
{
    QByteArray bytes;
    for (const QString &path : databaseFiles(dataDir))
        bytes += contents(path);
    return bytes;
}

QList<QByteArray> textEncodings(const QString &text)
{
    QByteArray little;
    QByteArray big;
    for (const QChar c : text) {
        const auto low = char(c.unicode() & 0xff);
        const auto high = char(c.unicode() >> 8);
        little.append(low).append(high);
        big.append(high).append(low);
    }
    return {text.toUtf8(), little, big};
}

namespace {
// The names of the files among `files` whose bytes, as `read` gives them, hold a needle.
QStringList containing(const QStringList &files, const QList<QByteArray> &needles,
                       QByteArray (*read)(const QString &))
{
    QStringList found;
    for (const QString &path : files) {
        const QByteArray bytes = read(path);
        const bool hit = std::any_of(needles.cbegin(), needles.cend(), [&](const QByteArray &n) {
            return !n.isEmpty() && bytes.contains(n);
        });
        if (hit)
            found.append(QFileInfo(path).fileName());
    }
    return found;
}
} // namespace

QStringList filesContaining(const QStringList &files, const QList<QByteArray> &needles)
{
    return containing(files, needles, contents);
}

QStringList rawFilesContaining(const QStringList &files, const QList<QByteArray> &needles)
{
    return containing(files, needles, rawContents);
}

QStringList filesContaining(const QStringList &files, const QString &text)
{
    return filesContaining(files, textEncodings(text));
}

} // namespace sportello::test
