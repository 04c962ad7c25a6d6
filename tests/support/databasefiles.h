// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sportello::test {

// Byte scans of a profile's database files, for tests proving that something is (or is no
// longer) stored on disk: the main file, the WAL and the shared-memory index, as they are now.

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

} // namespace sportello::test
