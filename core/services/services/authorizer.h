// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"
#include "support/result.h"

namespace sportello::crypto {
class Vault;
}
namespace sportello::storage {
class AuditLog;
class Database;
} // namespace sportello::storage

namespace sportello::services {

struct ServiceContext;

// Checks permissions for the services and writes a "denied" audit row for every refusal.
// Before the role, the account itself: it must exist, be active and not owe a password change
// (a temporary password set by a coordinator allows nothing but its own change), so a screen
// that forgets to ask cannot act for such an account.
class Authorizer final
{
public:
    explicit Authorizer(const ServiceContext &context);
    Authorizer(storage::Database &database, const crypto::Vault &vault, storage::AuditLog &audit);

    // PermissionDenied (args: permission code) when the role does not allow it,
    // AccountInactive, PasswordChangeRequired, AccountTampered (the row's seal, checked while
    // the vault is unlocked).
    [[nodiscard]] Status require(const security::Actor &actor, security::Permission permission,
                                 const QString &entityType = {}, const QString &entityId = {});
    // The account checks only: for what every role may do (a person's name, their consents).
    [[nodiscard]] Status requireAccount(const security::Actor &actor, const QString &entityType,
                                        const QString &entityId = {});
    // Whether the role allows it, without auditing: for trimming what a role reads.
    [[nodiscard]] static bool allows(const security::Actor &actor, security::Permission permission);

private:
    [[nodiscard]] Status deny(const security::Actor &actor, const QString &entityType,
                              const QString &entityId, const QString &outcome, Error error);

    storage::Database &m_database;
    const crypto::Vault &m_vault;
    storage::AuditLog &m_audit;
};

} // namespace sportello::services
