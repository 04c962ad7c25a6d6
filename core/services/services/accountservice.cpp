// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/accountservice.h"

#include "crypto/vault.h"
#include "services/accountseal.h"
#include "services/auditanchor.h"
#include "services/changenotifier.h"
#include "services/desksettings.h"
#include "services/keyrotation.h"
#include "services/passwordpolicy.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/clock.h"
#include "support/logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::services {

using namespace security;

using storage::OperatorRecord;

namespace {
QString id(qint64 value)
{
    return QString::number(value);
}

// What the accounts page may see of a stored account (no key material is in it).
Account accountOf(const OperatorRecord &record)
{
    Account account;
    account.id = record.id;
    account.username = record.username;
    account.displayName = record.displayName;
    if (!roleFromCode(record.role, &account.role))
        account.role = Role::Operatore;
    account.active = record.active;
    account.failedLogins = record.failedLogins;
    account.mustChangePassword = record.mustChangePassword;
    account.createdAt = record.createdAt;
    account.passwordChangedAt = record.passwordChangedAt;
    return account;
}

} // namespace

Result<Actor> AccountService::actorOf(const OperatorRecord &record)
{
    Actor actor;
    actor.operatorId = record.id;
    actor.username = record.username;
    actor.displayName = record.displayName;
    if (!roleFromCode(record.role, &actor.role))
        return makeError(ErrorCode::Internal, u"unknown role "_s + record.role);
    return actor;
}

AccountService::AccountService(const ServiceContext &context)
    : m_context(context)
    , m_database(context.database)
    , m_vault(context.vault)
    , m_audit(context.audit)
    , m_clock(context.clock)
    , m_notifier(context.notifier)
    , m_authorizer(context)
{ }

qint64 AccountService::lockoutSeconds(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    // 30 s after the fifth failure, doubling each time, at most 15 minutes.
    const int doublings = std::min(failures - kFreeAttempts, 5);
    return std::min<qint64>(30LL << doublings, 15 * 60);
}

Result<bool> AccountService::needsFirstRun() const
{
    auto all = storage::AccountRepository(m_database).all();
    if (!all)
        return all.error();
    return all->isEmpty();
}

Status AccountService::checkPassword(const QString &password, const QString &username,
                                     const QString &displayName) const
{
    auto desk = detail::readDeskIdentity(m_database, m_clock);
    if (!desk)
        return desk.error();
    return detail::refuseWeakPassword(password, username, *desk, displayName);
}

Result<FirstRunResult> AccountService::firstRun(const DeskIdentity &desk, const QString &username,
                                                const QString &displayName, const QString &password)
{
    auto first = needsFirstRun();
    if (!first)
        return first.error();
    if (!*first)
        return makeError(ErrorCode::AlreadyInitialized, u"accounts exist"_s);
    // The identity is being set in this same call: check against the one about to be stored.
    if (auto status = detail::refuseWeakPassword(password, username, desk, displayName); !status)
        return status.error();

    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (auto status = detail::storeDeskIdentity(m_database, m_clock, desk); !status)
        return status.error();
    OperatorRecord record;
    record.username = username;
    record.displayName = displayName;
    record.role = roleCode(Role::Coordinatore);
    record.createdAt = m_clock.nowUtc();
    record.passwordChangedAt = record.createdAt;
    auto operatorId = storage::AccountRepository(m_database).insert(record);
    if (!operatorId)
        return operatorId.error();
    auto recoveryKey = m_vault.initialize(*operatorId, password);
    if (!recoveryKey)
        return recoveryKey.error();
    // The same recovery key opens the database's key on another computer (decision 30).
    if (auto status = m_database.sealKeyForRecovery(*recoveryKey); !status) {
        m_vault.lock();
        return status.error();
    }
    if (auto status = m_audit.append(*operatorId, QString::fromLatin1(audit::kSetup), u"operator"_s,
                                     id(*operatorId));
        !status)
        return status.error();
    if (auto status = seals().sealAllOnce(); !status) {
        m_vault.lock();
        return status.error();
    }
    m_notifier.announce(*transaction, &ChangeNotifier::deskSettingsChanged);
    m_notifier.announce(*transaction, &ChangeNotifier::accountsChanged);
    if (auto status = transaction->commit(); !status) {
        m_vault.lock();
        return status.error();
    }
    record.id = *operatorId;
    auto actor = actorOf(record);
    if (!actor)
        return actor.error();
    return FirstRunResult {*actor, *recoveryKey};
}

detail::AccountSeal AccountService::seals()
{
    return detail::AccountSeal(m_database, m_vault, m_audit);
}

Status AccountService::afterUnlock()
{
    if (auto status = seals().sealAllOnce(); !status)
        return status;
    if (auto sealed = m_audit.seal(); !sealed)
        return sealed.error();
    if (auto anchored = detail::anchorAuditChain(m_database, m_clock, m_audit); !anchored)
        return anchored.error();
    return {};
}

Result<Actor> AccountService::recover(const QString &recoveryKey, const QString &username,
                                      const QString &newPassword)
{
    auto found = storage::AccountRepository(m_database).byUsername(username);
    if (!found)
        return found.error();
    if (!*found || (*found)->role != roleCode(Role::Coordinatore))
        return makeError(ErrorCode::WrongCredentials, u"not a coordinator"_s);
    if (auto status = checkPassword(newPassword, username, (*found)->displayName); !status)
        return status.error();
    if (auto status = m_vault.unlockWithRecoveryKey(recoveryKey); !status) {
        if (auto audited = m_audit.append(0, QString::fromLatin1(audit::kLoginFailed),
                                          u"recovery"_s, QString(), u"wrong_key"_s);
            !audited)
            return audited.error();
        return status.error();
    }
    OperatorRecord record = **found;
    // A profile encrypted before it had a recovery slot (decision 30) gets one now: the key
    // just typed is the desk's.
    if (!m_database.hasRecoverySlot()) {
        if (auto status = m_database.sealKeyForRecovery(recoveryKey); !status)
            return status.error();
    }
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (auto status = storage::AccountRepository(m_database)
                          .setPasswordChanged(record.id, m_clock.nowUtc(), false);
        !status)
        return status.error();
    // A recovery wrap of the old format becomes one a key rotation can carry over.
    if (auto current = m_vault.recoveryWrapIsCurrent(); !current)
        return current.error();
    else if (!*current) {
        if (auto status = m_vault.upgradeRecoveryWrap(recoveryKey); !status)
            return status.error();
    }
    // The holder of the recovery key may bring back a deactivated coordinator account; that is
    // its own audited action.
    if (!record.active) {
        if (auto status = storage::AccountRepository(m_database).setActive(record.id, true);
            !status)
            return status.error();
        if (auto status = m_audit.append(record.id, QString::fromLatin1(audit::kAccountReactivate),
                                         u"operator"_s, id(record.id), u"recovery"_s);
            !status)
            return status.error();
    }
    if (auto status = m_vault.wrapForOperator(record.id, newPassword); !status)
        return status.error();
    // The holder of the recovery key vouches for this account as it now is.
    if (auto status = afterUnlock(); !status)
        return status.error();
    if (auto status = seals().seal(record.id); !status)
        return status.error();
    if (auto status = m_audit.append(record.id, QString::fromLatin1(audit::kUnlockRecovery),
                                     u"operator"_s, id(record.id));
        !status)
        return status.error();
    m_notifier.announce(*transaction, &ChangeNotifier::accountsChanged);
    if (auto status = transaction->commit(); !status)
        return status.error();
    detail::resumeKeyRotation(m_context, record.id);
    return actorOf(record);
}

Result<QList<Account>> AccountService::accounts(const Actor &by)
{
    if (auto status = m_authorizer.require(by, Permission::ManageAccounts); !status)
        return status.error();
    auto all = storage::AccountRepository(m_database).all();
    if (!all)
        return all.error();
    QList<Account> accounts;
    accounts.reserve(all->size());
    for (const OperatorRecord &record : std::as_const(*all)) {
        Account account = accountOf(record);
        auto state = m_vault.wrapState(record.id);
        if (!state)
            return state.error();
        account.needsNewPassword = record.active && *state == crypto::WrapState::Missing;
        accounts.append(account);
    }
    return accounts;
}

Result<QList<std::pair<qint64, QString>>> AccountService::operatorNames() const
{
    auto all = storage::AccountRepository(m_database).all();
    if (!all)
        return all.error();
    QList<std::pair<qint64, QString>> names;
    for (const OperatorRecord &record : std::as_const(*all))
        names.append({record.id, record.displayName});
    return names;
}

Result<qint64> AccountService::createAccount(const Actor &by, const QString &username,
                                             const QString &displayName, Role role,
                                             const QString &password, bool mustChangePassword)
{
    if (auto status = m_authorizer.require(by, Permission::ManageAccounts, u"operator"_s); !status)
        return status.error();
    if (username.trimmed().size() < 2 || displayName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"username or display name"_s);
    auto existing = storage::AccountRepository(m_database).byUsername(username);
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError(ErrorCode::UsernameTaken, u"username taken"_s, {username.trimmed()});
    if (auto status = checkPassword(password, username, displayName); !status)
        return status.error();
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    OperatorRecord record;
    record.username = username;
    record.displayName = displayName;
    record.role = roleCode(role);
    record.mustChangePassword = mustChangePassword;
    record.createdAt = m_clock.nowUtc();
    record.createdBy = by.operatorId;
    record.passwordChangedAt = record.createdAt;
    auto operatorId = storage::AccountRepository(m_database).insert(record);
    if (!operatorId)
        return operatorId.error();
    if (auto status = m_vault.wrapForOperator(*operatorId, password); !status)
        return status.error();
    if (auto status = seals().seal(*operatorId); !status)
        return status.error();
    if (auto status = m_audit.append(by.operatorId, QString::fromLatin1(audit::kAccountCreate),
                                     u"operator"_s, id(*operatorId));
        !status)
        return status.error();
    m_notifier.announce(*transaction, &ChangeNotifier::accountsChanged);
    if (auto status = transaction->commit(); !status)
        return status.error();
    return operatorId;
}

Result<QString> AccountService::deactivate(const Actor &by, qint64 operatorId)
{
    if (auto status
        = m_authorizer.require(by, Permission::ManageAccounts, u"operator"_s, id(operatorId));
        !status)
        return status.error();
    auto record = storage::AccountRepository(m_database).byId(operatorId);
    if (!record)
        return record.error();
    if (record->role == roleCode(Role::Coordinatore) && record->active) {
        auto coordinators = storage::AccountRepository(m_database).countActive(record->role);
        if (!coordinators)
            return coordinators.error();
        if (*coordinators <= 1)
            return makeError(ErrorCode::LastCoordinator, u"last coordinator"_s);
    }
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (auto status = storage::AccountRepository(m_database).setActive(operatorId, false); !status)
        return status.error();
    if (auto status = seals().seal(operatorId); !status)
        return status.error();
    // Without its wrap the account can no longer reach the master key, whatever its password.
    if (auto status = m_vault.removeWrap(operatorId);
        !status && status.code() != ErrorCode::NotFound)
        return status.error();
    // The key it held is replaced next; a recovery wrap of the old format cannot receive the
    // new key, so it is replaced first by a new recovery key.
    QString newRecoveryKey;
    auto current = m_vault.recoveryWrapIsCurrent();
    if (!current)
        return current.error();
    if (!*current) {
        auto renewed = m_vault.renewRecoveryKey();
        if (!renewed)
            return renewed.error();
        newRecoveryKey = *renewed;
    }
    if (auto status = detail::requestKeyRotation(m_context, u"deactivation"_s); !status)
        return status.error();
    if (auto status = m_audit.append(by.operatorId, QString::fromLatin1(audit::kAccountDeactivate),
                                     u"operator"_s, id(operatorId));
        !status)
        return status.error();
    m_notifier.announce(*transaction, &ChangeNotifier::accountsChanged);
    if (auto status = transaction->commit(); !status)
        return status.error();
    detail::completeKeyChange(m_context, by.operatorId, newRecoveryKey);
    return newRecoveryKey;
}

Result<QString> AccountService::replaceRecoveryKey(const Actor &by)
{
    if (auto status = m_authorizer.require(by, Permission::ManageAccounts, u"vault"_s); !status)
        return status.error();
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto renewed = m_vault.renewRecoveryKey();
    if (!renewed)
        return renewed.error();
    if (auto status = detail::requestKeyRotation(m_context, u"recovery_key"_s); !status)
        return status.error();
    if (auto status = m_audit.append(by.operatorId,
                                     QString::fromLatin1(audit::kRecoveryKeyReplaced), u"vault"_s);
        !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    detail::completeKeyChange(m_context, by.operatorId, *renewed);
    return renewed;
}

Status AccountService::resetPassword(const Actor &by, qint64 operatorId,
                                     const QString &temporaryPassword)
{
    if (auto status
        = m_authorizer.require(by, Permission::ManageAccounts, u"operator"_s, id(operatorId));
        !status)
        return status;
    auto record = storage::AccountRepository(m_database).byId(operatorId);
    if (!record)
        return record.error();
    // Bringing an account back is its own decision (reactivate), never a side effect.
    if (!record->active)
        return makeError(ErrorCode::AccountInactive, u"reset of an inactive account"_s);
    return setTemporaryPassword(by, *record, temporaryPassword, audit::kAccountReset);
}

Status AccountService::reactivate(const Actor &by, qint64 operatorId,
                                  const QString &temporaryPassword)
{
    if (auto status
        = m_authorizer.require(by, Permission::ManageAccounts, u"operator"_s, id(operatorId));
        !status)
        return status;
    auto record = storage::AccountRepository(m_database).byId(operatorId);
    if (!record)
        return record.error();
    if (record->active)
        return makeError(ErrorCode::InvalidArgument, u"account already active"_s,
                         {u"active"_s, QString()});
    return setTemporaryPassword(by, *record, temporaryPassword, audit::kAccountReactivate);
}

Status AccountService::setTemporaryPassword(const Actor &by, const OperatorRecord &record,
                                            const QString &temporaryPassword,
                                            const char *auditAction)
{
    if (auto status = checkPassword(temporaryPassword, record.username, record.displayName);
        !status)
        return status;
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    storage::AccountRepository repository(m_database);
    if (auto status = repository.setPasswordChanged(record.id, m_clock.nowUtc(), true); !status)
        return status;
    if (!record.active) {
        if (auto status = repository.setActive(record.id, true); !status)
            return status;
    }
    // A new wrap: deactivation removed the old one.
    if (auto status = m_vault.wrapForOperator(record.id, temporaryPassword); !status)
        return status;
    if (auto status = seals().seal(record.id); !status)
        return status;
    if (auto status = m_audit.append(by.operatorId, QString::fromLatin1(auditAction), u"operator"_s,
                                     id(record.id));
        !status)
        return status;
    m_notifier.announce(*transaction, &ChangeNotifier::accountsChanged);
    return transaction->commit();
}

Status AccountService::changePassword(const Actor &actor, const QString &oldPassword,
                                      const QString &newPassword)
{
    auto record = storage::AccountRepository(m_database).byId(actor.operatorId);
    if (!record)
        return record.error();
    if (auto opened = m_vault.checkPassword(actor.operatorId, oldPassword); !opened) {
        if (opened.code() == ErrorCode::WrongCredentials || opened.code() == ErrorCode::NotFound)
            return makeError(ErrorCode::WrongCredentials, u"old password"_s);
        return opened;
    }
    if (oldPassword == newPassword)
        return makeError(ErrorCode::WeakPassword, u"unchanged"_s, {u"-1"_s});
    if (auto status = checkPassword(newPassword, record->username, record->displayName); !status)
        return status;
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (auto status = storage::AccountRepository(m_database)
                          .setPasswordChanged(actor.operatorId, m_clock.nowUtc(), false);
        !status)
        return status;
    if (auto status = m_vault.wrapForOperator(actor.operatorId, newPassword); !status)
        return status;
    if (auto status = seals().seal(actor.operatorId); !status)
        return status;
    if (auto status = m_audit.append(actor.operatorId, QString::fromLatin1(audit::kPasswordChange),
                                     u"operator"_s, id(actor.operatorId));
        !status)
        return status;
    m_notifier.announce(*transaction, &ChangeNotifier::accountsChanged);
    return transaction->commit();
}

void AccountService::lock(const Actor &actor)
{
    // The key goes first: the audit row must not wait for anything.
    m_vault.lock();
    if (auto audited = m_audit.append(actor.operatorId, QString::fromLatin1(audit::kLock),
                                      u"operator"_s, id(actor.operatorId));
        !audited)
        qCWarning(lcServices).noquote() << "audit of a lock:" << audited.error().toLogString();
}

Result<bool> AccountService::mustChangePassword(const Actor &actor) const
{
    auto record = storage::AccountRepository(m_database).byId(actor.operatorId);
    if (!record)
        return record.error();
    return record->mustChangePassword;
}

} // namespace sportello::services
