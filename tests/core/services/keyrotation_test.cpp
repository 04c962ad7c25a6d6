// SPDX-License-Identifier: GPL-3.0-or-later
// The vault's keys (issue 13, point 2; decision 34): the password is checked by its wrap alone,
// wraps follow today's Argon2id cost, and deactivating an operator or replacing the recovery
// key replaces the master key — every sealed value, index, audit MAC and account seal redone
// in one transaction, owed and resumed if interrupted, the WAL checkpointed.
#include "auditchain.h"
#include "connection.h"
#include "crypto/kdfparams.h"
#include "crypto/wrapformat.h"
#include "databasefiles.h"
#include "peoplefixture.h"
#include "rawdatabase.h"
#include "services/keyrotation.h"
#include "services/personfiles.h"
#include "storage/accountrepository.h"
#include "storage/recoveryslot.h"
#include "storage/transaction.h"
#include "storage/vaultwrapstore.h"

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

const QString kAnnaPassword = u"una frase lunga da ricordare"_s;
const QString kMarcoPassword = u"la frase di marco"_s;
const QString kCf = u"RSSMRA80A41H501Y"_s;

struct Desk : test::PeopleDesk
{
    qint64 marco = 0;
    qint64 personId = 0;

    Desk()
    {
        marco = accounts
                    ->createAccount(lead, u"marco"_s, u"Marco Verdi"_s, security::Role::Operatore,
                                    kMarcoPassword, false)
                    .value();
        people::Person p = person(u"Giulia"_s, u"Neri"_s, 1980);
        p.codiceFiscale = kCf;
        p.phone = u"333 1234567"_s;
        auto id = people->create(volunteer, p);
        REQUIRE(id.ok());
        personId = *id;
    }

    services::ServiceContext context() const { return services->context(); }

    storage::SqlConnection db() const { return storage::connectionOf(profile->database()); }

    QVariant scalar(const QString &sql, const QVariant &value) const
    {
        auto result = storage::scalar(db(), sql, {value});
        REQUIRE(result.ok());
        return *result;
    }

    QByteArray sealedPhone() const
    {
        return scalar(u"SELECT sealed FROM personal_fields WHERE entity_type = 'person' "
                      "AND entity_id = ? AND field = 'phone'"_s,
                      {personId})
            .toByteArray();
    }

    // Anna (the coordinator) can still read the person by name and find them by CF.
    void checkReadable()
    {
        auto read = people->person(lead, personId);
        REQUIRE(read.ok());
        CHECK(read->familyName == u"Neri"_s);
        CHECK(read->phone == u"333 1234567"_s);
        auto found = people->search(lead, kCf);
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1);
        CHECK(found->first().personId == personId);
        auto verified = audit->verify();
        REQUIRE(verified.ok());
        CHECK(verified->keyed);
        CHECK(verified->intact);
    }

    QStringList rotationOutcomes()
    {
        audit::AuditFilter filter;
        filter.action = QString::fromLatin1(audit::kKeyRotated);
        auto rows = audit->entries(filter);
        REQUIRE(rows.ok());
        QStringList outcomes;
        for (const auto &row : *rows)
            outcomes.append(row.outcome);
        return outcomes;
    }

    bool pending() { return services::detail::keyRotationPending(context()).value(); }

    void relogin(const QString &username, const QString &password)
    {
        services->lock(lead);
        REQUIRE(accounts->login(username, password).ok());
    }
};

// The raw wrap row of an operator, as a copy of the file would hold it.
QVariantList wrapRow(Desk &d, qint64 operatorId)
{
    auto query = storage::run(d.db(),
                              u"SELECT salt, opslimit, memlimit, nonce, wrapped_key, version, "
                              "public_key, sealed_master FROM vault_wraps WHERE operator_id = ?"_s,
                              {operatorId});
    REQUIRE(query.ok());
    REQUIRE(query->next());
    QVariantList row;
    for (int i = 0; i < 8; ++i)
        row.append(query->value(i));
    return row;
}

void putWrapRow(Desk &d, qint64 operatorId, const QVariantList &row)
{
    REQUIRE(storage::run(d.db(), u"DELETE FROM vault_wraps WHERE operator_id = ?"_s, {operatorId})
                .ok());
    QVariantList values {operatorId};
    values.append(row);
    REQUIRE(storage::runValues(d.db(),
                               u"INSERT INTO vault_wraps(kind, operator_id, salt, opslimit, "
                               "memlimit, nonce, wrapped_key, version, public_key, sealed_master, "
                               "created_at) VALUES ('operator', ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "'2026-03-02T09:00:00Z')"_s,
                               values)
                .ok());
}

} // namespace

TEST_CASE("the password is checked by its wrap alone: no separate hash is stored",
          "[security][vault][keys]")
{
    Desk d;
    auto columns = storage::run(d.db(), u"SELECT name FROM pragma_table_info('operators')"_s);
    REQUIRE(columns.ok());
    QStringList names;
    while (columns->next())
        names.append(columns->value(0).toString());
    CHECK(names.contains(u"username"_s));
    CHECK_FALSE(names.contains(u"password_hash"_s));

    d.services->lock(d.lead);
    auto wrong = d.accounts->login(u"marco"_s, u"non è la sua frase"_s);
    CHECK(wrong.error().code == ErrorCode::WrongCredentials);
    CHECK_FALSE(d.vault->isUnlocked());
    CHECK(storage::AccountRepository(d.profile->database()).byId(d.marco)->failedLogins == 1);
    REQUIRE(d.accounts->login(u"marco"_s, kMarcoPassword).ok());
    CHECK(storage::AccountRepository(d.profile->database()).byId(d.marco)->failedLogins == 0);

    // The old password no longer opens anything once changed.
    const security::Actor marco {d.marco, u"marco"_s, u"Marco Verdi"_s, security::Role::Operatore};
    CHECK(d.accounts->changePassword(marco, u"sbagliata del tutto"_s, u"una frase nuova e lunga"_s)
              .code()
          == ErrorCode::WrongCredentials);
    REQUIRE(d.accounts->changePassword(marco, kMarcoPassword, u"una frase nuova e lunga"_s).ok());
    d.services->lock(marco);
    CHECK_FALSE(d.accounts->login(u"marco"_s, kMarcoPassword).ok());
    CHECK(d.accounts->login(u"marco"_s, u"una frase nuova e lunga"_s).ok());
}

TEST_CASE("wraps use libsodium's MODERATE cost by default and are redone when the cost rises",
          "[security][vault][keys]")
{
    CHECK(crypto::KdfParams::moderate()
          == crypto::KdfParams {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE});
    CHECK(crypto::KdfParams::moderate().opsLimit == 3);
    CHECK(crypto::KdfParams::moderate().memLimit == size_t(256) * 1024 * 1024);

    Desk d;
    const crypto::KdfParams before = crypto::wrapCost();
    CHECK(wrapRow(d, d.marco).at(1).toULongLong() == before.opsLimit);
    CHECK(d.vault->wrapState(d.marco).value() == crypto::WrapState::Current);

    // The cost rises (a new version): the next login wraps again at the new one.
    crypto::setWrapCost({before.opsLimit + 1, before.memLimit});
    CHECK(d.vault->wrapState(d.marco).value() == crypto::WrapState::Outdated);
    const QByteArray oldSalt = wrapRow(d, d.marco).at(0).toByteArray();
    d.relogin(u"marco"_s, kMarcoPassword);
    const QVariantList row = wrapRow(d, d.marco);
    CHECK(row.at(1).toULongLong() == before.opsLimit + 1);
    CHECK(row.at(0).toByteArray() != oldSalt);
    CHECK(d.vault->wrapState(d.marco).value() == crypto::WrapState::Current);
    crypto::setWrapCost(before);
    // A wrap above today's cost is kept as it is (never lowered).
    CHECK(d.vault->wrapState(d.marco).value() == crypto::WrapState::Current);
    d.relogin(u"marco"_s, kMarcoPassword);
    CHECK(wrapRow(d, d.marco).at(1).toULongLong() == before.opsLimit + 1);
}

TEST_CASE(
    "deactivating an operator replaces the master key; a wrap copied before opens nothing new",
    "[security][vault][keys]")
{
    Desk d;
    // A letter saved to disk is recorded with its path sealed: it must survive the rotation.
    REQUIRE(d.services->files()
                .recordWritten(d.lead, d.personId, QString::fromLatin1(people::kFileLetter),
                               u"/home/anna/lettera.pdf"_s)
                .ok());
    // What Marco could have kept: his wrap, with his password, and a sealed value.
    const QVariantList marcoWrap = wrapRow(d, d.marco);
    const QByteArray phoneBefore = d.sealedPhone();

    auto newKey = d.accounts->deactivate(d.lead, d.marco);
    REQUIRE(newKey.ok());
    CHECK(newKey->isEmpty()); // the recovery wrap was already of version 2
    // Neither his wrap nor the value sealed under the old key survives in any file of the
    // profile, the WAL included (checkpointed; deleted cells overwritten).
    const QStringList files = test::databaseFiles(d.dir.path());
    CHECK(test::filesContaining(
              files, {marcoWrap.at(4).toByteArray(), marcoWrap.at(7).toByteArray(), phoneBefore})
              .isEmpty());
    // Control: today's sealed value is found.
    CHECK_FALSE(test::filesContaining(files, QList<QByteArray> {d.sealedPhone()}).isEmpty());
    CHECK_FALSE(d.pending());
    const QStringList outcomes = d.rotationOutcomes();
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.first().startsWith(u"fields="_s));
    CHECK(outcomes.first().contains(u"indexes=1;"_s));
    CHECK(outcomes.first().contains(u"accounts=2;"_s));
    CHECK(outcomes.first().endsWith(u"wraps_removed=0"_s));
    CHECK(d.sealedPhone() != phoneBefore);
    d.checkReadable();
    d.relogin(u"anna"_s, kAnnaPassword);
    d.checkReadable();
    auto written = d.services->files().ofPerson(d.lead, d.personId);
    REQUIRE(written.ok());
    REQUIRE(written->size() == 1);
    CHECK(written->first().path == u"/home/anna/lettera.pdf"_s);

    // Marco's old wrap put back in the file still opens — the old key, which opens nothing
    // the desk now holds.
    d.services->lock(d.lead);
    putWrapRow(d, d.marco, marcoWrap);
    storage::VaultWrapStore wraps(d.profile->database(), d.clock);
    crypto::Vault copy(wraps);
    REQUIRE(copy.unlock(d.marco, kMarcoPassword).ok());
    const QByteArray context = "person/" + QByteArray::number(d.personId) + "/phone";
    CHECK(copy.open(d.sealedPhone(), context).error().code == ErrorCode::CryptoFailed);
    // …though it opened the value as it was before.
    CHECK(copy.open(phoneBefore, context).value() == u"333 1234567"_s);
}

TEST_CASE("an interrupted key rotation changes nothing and is completed at the next login",
          "[security][vault][keys]")
{
    Desk d;
    const QByteArray phoneBefore = d.sealedPhone();
    const auto context = d.context();
    {
        auto tx = storage::Transaction::begin(d.profile->database());
        REQUIRE(tx.ok());
        REQUIRE(services::detail::requestKeyRotation(context, u"deactivation"_s).ok());
        REQUIRE(tx->commit().ok());
    }
    // Stopped half-way, as a crash or a cancel would: all rolled back, the old key back.
    int calls = 0;
    auto stopped = services::detail::rotateMasterKey(context, d.lead.operatorId,
                                                     [&calls](int done, int total) {
                                                         ++calls;
                                                         return done < total / 2;
                                                     });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    CHECK(calls > 0);
    CHECK(d.pending());
    CHECK(d.sealedPhone() == phoneBefore);
    CHECK(d.rotationOutcomes().isEmpty());
    d.checkReadable();

    // The next login completes it.
    d.relogin(u"marco"_s, kMarcoPassword);
    CHECK_FALSE(d.pending());
    CHECK(d.rotationOutcomes().size() == 1);
    CHECK(d.sealedPhone() != phoneBefore);
    d.relogin(u"anna"_s, kAnnaPassword);
    d.checkReadable();
}

TEST_CASE("a rotation does not vouch for an account or audit row forged in the file",
          "[security][vault][keys][integrity]")
{
    Desk d;
    const qint64 marco = d.marco;
    d.close();
    {
        auto raw = test::openRawDatabase(d.dir.filePath(u"sportello.db"_s));
        REQUIRE(raw.ok());
        REQUIRE(storage::run(
                    *raw, u"UPDATE operators SET role = 'coordinatore' WHERE id = %1"_s.arg(marco))
                    .ok());
    }
    d.open();
    REQUIRE(d.accounts->login(u"anna"_s, kAnnaPassword).ok());
    auto tx = storage::Transaction::begin(d.profile->database());
    REQUIRE(tx.ok());
    REQUIRE(services::detail::requestKeyRotation(d.context(), u"recovery_key"_s).ok());
    REQUIRE(tx->commit().ok());
    auto report = services::detail::rotateMasterKey(d.context(), d.lead.operatorId);
    REQUIRE(report.ok());
    CHECK(report->accounts == 1); // Anna's only
    d.services->lock(d.lead);
    auto refused = d.accounts->login(u"marco"_s, kMarcoPassword);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::AccountTampered);
}

TEST_CASE("replacing the recovery key: the old one stops working, the new one opens the vault "
          "and the database key's copy",
          "[security][vault][keys]")
{
    Desk d;
    // The first run's key, as the fixture got it.
    d.services->lock(d.lead);
    REQUIRE(d.accounts->login(u"anna"_s, kAnnaPassword).ok());
    auto replaced = d.accounts->replaceRecoveryKey(d.lead);
    REQUIRE(replaced.ok());
    CHECK(replaced->size() > 40);
    CHECK(d.rotationOutcomes().size() == 1);
    d.checkReadable();

    CHECK(d.accounts->replaceRecoveryKey(d.facilitator).error().code
          == ErrorCode::PermissionDenied);

    d.services->lock(d.lead);
    REQUIRE(d.services->context().vault.unlockWithRecoveryKey(*replaced).ok());
    d.services->context().vault.lock();
    // The copy of the database key in sportello.keys follows the new recovery key.
    test::MemorySecretStore elsewhere;
    CHECK(storage::RecoverySlot::restoreKey(d.dir.path(), *replaced, elsewhere).ok());
}

TEST_CASE("wraps of the old format open, are rewritten at login, and cannot receive a new key",
          "[security][vault][keys]")
{
    Desk d;
    // Turn Marco's wrap and the recovery wrap into version-1 rows of the same master key, as a
    // desk from before this version holds them: the master key comes from Marco's own wrap.
    const QVariantList v2 = wrapRow(d, d.marco);
    auto kek = crypto::wraps::passwordKek(kMarcoPassword, v2.at(0).toByteArray(),
                                          {v2.at(1).toULongLong(), size_t(v2.at(2).toULongLong())});
    REQUIRE(kek.ok());
    crypto::WrapRow row;
    row.version = 2;
    row.salt = v2.at(0).toByteArray();
    row.opsLimit = v2.at(1).toULongLong();
    row.memLimit = v2.at(2).toULongLong();
    row.nonce = v2.at(3).toByteArray();
    row.wrappedKey = v2.at(4).toByteArray();
    row.publicKey = v2.at(6).toByteArray();
    row.sealedMaster = v2.at(7).toByteArray();
    auto master = crypto::wraps::open(row, *kek, crypto::wraps::operatorAd(d.marco, 2));
    REQUIRE(master.ok());
    // Version 1: the master key itself under the password's key.
    const QByteArray ad = crypto::wraps::operatorAd(d.marco, 1);
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray wrapped(32 + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(wrapped.data()), nullptr, master->data(), master->size(),
        reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), kek->data());
    putWrapRow(d, d.marco,
               {v2.at(0), v2.at(1), v2.at(2), nonce, wrapped, 1, QVariant(), QVariant()});
    REQUIRE(
        storage::run(d.db(), u"UPDATE vault_wraps SET version = 1 WHERE kind = 'recovery'"_s).ok());
    CHECK(d.vault->wrapState(d.marco).value() == crypto::WrapState::Outdated);

    SECTION("a version-1 wrap opens and becomes version 2 at login")
    {
        d.relogin(u"marco"_s, kMarcoPassword);
        CHECK(wrapRow(d, d.marco).at(5).toInt() == 2);
        CHECK(d.vault->wrapState(d.marco).value() == crypto::WrapState::Current);
    }
    SECTION("a rotation removes it; the old recovery wrap is replaced by a new key first")
    {
        // A third account, deactivated: the rotation that follows cannot reach Marco's wrap.
        const qint64 luca
            = d.accounts
                  ->createAccount(d.lead, u"luca"_s, u"Luca Bruni"_s, security::Role::Operatore,
                                  u"la frase di luca"_s, false)
                  .value();
        auto newKey = d.accounts->deactivate(d.lead, luca);
        REQUIRE(newKey.ok());
        CHECK(newKey->size() > 40); // shown once to the coordinator
        CHECK(d.rotationOutcomes().first().endsWith(u"wraps_removed=1"_s));
        CHECK(d.vault->wrapState(d.marco).value() == crypto::WrapState::Missing);
        auto accounts = d.accounts->accounts(d.lead);
        REQUIRE(accounts.ok());
        for (const auto &account : *accounts)
            CHECK(account.needsNewPassword == (account.id == d.marco));
        d.services->lock(d.lead);
        CHECK(d.accounts->login(u"marco"_s, kMarcoPassword).error().code
              == ErrorCode::WrongCredentials);
        REQUIRE(d.accounts->login(u"anna"_s, kAnnaPassword).ok());
        d.checkReadable();
        // A temporary password gives Marco a key again.
        REQUIRE(d.accounts->resetPassword(d.lead, d.marco, u"temporanea ma lunga"_s).ok());
        d.services->lock(d.lead);
        CHECK(d.accounts->login(u"marco"_s, u"temporanea ma lunga"_s).ok());
        // The new recovery key opens the rotated vault.
        d.services->lock(d.lead);
        CHECK(d.services->context().vault.unlockWithRecoveryKey(*newKey).ok());
    }
}
