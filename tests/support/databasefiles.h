// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sportello::crypto {
class SecretStore;
}

namespace sportello::test {

// Byte scans of a profile's database files, for tests proving that something is (or is no
// longer) stored on disk: the main file, the WAL and the shared-memory index, as they are now.
//
// The database is SQLCipher-encrypted (decision 30), so a raw scan would find nothing and prove
// nothing about what the desk itself writes. These scans therefore read the files as someone
// holding the database key would: every page of the main file and every frame of the WAL is
// decrypted (AES-256-CBC with the IV in each page's reserve, SQLCipher 4's page format) before
// it is searched; a page that does not decrypt is searched as it is. The key comes from the
// keychain set by setScanSecrets (the suites' memory keychain unless told otherwise).
// rawFilesContaining reads the bytes as they are, for the tests of the encryption itself.
void setScanSecrets(crypto::SecretStore *secrets);

// The paths of the database files that exist in `dataDir` (main file, -wal, -shm).
[[nodiscard]] QStringList databaseFiles(const QString &dataDir);
// Every byte of those files, one after the other.
[[nodiscard]] QByteArray databaseBytes(const QString &dataDir);
// The byte sequences that store `text`: UTF-8, UTF-16LE and UTF-16BE (SQLite's encodings).
[[nodiscard]] QList<QByteArray> textEncodings(const QString &text);
// The file names (without folder) among `files` that hold any of `needles`.
[[nodiscard]] QStringList filesContaining(const QStringList &files,
                                          const QList<QByteArray> &needles);
// The same for a text in any of its encodings.
[[nodiscard]] QStringList filesContaining(const QStringList &files, const QString &text);
// The file names among `files` whose raw bytes, not decrypted, hold any of `needles`.
[[nodiscard]] QStringList rawFilesContaining(const QStringList &files,
                                             const QList<QByteArray> &needles);

} // namespace sportello::test
