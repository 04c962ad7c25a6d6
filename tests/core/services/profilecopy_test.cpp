// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 1: a copied profile reveals nothing about any person. A desk records a
// person with a birth date, needs (a housing eviction, poverty), notes, a follow-up and a
// referral; the profile is closed and its files copied. Neither a byte scan nor the stock
// sqlite3 tool finds in the copy a marker, a need code or the birth date — while the same scan
// of the files decrypted with the key does find the clear ones, so the scan can fail.
#include "databasefiles.h"
#include "erasurefixture.h"
#include "storage/databasekey.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace sportello;
using test::ErasureDesk;

namespace {

// The stock sqlite3 tool on `file`: its exit code and everything it printed.
std::pair<int, QByteArray> sqlite3Tool(const QString &file, const QString &command)
{
    const QString tool = QStandardPaths::findExecutable(u"sqlite3"_s);
    REQUIRE_FALSE(tool.isEmpty()); // installed by ./dev
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tool, {u"-readonly"_s, file, command});
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(), process.readAll()};
}

} // namespace

TEST_CASE("a copied profile reveals nothing about any person", "[privacy][profile]")
{
    ErasureDesk desk;
    const QString dataDir = desk.profile->dataDir();
    // Clear on the desk before decision 30 (the sealed texts never were): the birth date and
    // the need codes, tied to the person's row.
    const QStringList clearOnDesk {u"1957-04-09"_s, u"CAS.SFRATTO"_s, u"POV.INSUF"_s};
    QStringList markers = desk.clearTexts; // the notes' markers, the names, the phone…
    markers += clearOnDesk;

    // The positive control: decrypted with the key, the clear columns are found.
    for (const QString &text : clearOnDesk) {
        INFO(text.toStdString());
        CHECK_FALSE(test::filesContaining(test::databaseFiles(dataDir), text).isEmpty());
    }

    // Closed, then copied (a stolen laptop, a backup of the user's folder).
    desk.services.reset();
    desk.profile.reset();
    test::TempDir copy;
    QStringList copied;
    for (const QString &file : QDir(dataDir).entryList({u"sportello.db*"_s}, QDir::Files)) {
        REQUIRE(QFile::copy(QDir(dataDir).filePath(file), copy.filePath(file)));
        copied.append(copy.filePath(file));
    }
    REQUIRE(copied.contains(copy.filePath(u"sportello.db"_s)));

    // A byte scan of every file finds no marker, need code or birth date, nor SQLite's header.
    for (const QString &text : std::as_const(markers)) {
        INFO(text.toStdString());
        CHECK(test::rawFilesContaining(copied, test::textEncodings(text)).isEmpty());
    }
    CHECK(test::rawFilesContaining(copied, {QByteArray("SQLite format 3")}).isEmpty());

    // The stock sqlite3 tool reads nothing: not the schema, not a row, not a dump.
    for (const QString &file : copied) {
        if (file.endsWith(u"-shm"_s) || file.endsWith(u"-wal"_s))
            continue; // sqlite3 opens these only through their database
        const auto [schemaCode, schemaOut] = sqlite3Tool(file, u"SELECT * FROM people"_s);
        CHECK(schemaCode != 0);
        CHECK(schemaOut.contains("file is not a database"));
        const auto [dumpCode, dump] = sqlite3Tool(file, u".dump"_s);
        for (const QString &text : std::as_const(markers)) {
            INFO(text.toStdString());
            CHECK_FALSE(dump.contains(text.toUtf8()));
        }
    }

    // Without the keychain the copy is not a profile; with the desk's key it is the whole desk.
    test::MemorySecretStore empty;
    CHECK(storage::Profile::open(copy.path(), empty).code() == ErrorCode::DatabaseKeyMissing);
    auto reopened = storage::Profile::open(copy.path(), test::secrets());
    REQUIRE(reopened.ok());
}
