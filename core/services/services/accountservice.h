// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/account.h"
#include "security/permissions.h"
#include "services/authorizer.h"
#include "services/loginattempt.h"
#include "services/servicecontext.h"
#include "support/result.h"

#include <QString>

namespace sportello::storage {
struct OperatorRecord;
}
namespace sportello::services::detail {
class AccountSeal;
}

namespace sportello::services {

struct FirstRunResult
{
    security::Actor coordinator;
    QString recoveryKey; // shown once
};

// Accounts and logins: first run, login with a growing delay after failures, account
// management for coordinators, password changes, the lock — keeping the vault's wraps in step
// and auditing every step. No password or hash ever leaves this class.
class AccountService final
{
public:
    static constexpr int kFreeAttempts = 5;

    explicit AccountService(const ServiceContext &context);

    [[nodiscard]] Result<bool> needsFirstRun() const;
    // Creates the desk identity and its first coordinator, initializes the vault.
    [[nodiscard]] Result<FirstRunResult> firstRun(const security::DeskIdentity &desk,
                                                  const QString &username,
                                                  const QString &displayName,
                                                  const QString &password);

    // Verifies the password, unlocks the vault and audits. Fails with WrongCredentials,
    // AccountInactive, or AccountLocked (args: seconds to wait) after repeated failures.
    [[nodiscard]] Result<security::Actor> login(const QString &username, const QString &password);
    // login() in three steps, for a caller that runs the password check on a worker thread
    // (the login screen): beginLogin() reads the account, LoginAttempt::checkPassword() does
    // the slow derivation anywhere, finishLogin() — on this service's thread, with the same
    // password — unlocks, counts a failure or audits the refusal, exactly as login() does. The
    // account is read again at the end: a change in between (a wrap replaced, a failure
    // counted) is judged as it stands then.
    [[nodiscard]] Result<LoginAttempt> beginLogin(const QString &username);
    [[nodiscard]] Result<security::Actor> finishLogin(LoginAttempt attempt,
                                                      const QString &password);
    // The delay imposed after `failures` consecutive failed logins.
    [[nodiscard]] static qint64 lockoutSeconds(int failures);
    // With the recovery key: sets a new password for a coordinator account and logs in.
    [[nodiscard]] Result<security::Actor>
    recover(const QString &recoveryKey, const QString &username, const QString &newPassword);
    // Wipes the key from memory and audits the lock ("lock now" or the idle timeout).
    void lock(const security::Actor &actor);

    [[nodiscard]] Result<QList<security::Account>> accounts(const security::Actor &by);
    // Id and display name of every operator, active or not, for lists that name who did
    // what (timelines, follow-up assignees); no permission needed.
    [[nodiscard]] Result<QList<std::pair<qint64, QString>>> operatorNames() const;
    // The operator must replace a password chosen by a coordinator, unless told otherwise
    // (demo accounts).
    [[nodiscard]] Result<qint64> createAccount(const security::Actor &by, const QString &username,
                                               const QString &displayName, security::Role role,
                                               const QString &password,
                                               bool mustChangePassword = true);
    // Deactivates the account, removes its wrap and replaces the master key (decision 34), so
    // that a key copied while the account was in use opens nothing written from now on. An
    // upgraded profile whose recovery wrap cannot receive a new key gets a new recovery key:
    // its text is returned (shown once), empty otherwise. A rotation that does not complete
    // (the account is deactivated anyway) runs again at the next login.
    [[nodiscard]] Result<QString> deactivate(const security::Actor &by, qint64 operatorId);
    // The recovery key is lost or may have been seen: a new one replaces it (returned, shown
    // once), the database key's copy is sealed under it and the master key is replaced.
    [[nodiscard]] Result<QString> replaceRecoveryKey(const security::Actor &by);
    // A coordinator sets a temporary password; the operator must change it at next login.
    // AccountInactive for a deactivated account: that needs reactivate().
    [[nodiscard]] Status resetPassword(const security::Actor &by, qint64 operatorId,
                                       const QString &temporaryPassword);
    // Brings a deactivated account back with a temporary password (its wrap was removed when
    // it was deactivated); audited as a reactivation.
    [[nodiscard]] Status reactivate(const security::Actor &by, qint64 operatorId,
                                    const QString &temporaryPassword);
    [[nodiscard]] Status changePassword(const security::Actor &actor, const QString &oldPassword,
                                        const QString &newPassword);
    [[nodiscard]] Result<bool> mustChangePassword(const security::Actor &actor) const;

private:
    [[nodiscard]] static Result<security::Actor> actorOf(const storage::OperatorRecord &record);
    // Why the account cannot try its password now ("unknown_user", "locked", "inactive"), or
    // empty.
    [[nodiscard]] QString refusalBeforePassword(const storage::OperatorRecord *record) const;
    [[nodiscard]] Error refuseLogin(qint64 operatorId, const QString &reason);
    // After the vault opened for `record`: the seals, the failure count, a rewrap, the audit.
    [[nodiscard]] Result<security::Actor> completeLogin(storage::OperatorRecord record,
                                                        const QString &password);
    [[nodiscard]] detail::AccountSeal seals();
    // Right after the vault opens: the first seal of an upgraded profile's accounts, and the
    // seal of the audit rows written while it was locked.
    [[nodiscard]] Status afterUnlock();
    [[nodiscard]] Status setTemporaryPassword(const security::Actor &by,
                                              const storage::OperatorRecord &record,
                                              const QString &temporaryPassword,
                                              const char *auditAction);
    // The password policy with the stored desk identity and the account's names as context.
    [[nodiscard]] Status checkPassword(const QString &password, const QString &username,
                                       const QString &displayName) const;

    ServiceContext m_context;
    storage::Database &m_database;
    crypto::Vault &m_vault;
    storage::AuditLog &m_audit;
    const Clock &m_clock;
    ChangeNotifier &m_notifier;
    Authorizer m_authorizer;
};

} // namespace sportello::services
