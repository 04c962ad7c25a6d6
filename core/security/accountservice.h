// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passwordhasher.h"
#include "permissions.h"
#include "storage/accountrepository.h"
#include "support/result.h"

#include <QString>

namespace sportello {
class Clock;
namespace storage {
class AuditLog;
class Database;
} // namespace storage
} // namespace sportello

namespace sportello::security {

class Vault;

// The desk's identity, entered at first run and printed on handouts and letters.
struct DeskIdentity
{
    QString name;
    QString organization;
    QString comuneIstat;
    QString code; // short desk code, e.g. "PIO-CDA"
    QStringList contacts;
};

struct FirstRunResult
{
    Actor coordinator;
    QString recoveryKey; // shown once
};

// Accounts and logins: first run, login with a growing delay after failures, account
// management for coordinators, password changes — keeping the vault's wraps in step and
// auditing every step.
class AccountService final
{
public:
    static constexpr int kFreeAttempts = 5;

    AccountService(storage::Database &database, Vault &vault, storage::AuditLog &audit,
                   const Clock &clock, PasswordHasher hasher = PasswordHasher());

    [[nodiscard]] Result<bool> needsFirstRun() const;
    // Creates the desk identity and its first coordinator, initializes the vault.
    [[nodiscard]] Result<FirstRunResult> firstRun(const DeskIdentity &desk, const QString &username,
                                                  const QString &displayName,
                                                  const QString &password);

    // Verifies the password, unlocks the vault and audits. Fails with WrongCredentials,
    // AccountInactive, or AccountLocked (args: seconds to wait) after repeated failures.
    [[nodiscard]] Result<Actor> login(const QString &username, const QString &password);
    // The delay imposed after `failures` consecutive failed logins.
    [[nodiscard]] static qint64 lockoutSeconds(int failures);
    // With the recovery key: sets a new password for a coordinator account and logs in.
    [[nodiscard]] Result<Actor> recover(const QString &recoveryKey, const QString &username,
                                        const QString &newPassword);

    [[nodiscard]] Result<QList<storage::OperatorRecord>> accounts(const Actor &by);
    // Id and display name of every operator, active or not, for lists that name who did
    // what (timelines, follow-up assignees); no permission needed.
    [[nodiscard]] Result<QList<std::pair<qint64, QString>>> operatorNames() const;
    // The operator must replace a password chosen by a coordinator, unless told otherwise
    // (demo accounts).
    [[nodiscard]] Result<qint64> createAccount(const Actor &by, const QString &username,
                                               const QString &displayName, Role role,
                                               const QString &password,
                                               bool mustChangePassword = true);
    [[nodiscard]] Status deactivate(const Actor &by, qint64 operatorId);
    // A coordinator sets a temporary password; the operator must change it at next login.
    [[nodiscard]] Status resetPassword(const Actor &by, qint64 operatorId,
                                       const QString &temporaryPassword);
    [[nodiscard]] Status changePassword(const Actor &actor, const QString &oldPassword,
                                        const QString &newPassword);
    [[nodiscard]] Result<bool> mustChangePassword(const Actor &actor) const;

private:
    [[nodiscard]] Status checkPassword(const QString &password, const QString &username) const;
    [[nodiscard]] Result<Actor> actorOf(const storage::OperatorRecord &record) const;

    storage::Database &m_database;
    storage::AccountRepository m_accounts;
    Vault &m_vault;
    storage::AuditLog &m_audit;
    const Clock &m_clock;
    PasswordHasher m_hasher;
    Authorizer m_authorizer;
    QString m_dummyHash; // verified for unknown usernames, so they take as long as known ones
};

// The idle time after which the screen locks: set by a coordinator, 1…15 minutes (default 10).
inline constexpr int kDefaultIdleLockMinutes = 10;
inline constexpr int kMaximumIdleLockMinutes = 15;
[[nodiscard]] int idleLockMinutes(storage::Database &database, const Clock &clock);
[[nodiscard]] Status setIdleLockMinutes(storage::Database &database, const Clock &clock,
                                        Authorizer &authorizer, const Actor &actor, int minutes);

// Reads and writes the desk identity in the profile's settings.
[[nodiscard]] Result<DeskIdentity> loadDeskIdentity(storage::Database &database,
                                                    const Clock &clock);
[[nodiscard]] Status saveDeskIdentity(storage::Database &database, const Clock &clock,
                                      const DeskIdentity &desk);

} // namespace sportello::security
