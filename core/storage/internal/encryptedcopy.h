// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to storage: an encrypted copy of a database made with SQLCipher's sqlcipher_export
// (SQLCipher refuses SQLite's backup API on encrypted files), shared by the encryption of a
// profile from before decision 30 and the desk's backups.
#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace sportello::storage {

class SqlConnection;

// A new file that only its owner may read (SQLite would give it the umask's mode, and its
// journal the same); false when it exists already or cannot be made.
[[nodiscard]] bool createPrivateFile(const QString &path);
// Every row the pragma answers is "ok", or DatabaseCorrupt with the first complaint.
[[nodiscard]] Status expectOk(const SqlConnection &db, const QString &pragma);
// Copies the database open on `from` into the new file `to` (created owner-only; it must not
// exist), encrypted under `key` and `salt`, with the source's user_version and application_id.
// All in one read transaction: writers on other connections go on, and the copy is the database
// as it stood when the transaction began. The key is bound as a value, never put in SQL text.
[[nodiscard]] Status exportEncrypted(const SqlConnection &from, const QString &to,
                                     QByteArrayView key, const QByteArray &salt);
// Opens `path` with the key and requires integrity_check, cipher_integrity_check and
// foreign_key_check clean.
[[nodiscard]] Status verifyEncrypted(const QString &path, QByteArrayView key,
                                     const QByteArray &salt);

} // namespace sportello::storage
