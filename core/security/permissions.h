// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QString>

namespace sportello::storage {
class AuditLog;
}

namespace sportello::security {

enum class Role { Operatore, Facilitatore, Coordinatore };

// What an action needs; each core service checks it before acting.
enum class Permission {
    ViewCatalogue,
    ManageCatalogue,
    RecordSessions, // people and listening sessions of the desk
    RecordFacilitation, // digital-facilitation sessions
    ManageAccounts,
    ViewAudit,
    ExportData,
    ErasePerson,
    ConfigureDesk,
};

[[nodiscard]] QString roleCode(Role role);
[[nodiscard]] bool roleFromCode(const QString &code, Role *role);
[[nodiscard]] QString permissionCode(Permission permission);
[[nodiscard]] bool allows(Role role, Permission permission);

// Who is acting: the logged-in operator.
struct Actor
{
    qint64 operatorId = 0;
    QString username;
    QString displayName;
    Role role = Role::Operatore;
};

// Checks permissions for core services and writes a "denied" audit row for every refusal.
class Authorizer final
{
public:
    explicit Authorizer(storage::AuditLog &audit);
    // ErrorCode::PermissionDenied (args: permission code) when the role does not allow it.
    [[nodiscard]] Status require(const Actor &actor, Permission permission,
                                 const QString &entityType = {}, const QString &entityId = {});

private:
    storage::AuditLog &m_audit;
};

} // namespace sportello::security
