// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "crypto/kdfparams.h"
#include "crypto/vault.h"
#include "memorysecretstore.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "storage/transaction.h"
#include "storage/vaultwrapstore.h"
#include "testhelpers.h"

#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::crypto;

namespace {

const QString kPassword1 = u"prima frase abbastanza lunga"_s;
const QString kPassword2 = u"seconda frase, anche lei lunga"_s;
const QString kPassword3 = u"terza frase con l'accento: perch\u00e9"_s;

// A profile with three operators (ids 1–3) and a vault over it, not yet initialized.
struct VaultDesk
{
    test::TempDir dir;
    test::FakeClock clock;
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<storage::VaultWrapStore> wraps;
    std::unique_ptr<Vault> vault;

    VaultDesk()
    {
        auto opened = storage::Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(opened.ok());
        profile = std::move(opened).value();
        for (qint64 id = 1; id <= 3; ++id)
            addOperator(id);
        wraps = std::make_unique<storage::VaultWrapStore>(database(), clock);
        vault = std::make_unique<Vault>(*wraps);
    }

    storage::Database &database() { return profile->database(); }

    void addOperator(qint64 id)
    {
        const QString now = clock.nowUtc().toString(Qt::ISODate);
        REQUIRE(storage::run(storage::connectionOf(database()),
                             u"INSERT INTO operators(id, username, display_name, role, "
                             "created_at, password_changed_at) "
                             "VALUES (?, ?, ?, 'operatore', ?, ?)"_s,
                             {id, u"op%1"_s.arg(id), u"Operator %1"_s.arg(id), now, now})
                    .ok());
    }

    // Initializes the vault for operator 1 and returns the recovery key text.
    QString initialize()
    {
        auto recovery = vault->initialize(1, kPassword1);
        REQUIRE(recovery.ok());
        return *recovery;
    }

    QVariant wrapColumn(const QString &column, qint64 operatorId)
    {
        auto value = storage::scalar(
            storage::connectionOf(database()),
            u"SELECT %1 FROM vault_wraps WHERE operator_id = ?"_s.arg(column), {operatorId});
        REQUIRE(value.ok());
        return *value;
    }
};

// How someone might type the key: lowercase, spaces for dashes, O for 0 and L/I for 1.
QString sloppilyTyped(const QString &key)
{
    QString typed = key.toLower();
    typed.replace(u'-', u' ');
    typed.replace(u'0', u'o');
    typed.replace(u'1', u'l');
    return u"  "_s + typed + u" "_s;
}

} // namespace

TEST_CASE("a vault opens with each operator's password and with the recovery key",
          "[security][vault]")
{
    VaultDesk desk;
    Vault &vault = *desk.vault;
    CHECK_FALSE(vault.isInitialized().value());
    CHECK_FALSE(vault.isUnlocked());

    const QString recovery = desk.initialize();
    CHECK(vault.isInitialized().value());
    CHECK(vault.isUnlocked());
    static const QRegularExpression format(
        u"^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$"_s);
    CHECK(format.match(recovery).hasMatch());

    REQUIRE(vault.wrapForOperator(2, kPassword2).ok());
    REQUIRE(vault.wrapForOperator(3, kPassword3).ok());
    auto sealed = vault.seal(u"Maria"_s, "person/1/given_name");
    REQUIRE(sealed.ok());

    const QList<std::pair<qint64, QString>> operators
        = {{1, kPassword1}, {2, kPassword2}, {3, kPassword3}};
    for (const auto &[id, password] : operators) {
        INFO("operator " << id);
        vault.lock();
        CHECK_FALSE(vault.isUnlocked());
        REQUIRE(vault.unlock(id, password).ok());
        CHECK(vault.isUnlocked());
        // The same master key behind every wrap.
        CHECK(vault.open(*sealed, "person/1/given_name").valueOr({}) == u"Maria"_s);
    }

    vault.lock();
    const auto wrong = vault.unlock(1, kPassword2);
    CHECK(wrong.code() == ErrorCode::WrongCredentials);
    CHECK_FALSE(vault.isUnlocked());
    CHECK(vault.unlock(42, kPassword1).code() == ErrorCode::NotFound);

    REQUIRE(vault.unlockWithRecoveryKey(recovery).ok());
    CHECK(vault.open(*sealed, "person/1/given_name").valueOr({}) == u"Maria"_s);
    vault.lock();
    REQUIRE(vault.unlockWithRecoveryKey(sloppilyTyped(recovery)).ok());
    CHECK(vault.isUnlocked());

    vault.lock();
    CHECK(vault.unlockWithRecoveryKey(u"not a recovery key"_s).code()
          == ErrorCode::WrongCredentials);
    CHECK(vault.unlockWithRecoveryKey(recovery.left(recovery.size() - 5)).code()
          == ErrorCode::WrongCredentials);
    QString otherKey = recovery;
    otherKey[0] = otherKey[0] == u'7' ? u'8' : u'7';
    CHECK(vault.unlockWithRecoveryKey(otherKey).code() == ErrorCode::WrongCredentials);
    CHECK_FALSE(vault.isUnlocked());

    // A second first run is refused, and replaces nothing.
    CHECK(vault.initialize(2, kPassword2).code() == ErrorCode::AlreadyInitialized);
    REQUIRE(vault.unlockWithRecoveryKey(recovery).ok());
}

TEST_CASE("renewing the recovery key invalidates the old one", "[security][vault]")
{
    VaultDesk desk;
    Vault &vault = *desk.vault;
    const QString oldKey = desk.initialize();
    auto newKey = vault.renewRecoveryKey();
    REQUIRE(newKey.ok());
    CHECK(*newKey != oldKey);

    vault.lock();
    CHECK(vault.renewRecoveryKey().code() == ErrorCode::VaultLocked);
    CHECK(vault.unlockWithRecoveryKey(oldKey).code() == ErrorCode::WrongCredentials);
    CHECK(vault.unlockWithRecoveryKey(*newKey).ok());
    CHECK(storage::scalar(storage::connectionOf(desk.database()),
                          u"SELECT count(*) FROM vault_wraps WHERE kind = 'recovery'"_s)
              ->toInt()
          == 1);
}

TEST_CASE("a password change rewraps the key: the old password fails, the new one works",
          "[security][vault]")
{
    VaultDesk desk;
    Vault &vault = *desk.vault;
    desk.initialize();
    REQUIRE(vault.wrapForOperator(2, kPassword2).ok());
    const QByteArray oldSalt = desk.wrapColumn(u"salt"_s, 2).toByteArray();

    const QString newPassword = u"una nuova frase per operatore due"_s;
    REQUIRE(vault.wrapForOperator(2, newPassword).ok());
    CHECK(desk.wrapColumn(u"salt"_s, 2).toByteArray() != oldSalt);

    vault.lock();
    CHECK(vault.wrapForOperator(2, kPassword2).code() == ErrorCode::VaultLocked);
    CHECK(vault.unlock(2, kPassword2).code() == ErrorCode::WrongCredentials);
    CHECK(vault.unlock(2, newPassword).ok());
}

TEST_CASE("removing an operator's wrap makes their unlock fail with NotFound", "[security][vault]")
{
    VaultDesk desk;
    Vault &vault = *desk.vault;
    desk.initialize();
    REQUIRE(vault.wrapForOperator(3, kPassword3).ok());

    // Inside the caller's transaction: rolled back with it.
    {
        auto tx = storage::Transaction::begin(desk.database());
        REQUIRE(tx.ok());
        REQUIRE(vault.removeWrap(3).ok());
        CHECK(storage::VaultWrapStore(desk.database(), desk.clock).operatorWrap(3).code()
              == ErrorCode::NotFound);
    }
    CHECK(storage::VaultWrapStore(desk.database(), desk.clock).operatorWrap(3).ok());

    REQUIRE(vault.removeWrap(3).ok());
    CHECK(vault.removeWrap(3).ok()); // nothing left to remove is not an error
    vault.lock();
    CHECK(vault.unlock(3, kPassword3).code() == ErrorCode::NotFound);
    CHECK(vault.unlock(1, kPassword1).ok());
}

TEST_CASE("a wrap records its Argon2id cost and unlocking uses the recorded one",
          "[security][vault]")
{
    VaultDesk desk;
    Vault &vault = *desk.vault;
    desk.initialize();
    CHECK(desk.wrapColumn(u"opslimit"_s, 1).toULongLong() == wrapCost().opsLimit);
    CHECK(desk.wrapColumn(u"memlimit"_s, 1).toULongLong() == wrapCost().memLimit);
    CHECK(desk.wrapColumn(u"salt"_s, 1).toByteArray().size() == 16);
    vault.lock();

    const auto setMemLimit = [&](quint64 memLimit) {
        REQUIRE(storage::run(storage::connectionOf(desk.database()),
                             u"UPDATE vault_wraps SET memlimit = ? WHERE operator_id = 1"_s,
                             {memLimit})
                    .ok());
    };
    // Another (still acceptable) cost derives another key: the stored value is the one used.
    setMemLimit(wrapCost().memLimit + 1024 * 1024);
    CHECK(vault.unlock(1, kPassword1).code() == ErrorCode::WrongCredentials);
    // Below OWASP's minimum the record is refused as damaged, before any derivation.
    setMemLimit(8 * 1024 * 1024);
    CHECK(vault.unlock(1, kPassword1).code() == ErrorCode::CryptoFailed);
    CHECK_FALSE(vault.isUnlocked());
}

TEST_CASE("sealed fields open only unaltered, in their own context, with the vault unlocked",
          "[security][vault]")
{
    VaultDesk desk;
    Vault &vault = *desk.vault;
    desk.initialize();
    const QByteArray context = "person/7/notes";

    for (const QString &text :
         {u"Citt\u00e0 di Castello, via dell'Universit\u00e0 3"_s,
          u"\u00d1and\u00fa \U0001F600 \U0001F1EE\U0001F1F9 \u4e2d\u6587"_s, QString(), u"x"_s}) {
        auto sealed = vault.seal(text, context);
        REQUIRE(sealed.ok());
        CHECK(sealed->size() == 24 + text.toUtf8().size() + 16);
        auto opened = vault.open(*sealed, context);
        REQUIRE(opened.ok());
        CHECK(*opened == text);
    }

    const QString secret = u"Rossi Mario, diabetico"_s;
    auto sealed = vault.seal(secret, context);
    REQUIRE(sealed.ok());
    CHECK_FALSE(sealed->contains(secret.toUtf8()));
    CHECK(vault.seal(secret, context).value() != *sealed); // a fresh nonce every time

    for (const qsizetype position :
         {qsizetype(0), qsizetype(23), qsizetype(24), qsizetype(30), sealed->size() - 1}) {
        INFO("byte " << position);
        QByteArray tampered = *sealed;
        tampered[position] = char(tampered[position] ^ 0x01);
        CHECK(vault.open(tampered, context).code() == ErrorCode::CryptoFailed);
    }
    CHECK(vault.open(sealed->left(sealed->size() - 1), context).code() == ErrorCode::CryptoFailed);
    CHECK(vault.open(sealed->left(20), context).code() == ErrorCode::CryptoFailed);
    CHECK(vault.open(*sealed, "person/8/notes").code() == ErrorCode::CryptoFailed);
    CHECK(vault.open(*sealed, "person/7/note").code() == ErrorCode::CryptoFailed);
    CHECK(vault.open(*sealed, context).ok());

    vault.lock();
    CHECK(vault.open(*sealed, context).code() == ErrorCode::VaultLocked);
    CHECK(vault.seal(secret, context).code() == ErrorCode::VaultLocked);
    CHECK(vault.blindIndex(u"person.cf"_s, u"RSSMRA80A01F205X"_s).code() == ErrorCode::VaultLocked);
}

TEST_CASE("a blind index is stable across lock and unlock, separate per purpose and per vault",
          "[security][vault]")
{
    VaultDesk desk;
    Vault &vault = *desk.vault;
    desk.initialize();
    const QString cf = u"RSSMRA80A01F205X"_s;
    auto mac = vault.blindIndex(u"person.cf"_s, cf);
    REQUIRE(mac.ok());
    CHECK(mac->size() == 32);
    CHECK_FALSE(mac->contains(cf.toUtf8()));

    vault.lock();
    REQUIRE(vault.unlock(1, kPassword1).ok());
    CHECK(vault.blindIndex(u"person.cf"_s, cf).value() == *mac);
    CHECK(vault.blindIndex(u"person.phone"_s, cf).value() != *mac);
    CHECK(vault.blindIndex(u"person.cf"_s, u"RSSMRA80A01F205Y"_s).value() != *mac);
    // The separator keeps purpose and value apart.
    CHECK(vault.blindIndex(u"person.c"_s, u"f"_s).value()
          != vault.blindIndex(u"person.cf"_s, QString()).value());
    CHECK(vault.blindIndex(QString(), cf).code() == ErrorCode::InvalidArgument);

    // Keyed: another desk's vault gives another MAC for the same value.
    VaultDesk other;
    other.initialize();
    CHECK(other.vault->blindIndex(u"person.cf"_s, cf).value() != *mac);
}
