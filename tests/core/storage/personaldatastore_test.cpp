// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "crypto/vault.h"
#include "databasefiles.h"
#include "memorysecretstore.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/personaldatastore.h"
#include "storage/profile.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"
#include "storage/vaultwrapstore.h"
#include "testhelpers.h"

#include <QDir>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::storage;
using test::databaseFiles;
using test::filesContaining;

namespace {

const QString kPassword = u"frase di prova per il vault"_s;

// A profile with one operator and an unlocked vault, and the store over both.
struct Desk
{
    test::TempDir dir;
    test::FakeClock clock;
    std::unique_ptr<Profile> profile;
    std::unique_ptr<VaultWrapStore> wraps;
    std::unique_ptr<crypto::Vault> vault;
    std::unique_ptr<PersonalDataStore> store;
    QString recoveryKey;

    Desk()
    {
        auto opened = Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(opened.ok());
        profile = std::move(opened).value();
        const QString now = clock.nowUtc().toString(Qt::ISODate);
        REQUIRE(run(storage::connectionOf(database()),
                    u"INSERT INTO operators(id, username, display_name, role, "
                    "created_at, password_changed_at) "
                    "VALUES (1, 'op1', 'Operator', 'operatore', ?, ?)"_s,
                    {now, now})
                    .ok());
        wraps = std::make_unique<VaultWrapStore>(database(), clock);
        vault = std::make_unique<crypto::Vault>(*wraps);
        auto recovery = vault->initialize(1, kPassword);
        REQUIRE(recovery.ok());
        recoveryKey = *recovery;
        store = std::make_unique<PersonalDataStore>(database(), *vault);
    }

    Database &database() { return profile->database(); }

    int rows(const QString &table)
    {
        return scalar(storage::connectionOf(database()), u"SELECT count(*) FROM "_s + table)
            ->toInt();
    }
};

} // namespace

TEST_CASE("personal fields are stored sealed and read back", "[storage][security]")
{
    Desk desk;
    PersonalDataStore &store = *desk.store;
    REQUIRE(store.put(u"person"_s, 1, u"given_name"_s, u"\u00c9lodie"_s).ok());
    REQUIRE(store.put(u"person"_s, 1, u"family_name"_s, u"D'Annunzio \U0001F600"_s).ok());
    REQUIRE(store.put(u"person"_s, 2, u"given_name"_s, u"Luca"_s).ok());

    CHECK(store.get(u"person"_s, 1, u"given_name"_s).value() == u"\u00c9lodie"_s);
    auto all = store.all(u"person"_s, 1);
    REQUIRE(all.ok());
    CHECK(*all
          == QMap<QString, QString> {{u"given_name"_s, u"\u00c9lodie"_s},
                                     {u"family_name"_s, u"D'Annunzio \U0001F600"_s}});

    REQUIRE(store.put(u"person"_s, 1, u"given_name"_s, u"Elodie"_s).ok());
    CHECK(store.get(u"person"_s, 1, u"given_name"_s).value() == u"Elodie"_s);
    CHECK(desk.rows(u"personal_fields"_s) == 3);
    CHECK(store.get(u"person"_s, 1, u"phone"_s).code() == ErrorCode::NotFound);
    CHECK(store.get(u"household"_s, 1, u"given_name"_s).code() == ErrorCode::NotFound);
    CHECK(store.put(u"per/son"_s, 1, u"x"_s, u"y"_s).code() == ErrorCode::InvalidArgument);

    // A sealed value moved to another person's row does not open there.
    REQUIRE(run(storage::connectionOf(desk.database()),
                u"UPDATE personal_fields SET sealed = (SELECT sealed FROM personal_fields "
                "WHERE entity_id = 1 AND field = 'given_name') "
                "WHERE entity_id = 2 AND field = 'given_name'"_s)
                .ok());
    CHECK(store.get(u"person"_s, 2, u"given_name"_s).code() == ErrorCode::CryptoFailed);

    desk.vault->lock();
    CHECK(store.get(u"person"_s, 1, u"given_name"_s).code() == ErrorCode::VaultLocked);
    CHECK(store.all(u"person"_s, 1).code() == ErrorCode::VaultLocked);
    CHECK(store.put(u"person"_s, 3, u"given_name"_s, u"Ada"_s).code() == ErrorCode::VaultLocked);
    CHECK(store.index(u"person.cf"_s, u"X"_s, u"person"_s, 3).code() == ErrorCode::VaultLocked);
    CHECK(store.lookup(u"person.cf"_s, u"X"_s, u"person"_s).code() == ErrorCode::VaultLocked);

    // Erasure needs no key.
    REQUIRE(store.remove(u"person"_s, 1).ok());
    CHECK(desk.rows(u"personal_fields"_s) == 1);
    REQUIRE(desk.vault->unlockWithRecoveryKey(desk.recoveryKey).ok());
    CHECK(store.all(u"person"_s, 1).value().isEmpty());
}

TEST_CASE("the blind index finds exactly the entity, and forgets corrected or erased values",
          "[storage][security]")
{
    Desk desk;
    PersonalDataStore &store = *desk.store;
    const QString cf1 = u"RSSMRA80A01F205X"_s;
    const QString cf2 = u"BNCLCU75B12H501Z"_s;
    REQUIRE(store.index(u"person.cf"_s, cf1, u"person"_s, 1).ok());
    REQUIRE(store.index(u"person.cf"_s, cf2, u"person"_s, 2).ok());
    REQUIRE(store.index(u"person.cf"_s, cf1, u"household"_s, 9).ok());
    REQUIRE(store.index(u"person.phone"_s, u"3331234567"_s, u"person"_s, 1).ok());

    CHECK(store.lookup(u"person.cf"_s, cf1, u"person"_s).value() == QList<qint64> {1});
    CHECK(store.lookup(u"person.cf"_s, cf2, u"person"_s).value() == QList<qint64> {2});
    CHECK(store.lookup(u"person.cf"_s, cf1, u"household"_s).value() == QList<qint64> {9});
    CHECK(store.lookup(u"person.phone"_s, cf1, u"person"_s).value().isEmpty());
    CHECK(store.lookup(u"person.cf"_s, u"RSSMRA80A01F205Y"_s, u"person"_s).value().isEmpty());

    // Stable across lock and unlock.
    desk.vault->lock();
    REQUIRE(desk.vault->unlock(1, kPassword).ok());
    CHECK(store.lookup(u"person.cf"_s, cf1, u"person"_s).value() == QList<qint64> {1});

    // A corrected value replaces the old one; an empty one unindexes.
    const QString corrected = u"RSSMRA80A01F205Q"_s;
    REQUIRE(store.index(u"person.cf"_s, corrected, u"person"_s, 1).ok());
    CHECK(store.lookup(u"person.cf"_s, cf1, u"person"_s).value().isEmpty());
    CHECK(store.lookup(u"person.cf"_s, corrected, u"person"_s).value() == QList<qint64> {1});
    REQUIRE(store.index(u"person.cf"_s, QString(), u"person"_s, 2).ok());
    CHECK(store.lookup(u"person.cf"_s, cf2, u"person"_s).value().isEmpty());

    REQUIRE(store.remove(u"person"_s, 1).ok());
    CHECK(store.lookup(u"person.cf"_s, corrected, u"person"_s).value().isEmpty());
    CHECK(store.lookup(u"person.phone"_s, u"3331234567"_s, u"person"_s).value().isEmpty());
    CHECK(store.lookup(u"person.cf"_s, cf1, u"household"_s).value() == QList<qint64> {9});
}

TEST_CASE("the store joins the caller's transaction", "[storage][security]")
{
    Desk desk;
    PersonalDataStore &store = *desk.store;
    {
        auto tx = Transaction::begin(desk.database());
        REQUIRE(tx.ok());
        REQUIRE(store.put(u"person"_s, 1, u"given_name"_s, u"Ada"_s).ok());
        REQUIRE(store.index(u"person.cf"_s, u"X1"_s, u"person"_s, 1).ok());
        CHECK(store.get(u"person"_s, 1, u"given_name"_s).value() == u"Ada"_s);
        // rolled back here
    }
    CHECK(store.get(u"person"_s, 1, u"given_name"_s).code() == ErrorCode::NotFound);
    CHECK(store.lookup(u"person.cf"_s, u"X1"_s, u"person"_s).value().isEmpty());

    auto tx = Transaction::begin(desk.database());
    REQUIRE(tx.ok());
    REQUIRE(store.put(u"person"_s, 1, u"given_name"_s, u"Ada"_s).ok());
    REQUIRE(store.remove(u"person"_s, 2).ok());
    REQUIRE(tx->commit().ok());
    CHECK(store.get(u"person"_s, 1, u"given_name"_s).value() == u"Ada"_s);
    // Without a caller's transaction it uses its own.
    CHECK_FALSE(desk.database().inTransaction());
    REQUIRE(store.put(u"person"_s, 1, u"family_name"_s, u"Lovelace"_s).ok());
    CHECK(desk.rows(u"personal_fields"_s) == 2);
}

TEST_CASE("no personal value reaches the database files in clear", "[storage][security]")
{
    Desk desk;
    PersonalDataStore &store = *desk.store;
    const QStringList markers
        = {u"MARKER-Zqx81-ROSSI"_s, u"\u00d1and\u00fa-Citt\u00e0-77Q"_s, u"cf:RSSMRA80A01F205X"_s};
    REQUIRE(store.put(u"person"_s, 101, u"family_name"_s, markers[0]).ok());
    REQUIRE(store.put(u"person"_s, 102, u"address"_s, markers[1]).ok());
    REQUIRE(store.put(u"household"_s, 103, u"notes"_s, markers[2]).ok());
    REQUIRE(store.index(u"person.cf"_s, markers[2], u"household"_s, 103).ok());

    const QString control = u"CONTROL-Plain-\u00e8-4471"_s;
    REQUIRE(SettingsStore(desk.database(), desk.clock).setValue(u"test.control"_s, control).ok());

    // No checkpoint: the rows are still in the WAL, where a scan of the main file would miss them.
    const QStringList files = databaseFiles(desk.profile->dataDir());
    REQUIRE(files.contains(QDir(desk.profile->dataDir()).filePath(u"sportello.db-wal"_s)));

    CHECK_FALSE(filesContaining(files, control).isEmpty());
    for (const QString &marker : markers) {
        INFO(marker.toStdString());
        CHECK(filesContaining(files, marker).isEmpty());
    }
    // Nor the secrets that open them.
    CHECK(filesContaining(files, kPassword).isEmpty());
    CHECK(filesContaining(files, desk.recoveryKey).isEmpty());
}
