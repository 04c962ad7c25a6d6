// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/permissions.h"

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
    case Permission::ManageCatalogue:
        return u"manage_catalogue"_s;
    case Permission::RecordSessions:
        return u"record_sessions"_s;
    case Permission::RecordFacilitation:
        return u"record_facilitation"_s;
    case Permission::ReadCounterRecords:
        return u"read_counter_records"_s;
    case Permission::ExportData:
        return u"export_data"_s;
    case Permission::ManageAccounts:
        return u"manage_accounts"_s;
    case Permission::ViewAudit:
        return u"view_audit"_s;
    case Permission::ErasePerson:
        return u"erase_person"_s;
    case Permission::SubjectAccess:
        return u"subject_access"_s;
    case Permission::ConfigureDesk:
        return u"configure_desk"_s;
    case Permission::ViewReports:
        return u"view_reports"_s;
    }
    return {};
}

bool allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::RecordSessions:
    case Permission::ReadCounterRecords:
    case Permission::ExportData:
        // Volunteers at the counter and coordinators; facilitators only record (and read)
        // facilitation, and print consent forms with the name left blank.
        return role == Role::Operatore || role == Role::Coordinatore;
    case Permission::RecordFacilitation:
        return true;
    case Permission::ManageCatalogue:
    case Permission::ManageAccounts:
    case Permission::ViewAudit:
    case Permission::ErasePerson:
    case Permission::SubjectAccess:
    case Permission::ConfigureDesk:
    case Permission::ViewReports:
        return role == Role::Coordinatore;
    }
    return false;
}

} // namespace sportello::security
