// SPDX-License-Identifier: GPL-3.0-or-later
// The database key's copy under the recovery key (decision 30): written at the desk's first
// run, it opens the profile on a computer whose keychain never held the key.
#include "memorysecretstore.h"
#include "services/accountservice.h"
#include "services/deskservices.h"
#include "storage/database.h"
#include "storage/databasekey.h"
#include "storage/profile.h"
#include "storage/recoveryslot.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using storage::RecoverySlot;

namespace {

const security::DeskIdentity kDesk {
    u"Centro di Ascolto"_s, u"Caritas"_s, u"015175"_s, u"PIO-CDA"_s, {u"Via Roma 1"_s}};
const QString kPassword = u"una frase lunga da ricordare"_s;

// A desk set up in `dir` with its key in `keychain`; returns the recovery key shown at setup.
QString setUpDesk(const QString &dir, crypto::SecretStore &keychain)
{
    auto profile = storage::Profile::open(dir, keychain);
    REQUIRE(profile.ok());
    test::FakeClock clock;
    services::DeskServices desk((*profile)->database(), clock);
    auto first = desk.accounts().firstRun(kDesk, u"anna"_s, u"Anna"_s, kPassword);
    REQUIRE(first.ok());
    return first->recoveryKey;
}

} // namespace

TEST_CASE("the recovery key opens a desk on a computer without its database key",
          "[privacy][profile][recovery]")
{
    test::MemorySecretStore first;
    test::TempDir dir;
    const QString recoveryKey = setUpDesk(dir.path(), first);
    CHECK(RecoverySlot::exists(dir.path()));
#if defined(Q_OS_UNIX)
    const auto permissions
        = QFile::permissions(dir.filePath(QString::fromLatin1(RecoverySlot::kFileName)));
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(permissions
                & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                   | QFileDevice::WriteOther));
#endif
    // The slot holds no key in clear.
    QFile slot(dir.filePath(QString::fromLatin1(RecoverySlot::kFileName)));
    REQUIRE(slot.open(QIODevice::ReadOnly));
    const QByteArray slotBytes = slot.readAll();
    QByteArray salt;
    REQUIRE(storage::databaseFileKind(dir.filePath(u"sportello.db"_s), &salt)
            == storage::DatabaseFileKind::Encrypted);
    const QByteArray key = first.read(storage::DatabaseKey::keychainAccount(salt)).value();
    CHECK_FALSE(slotBytes.contains(key));
    CHECK_FALSE(slotBytes.contains(key.toHex()));

    // Another computer: its keychain has never seen the key.
    test::MemorySecretStore second;
    REQUIRE(storage::Profile::open(dir.path(), second).code() == ErrorCode::DatabaseKeyMissing);
    SECTION("a wrong recovery key is refused and nothing is stored")
    {
        test::MemorySecretStore stranger;
        const QString other = setUpDesk(test::TempDir().path(), stranger);
        CHECK(RecoverySlot::restoreKey(dir.path(), other, second).code()
              == ErrorCode::WrongCredentials);
        CHECK(RecoverySlot::restoreKey(dir.path(), u"not a key"_s, second).code()
              == ErrorCode::WrongCredentials);
        CHECK(second.entryCount() == 0);
    }
    SECTION("the right one puts the key back; the desk opens and its coordinator logs in")
    {
        REQUIRE(RecoverySlot::restoreKey(dir.path(), recoveryKey, second).ok());
        CHECK(second.read(storage::DatabaseKey::keychainAccount(salt)).value() == key);
        auto profile = storage::Profile::open(dir.path(), second);
        REQUIRE(profile.ok());
        test::FakeClock clock;
        services::DeskServices desk((*profile)->database(), clock);
        CHECK(desk.accounts().login(u"anna"_s, kPassword).ok());
    }
}

TEST_CASE("a slot of another database does not open this one", "[privacy][profile][recovery]")
{
    test::MemorySecretStore keychain;
    test::TempDir one;
    test::TempDir two;
    const QString recoveryKey = setUpDesk(one.path(), keychain);
    (void)setUpDesk(two.path(), keychain);
    // The first desk's slot copied beside the second desk's database.
    const QString name = QString::fromLatin1(RecoverySlot::kFileName);
    QFile::remove(two.filePath(name));
    REQUIRE(QFile::copy(one.filePath(name), two.filePath(name)));
    CHECK_FALSE(RecoverySlot::exists(two.path()));
    test::MemorySecretStore fresh;
    CHECK(RecoverySlot::restoreKey(two.path(), recoveryKey, fresh).code() == ErrorCode::NotFound);
}

TEST_CASE("a profile encrypted without a slot gets one when a coordinator uses the recovery key",
          "[privacy][profile][recovery]")
{
    test::MemorySecretStore keychain;
    test::TempDir dir;
    const QString recoveryKey = setUpDesk(dir.path(), keychain);
    // As a profile encrypted from a plain one is: no slot (its recovery key was never typed).
    REQUIRE(QFile::remove(dir.filePath(QString::fromLatin1(RecoverySlot::kFileName))));
    auto profile = storage::Profile::open(dir.path(), keychain);
    REQUIRE(profile.ok());
    CHECK_FALSE((*profile)->database().hasRecoverySlot());
    test::FakeClock clock;
    services::DeskServices desk((*profile)->database(), clock);
    REQUIRE(desk.accounts().recover(recoveryKey, u"anna"_s, u"un'altra frase lunga"_s).ok());
    CHECK((*profile)->database().hasRecoverySlot());
}
