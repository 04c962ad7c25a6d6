// SPDX-License-Identifier: GPL-3.0-or-later
// The database key of a profile (decision 30): a new profile is encrypted under a key kept in
// the keychain, a profile from before is encrypted on the way — and an encryption stopped at
// any step loses nothing and finishes at the next start.
#include "connection.h"
#include "databasefiles.h"
#include "memorysecretstore.h"
#include "profilekey.h"
#include "rawdatabase.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/databasekey.h"
#include "storage/migration.h"
#include "storage/profile.h"
#include "storage/settingsstore.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::storage;

namespace {

QString databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QString::fromLatin1(Profile::kDatabaseFileName));
}

// A profile as an older version left it: the schema-6 fixture, in clear, with a marker.
void writePlainProfile(const QString &dataDir, const QString &marker)
{
    const QString path = databasePath(dataDir);
    REQUIRE(QFile::copy(QStringLiteral(SPORTELLO_TEST_DATA_DIR "/schema/sportello-v6.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto raw = SqlConnection::open(path, {});
    REQUIRE(raw.ok());
    REQUIRE(run(*raw, u"INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?)"_s,
                {u"test.marker"_s, marker, u"2025-01-10T09:00:00Z"_s})
                .ok());
    REQUIRE(databaseFileKind(path) == DatabaseFileKind::Plain);
}

QString markerIn(Profile &profile)
{
    auto value = scalar(connectionOf(profile.database()),
                        u"SELECT value FROM settings WHERE key = 'test.marker'"_s);
    REQUIRE(value.ok());
    return value->toString();
}

} // namespace

TEST_CASE("a new profile's database is encrypted under a key kept in the keychain",
          "[storage][profile][privacy]")
{
    test::MemorySecretStore keychain;
    test::TempDir dir;
    const QString path = databasePath(dir.path());
    {
        auto profile = Profile::open(dir.path(), keychain);
        REQUIRE(profile.ok());
        REQUIRE(SettingsStore((*profile)->database(), test::FakeClock())
                    .setValue(u"test.marker"_s, u"Segreto-4471"_s)
                    .ok());
    }
    QByteArray salt;
    REQUIRE(databaseFileKind(path, &salt) == DatabaseFileKind::Encrypted);
    CHECK(keychain.entryCount() == 1);
    CHECK(keychain.read(DatabaseKey::keychainAccount(salt)).ok());
    // Without the key the file is no database at all; with it, the data is there.
    CHECK(SqlConnection::open(path, {}).code() == ErrorCode::DatabaseNotSportello);
    CHECK(SqlConnection::open(path, QByteArray(32, 'k'), salt).code()
          == ErrorCode::DatabaseKeyRejected);
    auto again = Profile::open(dir.path(), keychain);
    REQUIRE(again.ok());
    CHECK(markerIn(**again) == u"Segreto-4471"_s);
    CHECK(keychain.entryCount() == 1);
}

TEST_CASE("a profile whose key is not in the keychain is refused and left as it is",
          "[storage][profile][privacy]")
{
    const test::ExpectedWarnings refused({u"sportello.storage"_s}); // "connection failed"
    test::MemorySecretStore keychain;
    test::TempDir dir;
    REQUIRE(Profile::open(dir.path(), keychain).ok());
    const QString path = databasePath(dir.path());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    SECTION("a keychain that answers without the entry: the key is missing")
    {
        test::MemorySecretStore other;
        CHECK(Profile::open(dir.path(), other).code() == ErrorCode::DatabaseKeyMissing);
        CHECK(other.entryCount() == 0); // no new key made for an existing file
    }
    SECTION("a keychain that cannot be asked: unavailable, never read as missing")
    {
        keychain.setUnavailable(true);
        CHECK(Profile::open(dir.path(), keychain).code() == ErrorCode::SecretStoreUnavailable);
    }
    SECTION("a keychain whose key is another: rejected")
    {
        QByteArray salt;
        REQUIRE(databaseFileKind(path, &salt) == DatabaseFileKind::Encrypted);
        REQUIRE(keychain.write(DatabaseKey::keychainAccount(salt), QByteArray(32, 'x')).ok());
        CHECK(Profile::open(dir.path(), keychain).code() == ErrorCode::DatabaseKeyRejected);
    }
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
}

TEST_CASE("a new profile is not created when the keychain cannot keep its key",
          "[storage][profile][privacy]")
{
    test::MemorySecretStore keychain;
    keychain.setUnavailable(true);
    test::TempDir dir;
    CHECK(Profile::open(dir.path(), keychain).code() == ErrorCode::SecretStoreUnavailable);
    CHECK(databaseFileKind(databasePath(dir.path())) == DatabaseFileKind::Missing);
}

TEST_CASE("a profile from before decision 30 is encrypted at its first start",
          "[storage][profile][privacy][migration]")
{
    test::MemorySecretStore keychain;
    test::TempDir dir;
    const QString marker = u"Chiaro-Marker-9321"_s;
    writePlainProfile(dir.path(), marker);
    {
        auto profile = Profile::open(dir.path(), keychain);
        REQUIRE(profile.ok());
        CHECK(markerIn(**profile) == marker);
        CHECK((*profile)->database().schemaVersion()
              == MigrationSet::application().latestVersion());
    }
    const QString path = databasePath(dir.path());
    CHECK(databaseFileKind(path) == DatabaseFileKind::Encrypted);
    CHECK(keychain.entryCount() == 1);
    // Nothing of the plain file is left beside it, and the marker is in no raw byte.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files);
    CHECK_FALSE(left.contains(u"sportello.db.plain"_s));
    CHECK_FALSE(left.contains(u"sportello.db.encrypting"_s));
    const QStringList files = test::databaseFiles(dir.path());
    CHECK(test::rawFilesContaining(files, test::textEncodings(marker)).isEmpty());
    // Decrypted with the key, it is there: the scan reads what was written.
    test::setScanSecrets(&keychain);
    CHECK_FALSE(test::filesContaining(files, marker).isEmpty());
    test::setScanSecrets(nullptr);
}

TEST_CASE("an encryption stopped at any step loses nothing and finishes at the next start",
          "[storage][profile][privacy][migration]")
{
    const struct
    {
        EncryptionStep step;
        const char *name;
    } steps[] = {{EncryptionStep::KeyStored, "key stored"},
                 {EncryptionStep::Exported, "copy exported"},
                 {EncryptionStep::Verified, "copy verified"},
                 {EncryptionStep::PlainSetAside, "plain file set aside"},
                 {EncryptionStep::Swapped, "copy swapped in"}};
    for (const auto &stop : steps) {
        DYNAMIC_SECTION("stopped after: " << stop.name)
        {
            test::MemorySecretStore keychain;
            test::TempDir dir;
            const QString marker = u"Marker-%1"_s.arg(int(stop.step));
            writePlainProfile(dir.path(), marker);
            setEncryptionStepHookForTest([&](EncryptionStep step) { return step == stop.step; });
            CHECK(Profile::open(dir.path(), keychain).code() == ErrorCode::Cancelled);
            setEncryptionStepHookForTest({});

            auto profile = Profile::open(dir.path(), keychain);
            REQUIRE(profile.ok());
            CHECK(markerIn(**profile) == marker);
            CHECK(databaseFileKind(databasePath(dir.path())) == DatabaseFileKind::Encrypted);
            const QStringList left = QDir(dir.path()).entryList(QDir::Files);
            CHECK_FALSE(left.contains(u"sportello.db.plain"_s));
            CHECK_FALSE(left.contains(u"sportello.db.encrypting"_s));
        }
    }
}

TEST_CASE("removing a demo database removes its keychain entry too", "[storage][profile]")
{
    test::MemorySecretStore keychain;
    test::TempDir dir;
    REQUIRE(Profile::open(dir.path(), keychain).ok());
    REQUIRE(keychain.entryCount() == 1);
    REQUIRE(Profile::removeDatabase(dir.path(), keychain).ok());
    CHECK(keychain.entryCount() == 0);
    CHECK_FALSE(QFile::exists(databasePath(dir.path())));
}
