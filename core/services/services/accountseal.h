// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the services: the integrity seal of an operator account (decision 32).

#include "support/result.h"

namespace sportello {
class Clock;
namespace crypto {
class Vault;
}
namespace storage {
class AuditLog;
class Database;
struct OperatorRecord;
} // namespace storage
} // namespace sportello

namespace sportello::services::detail {

// A MAC under the vault's integrity key over an account's id, username, role, active flag,
// pending password change and failed-login count, stored with the row. Someone who edits the
// file (to promote an account, bring back a deactivated one or clear its lockout) cannot
// recompute it without the vault. The failed-login count grows while the vault is locked
// (failed logins), when no seal can be made, so the seal keeps the count it was made with and
// the check only requires the stored count not to be lower.
class AccountSeal final
{
public:
    AccountSeal(storage::Database &database, const crypto::Vault &vault, storage::AuditLog &audit);

    // Seals the account as it is stored now; needs the vault unlocked.
    [[nodiscard]] Status seal(qint64 operatorId);
    // AccountTampered when the stored row does not match its seal (or lost it after accounts
    // were first sealed). Without the vault nothing can be checked, and nothing is refused.
    [[nodiscard]] Status check(const storage::OperatorRecord &record) const;
    // A profile from before the seals: at its first unlock every audit row and every account
    // is sealed as it is (trust on first use), and an `accounts_sealed` audit row says so.
    // Does nothing once that row exists.
    [[nodiscard]] Status sealAllOnce();

private:
    [[nodiscard]] Result<bool> everSealed() const;

    storage::Database &m_database;
    const crypto::Vault &m_vault;
    storage::AuditLog &m_audit;
};

} // namespace sportello::services::detail
