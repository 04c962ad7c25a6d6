// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/passwordhasher.h"
#include "crypto/vault.h"
#include "memorysecretstore.h"
#include "services/accountservice.h"
#include "services/catalogueservice.h"
#include "services/deskservices.h"
#include "services/desksettings.h"
#include "services/peopleservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <catch2/catch_test_macros.hpp>
#include <thread>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::security;
using sportello::crypto::Vault;
using sportello::services::AccountService;

namespace {
const QString kLeadPassword = u"una frase lunga da ricordare"_s;

struct Desk
{
    test::TempDir dir;
    test::FakeClock clock;
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<services::DeskServices> services;
    Vault *vault = nullptr;
    storage::AuditLog *audit = nullptr;
    AccountService *accounts = nullptr;
    Actor lead;

    Desk()
    {
        auto opened = storage::Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(opened.ok());
        profile = std::move(opened).value();
        services = std::make_unique<services::DeskServices>(profile->database(), clock);
        vault = &services->context().vault;
        audit = &services->context().audit;
        accounts = &services->accounts();
        REQUIRE(accounts->needsFirstRun().value());
        DeskIdentity desk {
            u"Centro di Ascolto"_s, u"Caritas"_s, u"015175"_s, u"pio-cda"_s, {u"Via Roma 1"_s}};
        auto first = accounts->firstRun(desk, u"anna"_s, u"Anna Bianchi"_s, kLeadPassword);
        REQUIRE(first.ok());
        lead = first->coordinator;
        CHECK(vault->isUnlocked());
        CHECK_FALSE(first->recoveryKey.isEmpty());
    }

    QStringList actions()
    {
        auto entries = audit->entries({});
        REQUIRE(entries.ok());
        QStringList list;
        for (const auto &entry : *entries)
            list.append(entry.action + u':' + entry.outcome);
        return list;
    }
};
} // namespace

TEST_CASE("first run creates the desk, its coordinator and the vault, once", "[security][accounts]")
{
    Desk d;
    CHECK(d.lead.role == Role::Coordinatore);
    CHECK_FALSE(d.accounts->needsFirstRun().value());
    auto identity = d.services->settings().identity();
    REQUIRE(identity.ok());
    CHECK(identity->name == u"Centro di Ascolto"_s);
    CHECK(identity->code == u"PIO-CDA"_s);
    auto again = d.accounts->firstRun({}, u"x"_s, u"X"_s, kLeadPassword);
    CHECK(again.code() == ErrorCode::AlreadyInitialized);
}

TEST_CASE("locking wipes the key and is audited by the service that locks", "[security][accounts]")
{
    Desk d;
    REQUIRE(d.vault->isUnlocked());
    d.services->lock(d.lead);
    CHECK_FALSE(d.vault->isUnlocked());
    auto entries = d.audit->entries({});
    REQUIRE(entries.ok());
    REQUIRE_FALSE(entries->isEmpty());
    const audit::AuditEntry &last = entries->first(); // newest first
    CHECK(last.action == u"lock"_s);
    CHECK(last.operatorId == d.lead.operatorId);
    CHECK(last.entityId == QString::number(d.lead.operatorId));
}

TEST_CASE("the accounts list names each operator's role and state", "[security][accounts]")
{
    Desk d;
    auto marcoId = d.accounts->createAccount(d.lead, u"marco"_s, u"Marco Verdi"_s,
                                             Role::Facilitatore, u"password temporanea 1"_s);
    REQUIRE(marcoId.ok());
    REQUIRE(d.accounts->deactivate(d.lead, *marcoId).ok());
    auto list = d.accounts->accounts(d.lead);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    const security::Account &marco = list->at(0).id == *marcoId ? list->at(0) : list->at(1);
    CHECK(marco.username == u"marco"_s);
    CHECK(marco.displayName == u"Marco Verdi"_s);
    CHECK(marco.role == Role::Facilitatore);
    CHECK_FALSE(marco.active);
    CHECK(marco.mustChangePassword);
}

TEST_CASE("login checks the password, unlocks the vault and audits", "[security][accounts]")
{
    Desk d;
    d.vault->lock();
    auto wrong = d.accounts->login(u"anna"_s, u"not the right one"_s);
    CHECK(wrong.code() == ErrorCode::WrongCredentials);
    CHECK_FALSE(d.vault->isUnlocked());
    auto unknown = d.accounts->login(u"nobody"_s, kLeadPassword);
    CHECK(unknown.code() == ErrorCode::WrongCredentials);
    auto ok = d.accounts->login(u"ANNA"_s, kLeadPassword); // usernames ignore case
    REQUIRE(ok.ok());
    CHECK(ok->operatorId == d.lead.operatorId);
    CHECK(d.vault->isUnlocked());
    const QStringList actions = d.actions();
    CHECK(actions.contains(u"login:ok"_s));
    CHECK(actions.contains(u"login_failed:wrong_password"_s));
    CHECK(actions.contains(u"login_failed:unknown_user"_s));
}

TEST_CASE("a login in three steps checks the password on another thread and judges the account "
          "as it stands at the end",
          "[security][accounts]")
{
    Desk d;
    REQUIRE(d.accounts
                ->createAccount(d.lead, u"marco"_s, u"Marco Verdi"_s, Role::Operatore,
                                u"frase del volontario"_s, false)
                .ok());
    d.vault->lock();

    // The slow step on a thread of its own, as the login screen runs it.
    auto attempt = d.accounts->beginLogin(u"anna"_s);
    REQUIRE(attempt.ok());
    CHECK_FALSE(attempt->isChecked());
    std::thread worker([&attempt] { attempt->checkPassword(kLeadPassword); });
    worker.join();
    CHECK(attempt->isChecked());
    CHECK_FALSE(d.vault->isUnlocked()); // nothing happens before the last step
    auto actor = d.accounts->finishLogin(std::move(attempt).value(), kLeadPassword);
    REQUIRE(actor.ok());
    CHECK(actor->operatorId == d.lead.operatorId);
    CHECK(d.vault->isUnlocked());
    CHECK(d.actions().first() == u"login:ok"_s);

    // A wrong password counts as a failure, as with login().
    d.vault->lock();
    auto wrong = d.accounts->beginLogin(u"marco"_s);
    REQUIRE(wrong.ok());
    wrong->checkPassword(u"non la sua"_s);
    CHECK(d.accounts->finishLogin(std::move(wrong).value(), u"non la sua"_s).code()
          == ErrorCode::WrongCredentials);
    CHECK(d.actions().first() == u"login_failed:wrong_password"_s);

    // The account is deactivated while its password is being checked: refused at the end.
    REQUIRE(d.accounts->login(u"anna"_s, kLeadPassword).ok());
    auto marcoId = [&] {
        auto all = d.accounts->accounts(d.lead);
        REQUIRE(all.ok());
        for (const auto &account : *all)
            if (account.username == u"marco"_s)
                return account.id;
        return qint64(0);
    }();
    auto late = d.accounts->beginLogin(u"marco"_s);
    REQUIRE(late.ok());
    late->checkPassword(u"frase del volontario"_s);
    REQUIRE(d.accounts->deactivate(d.lead, marcoId).ok());
    d.vault->lock();
    CHECK(d.accounts->finishLogin(std::move(late).value(), u"frase del volontario"_s).code()
          == ErrorCode::WrongCredentials);
    CHECK(d.actions().first() == u"login_failed:inactive"_s);
    CHECK_FALSE(d.vault->isUnlocked());

    // The password is changed while the old one is being checked: the old one opens nothing.
    auto changed = d.accounts->beginLogin(u"anna"_s);
    REQUIRE(changed.ok());
    changed->checkPassword(kLeadPassword);
    REQUIRE(d.accounts->login(u"anna"_s, kLeadPassword).ok());
    REQUIRE(
        d.accounts->changePassword(d.lead, kLeadPassword, u"un'altra frase lunga e nuova"_s).ok());
    d.vault->lock();
    CHECK(d.accounts->finishLogin(std::move(changed).value(), kLeadPassword).code()
          == ErrorCode::WrongCredentials);
    CHECK(d.actions().first() == u"login_failed:wrap_changed"_s);
    CHECK_FALSE(d.vault->isUnlocked());
}

TEST_CASE("after five failed logins a growing delay is imposed, measured by the clock",
          "[security][accounts]")
{
    Desk d;
    CHECK(AccountService::lockoutSeconds(4) == 0);
    CHECK(AccountService::lockoutSeconds(5) == 30);
    CHECK(AccountService::lockoutSeconds(6) == 60);
    CHECK(AccountService::lockoutSeconds(50) == 15 * 60);

    for (int i = 0; i < 5; ++i)
        CHECK(d.accounts->login(u"anna"_s, u"wrong password"_s).code()
              == ErrorCode::WrongCredentials);
    // Even the right password waits now, refused with the one answer every refusal gets; the
    // audit log says why.
    const auto lastReason = [&] {
        return d.actions().first();
    };
    auto locked = d.accounts->login(u"anna"_s, kLeadPassword);
    REQUIRE(locked.code() == ErrorCode::WrongCredentials);
    CHECK(lastReason() == u"login_failed:locked"_s);
    d.clock.advanceSecs(29);
    CHECK(d.accounts->login(u"anna"_s, kLeadPassword).code() == ErrorCode::WrongCredentials);
    CHECK(lastReason() == u"login_failed:locked"_s);

    d.clock.advanceSecs(2);
    CHECK(d.accounts->login(u"anna"_s, u"wrong again"_s).code() == ErrorCode::WrongCredentials);
    CHECK(lastReason() == u"login_failed:wrong_password"_s);
    d.clock.advanceSecs(59);
    CHECK(d.accounts->login(u"anna"_s, kLeadPassword).code() == ErrorCode::WrongCredentials);
    CHECK(lastReason() == u"login_failed:locked"_s);

    d.clock.advanceSecs(2);
    REQUIRE(d.accounts->login(u"anna"_s, kLeadPassword).ok());
    // A success clears the counter.
    CHECK(d.accounts->login(u"anna"_s, u"one more mistake"_s).code()
          == ErrorCode::WrongCredentials);
    CHECK(d.accounts->login(u"anna"_s, kLeadPassword).ok());
}

TEST_CASE("coordinators manage accounts; others are refused and the refusal is audited",
          "[security][accounts][permissions]")
{
    Desk d;
    auto marco = d.accounts->createAccount(d.lead, u"marco"_s, u"Marco Verdi"_s, Role::Operatore,
                                           u"password temporanea 1"_s);
    REQUIRE(marco.ok());
    CHECK(d.accounts
              ->createAccount(d.lead, u"MARCO"_s, u"Altro"_s, Role::Operatore,
                              u"password temporanea 2"_s)
              .code()
          == ErrorCode::UsernameTaken);
    CHECK(
        d.accounts->createAccount(d.lead, u"luca"_s, u"Luca"_s, Role::Operatore, u"corta"_s).code()
        == ErrorCode::WeakPassword);

    d.vault->lock();
    auto asMarco = d.accounts->login(u"marco"_s, u"password temporanea 1"_s);
    REQUIRE(asMarco.ok());
    CHECK(d.accounts->mustChangePassword(*asMarco).value());
    // Core itself holds a temporary password to its one allowed action, whatever the screen
    // asks: not even what the role allows is done before the change.
    CHECK(d.services->people().search(*asMarco, u"ro"_s).code()
          == ErrorCode::PasswordChangeRequired);
    CHECK(d.accounts->accounts(*asMarco).code() == ErrorCode::PasswordChangeRequired);
    CHECK(d.actions().first() == u"denied:must_change_password"_s);
    REQUIRE(
        d.accounts
            ->changePassword(*asMarco, u"password temporanea 1"_s, u"la mia frase tutta nuova"_s)
            .ok());
    CHECK(d.services->people().search(*asMarco, u"ro"_s).ok());
    CHECK(d.accounts->accounts(*asMarco).code() == ErrorCode::PermissionDenied);
    CHECK(d.accounts
              ->createAccount(*asMarco, u"eve"_s, u"Eve"_s, Role::Coordinatore,
                              u"una password lunga"_s)
              .code()
          == ErrorCode::PermissionDenied);
    CHECK(d.actions().contains(u"denied:manage_accounts"_s));

    // The catalogue too: only coordinators change it, whatever the interface shows.
    CHECK(d.services->catalogue().markVerified(*asMarco, u"svc-x"_s, u"Marco"_s).code()
          == ErrorCode::PermissionDenied);
    CHECK(d.actions().contains(u"denied:manage_catalogue"_s));
}

TEST_CASE("password change rewraps the key; deactivation removes the account's access",
          "[security][accounts]")
{
    Desk d;
    auto marcoId = d.accounts->createAccount(d.lead, u"marco"_s, u"Marco"_s, Role::Operatore,
                                             u"password temporanea 1"_s);
    REQUIRE(marcoId.ok());
    d.vault->lock();
    auto marco = d.accounts->login(u"marco"_s, u"password temporanea 1"_s);
    REQUIRE(marco.ok());
    CHECK(d.accounts->changePassword(*marco, u"wrong old one"_s, u"nuova frase segreta 2"_s).code()
          == ErrorCode::WrongCredentials);
    REQUIRE(
        d.accounts->changePassword(*marco, u"password temporanea 1"_s, u"nuova frase segreta 2"_s)
            .ok());
    CHECK_FALSE(d.accounts->mustChangePassword(*marco).value());
    d.vault->lock();
    CHECK(d.accounts->login(u"marco"_s, u"password temporanea 1"_s).code()
          == ErrorCode::WrongCredentials);
    REQUIRE(d.accounts->login(u"marco"_s, u"nuova frase segreta 2"_s).ok());
    CHECK(d.vault->isUnlocked());

    REQUIRE(d.accounts->login(u"anna"_s, kLeadPassword).ok());
    REQUIRE(d.accounts->deactivate(d.lead, *marcoId).ok());
    d.vault->lock();
    // The same answer as a wrong password: a deactivated name is not revealed.
    CHECK(d.accounts->login(u"marco"_s, u"nuova frase segreta 2"_s).code()
          == ErrorCode::WrongCredentials);
    CHECK(d.actions().first() == u"login_failed:inactive"_s);
    // Its wrap is gone: even the right password could not reach the master key.
    CHECK(d.vault->unlock(*marcoId, u"nuova frase segreta 2"_s).code() == ErrorCode::NotFound);

    // The only coordinator cannot be deactivated.
    REQUIRE(d.accounts->login(u"anna"_s, kLeadPassword).ok());
    CHECK(d.accounts->deactivate(d.lead, d.lead.operatorId).code() == ErrorCode::LastCoordinator);

    // A reset does not bring a deactivated account back: that is its own audited action,
    // which gives a temporary password the operator must change.
    CHECK(d.accounts->resetPassword(d.lead, *marcoId, u"di nuovo temporanea 3"_s).code()
          == ErrorCode::AccountInactive);
    CHECK(d.accounts->login(u"marco"_s, u"di nuovo temporanea 3"_s).code()
          == ErrorCode::WrongCredentials);
    REQUIRE(d.accounts->login(u"anna"_s, kLeadPassword).ok());
    REQUIRE(d.accounts->reactivate(d.lead, *marcoId, u"di nuovo temporanea 3"_s).ok());
    CHECK(d.actions().first() == u"account_reactivate:ok"_s);
    CHECK(d.accounts->reactivate(d.lead, *marcoId, u"di nuovo temporanea 4"_s).code()
          == ErrorCode::InvalidArgument);
    d.vault->lock();
    auto back = d.accounts->login(u"marco"_s, u"di nuovo temporanea 3"_s);
    REQUIRE(back.ok());
    CHECK(d.accounts->mustChangePassword(*back).value());
    // An active account's reset is a reset.
    REQUIRE(d.accounts->login(u"anna"_s, kLeadPassword).ok());
    REQUIRE(d.accounts->resetPassword(d.lead, *marcoId, u"ancora temporanea 5"_s).ok());
    CHECK(d.actions().first() == u"account_reset:ok"_s);
}

namespace {
// The problem a refusal names (ErrorCode::WeakPassword's argument), or -1.
template<typename R>
int passwordProblemOf(const R &result)
{
    if (result.code() != ErrorCode::WeakPassword || result.error().args.isEmpty())
        return -1;
    return result.error().args.first().toInt();
}
constexpr int kTooGuessable = static_cast<int>(crypto::PasswordProblem::TooGuessable);
} // namespace

TEST_CASE("every new password is checked against the desk's names, its comune and the person's",
          "[security][accounts][password]")
{
    SECTION("first run: against the identity being set up in the same call")
    {
        test::TempDir dir;
        test::FakeClock clock;
        auto profile = storage::Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(profile.ok());
        services::DeskServices desk((*profile)->database(), clock);
        AccountService &accounts = desk.accounts();
        // 015175 is Pioltello.
        const DeskIdentity caritas {
            u"Centro di Ascolto"_s, u"Caritas"_s, u"015175"_s, u"PIO-CDA"_s, {}};
        auto refused = accounts.firstRun(caritas, u"anna"_s, u"Anna"_s, u"Pioltello2024!"_s);
        CHECK(passwordProblemOf(refused) == kTooGuessable);
        CHECK(accounts.needsFirstRun().value());
        CHECK(passwordProblemOf(
                  accounts.firstRun(caritas, u"anna"_s, u"Anna"_s, u"Caritas-Pioltello1"_s))
              == kTooGuessable);
        // The same password for a desk with other names and no comune.
        const DeskIdentity other {u"Sportello sociale"_s, u"Comunita"_s, QString(), u"SS-1"_s, {}};
        CHECK(accounts.firstRun(other, u"anna"_s, u"Anna"_s, u"Pioltello2024!"_s).ok());
    }

    SECTION("a new account: the desk's names and the account's own display name")
    {
        Desk d; // Centro di Ascolto, Caritas, Pioltello, PIO-CDA
        CHECK(passwordProblemOf(d.accounts->createAccount(d.lead, u"luca"_s, u"Luca"_s,
                                                          Role::Operatore, u"Pioltello2024!"_s))
              == kTooGuessable);
        CHECK(passwordProblemOf(d.accounts->createAccount(d.lead, u"luca"_s, u"Luca Ferraresi"_s,
                                                          Role::Operatore, u"Ferraresi.2024!"_s))
              == kTooGuessable);
        CHECK(d.accounts
                  ->createAccount(d.lead, u"luca"_s, u"Luca Bruni"_s, Role::Operatore,
                                  u"Ferraresi.2024!"_s)
                  .ok());
    }
    SECTION("reset, reactivation, change and recovery")
    {
        Desk d;
        auto marcoId = d.accounts->createAccount(d.lead, u"marco"_s, u"Marco Verdi"_s,
                                                 Role::Operatore, u"password temporanea 1"_s);
        REQUIRE(marcoId.ok());
        CHECK(passwordProblemOf(d.accounts->resetPassword(d.lead, *marcoId, u"CentroAscolto24"_s))
              == kTooGuessable);
        REQUIRE(d.accounts->deactivate(d.lead, *marcoId).ok());
        CHECK(passwordProblemOf(d.accounts->reactivate(d.lead, *marcoId, u"PIO-CDA-2024!"_s))
              == kTooGuessable);
        CHECK(passwordProblemOf(
                  d.accounts->changePassword(d.lead, kLeadPassword, u"pioltello.caritas"_s))
              == kTooGuessable);
        d.vault->lock();
        // Refused before the key is even tried: nothing is unlocked.
        CHECK(passwordProblemOf(
                  d.accounts->recover(u"AAAA-BBBB-CCCC"_s, u"anna"_s, u"Caritas-Pioltello1"_s))
              == kTooGuessable);
        CHECK_FALSE(d.vault->isUnlocked());
    }
}

TEST_CASE("the recovery key gives a coordinator a new password when all are lost",
          "[security][accounts]")
{
    test::TempDir dir;
    test::FakeClock clock;
    auto profile = storage::Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE(profile.ok());
    services::DeskServices desk((*profile)->database(), clock);
    Vault &vault = desk.context().vault;
    AccountService &accounts = desk.accounts();
    auto first = accounts.firstRun({u"Desk"_s, u"Org"_s, u"015175"_s, u"D1"_s, {}}, u"anna"_s,
                                   u"Anna"_s, kLeadPassword);
    REQUIRE(first.ok());
    vault.lock();
    CHECK(accounts.recover(u"AAAA-BBBB-CCCC"_s, u"anna"_s, u"nuova frase lunga 9"_s).code()
          == ErrorCode::WrongCredentials);
    auto recovered
        = accounts.recover(first->recoveryKey.toLower(), u"anna"_s, u"nuova frase lunga 9"_s);
    REQUIRE(recovered.ok());
    vault.lock();
    CHECK(accounts.login(u"anna"_s, kLeadPassword).code() == ErrorCode::WrongCredentials);
    CHECK(accounts.login(u"anna"_s, u"nuova frase lunga 9"_s).ok());
}

TEST_CASE("the idle time before locking is set by a coordinator, within 1…15 minutes",
          "[security][accounts][permissions]")
{
    Desk d;
    services::DeskSettings &settings = d.services->settings();
    CHECK(settings.idleLockMinutes() == 10);
    REQUIRE(settings.setIdleLockMinutes(d.lead, 5).ok());
    CHECK(settings.idleLockMinutes() == 5);
    CHECK(settings.setIdleLockMinutes(d.lead, 16).code() == ErrorCode::InvalidArgument);
    CHECK(settings.setIdleLockMinutes(d.lead, 0).code() == ErrorCode::InvalidArgument);
    CHECK(settings.idleLockMinutes() == 5);

    auto marcoId = d.accounts->createAccount(d.lead, u"marco"_s, u"Marco"_s, Role::Operatore,
                                             u"password temporanea 1"_s, false);
    REQUIRE(marcoId.ok());
    const Actor marco {*marcoId, u"marco"_s, u"Marco"_s, Role::Operatore};
    CHECK(settings.setIdleLockMinutes(marco, 15).code() == ErrorCode::PermissionDenied);
    CHECK(settings.idleLockMinutes() == 5);
    CHECK(d.actions().contains(u"denied:configure_desk"_s));
}
