// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissions.h"

#include "storage/auditlog.h"

using namespace Qt::StringLiterals;

namespace sportello::security {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Operatore:
        return u"operatore"_s;
    case Role::Facilitatore:
        return u"facilitatore"_s;
    case Role::Coordinatore:
        return u"coordinatore"_s;
    }
    return {};
}

bool roleFromCode(const QString &code, Role *role)
{
    for (const Role candidate : {Role::Operatore, Role::Facilitatore, Role::Coordinatore}) {
        if (roleCode(candidate) == code) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString permissionCode(Permission permission)
{
    switch (permission) {
    case Permission::ViewCatalogue:
        return u"view_catalogue"_s;
    case Permission::ManageCatalogue:
        return u"manage_catalogue"_s;
    case Permission::RecordSessions:
        return u"record_sessions"_s;
    case Permission::RecordFacilitation:
        return u"record_facilitation"_s;
    case Permission::ManageAccounts:
        return u"manage_accounts"_s;
    case Permission::ViewAudit:
        return u"view_audit"_s;
    case Permission::ExportData:
        return u"export_data"_s;
    case Permission::ErasePerson:
        return u"erase_person"_s;
    case Permission::ConfigureDesk:
        return u"configure_desk"_s;
    }
    return {};
}

bool allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ViewCatalogue:
        return true;
    case Permission::RecordSessions:
        // Volunteers at the counter and coordinators; facilitators only record facilitation.
        return role == Role::Operatore || role == Role::Coordinatore;
    case Permission::RecordFacilitation:
        return true;
    case Permission::ManageCatalogue:
    case Permission::ManageAccounts:
    case Permission::ViewAudit:
    case Permission::ExportData:
    case Permission::ErasePerson:
    case Permission::ConfigureDesk:
        return role == Role::Coordinatore;
    }
    return false;
}

Authorizer::Authorizer(storage::AuditLog &audit)
    : m_audit(audit)
{ }

Status Authorizer::require(const Actor &actor, Permission permission, const QString &entityType,
                           const QString &entityId)
{
    if (allows(actor.role, permission))
        return {};
    // The refusal itself is evidence: record it even if the caller rolls back its work.
    if (auto audited
        = m_audit.append(actor.operatorId, QString::fromLatin1(storage::audit::kDenied),
                         entityType.isEmpty() ? permissionCode(permission) : entityType, entityId,
                         permissionCode(permission));
        !audited)
        return audited.error();
    return makeError(
        ErrorCode::PermissionDenied,
        u"operator %1 lacks %2"_s.arg(actor.operatorId).arg(permissionCode(permission)),
        {permissionCode(permission)});
}

} // namespace sportello::security
