// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sportello::security {

enum class Role { Operatore, Facilitatore, Coordinatore };

// What an action needs; each core service checks it before acting. Reading the catalogue needs
// none: it is public information every role (and the command line) reads.
enum class Permission {
    ManageCatalogue,
    RecordSessions, // people and listening sessions of the desk
    RecordFacilitation, // digital-facilitation sessions
    // Reading what the counter recorded: counter sessions and their notes, special-category
    // needs, referral notes and letters. A facilitator reads only the people and the
    // facilitation sessions they handle.
    ReadCounterRecords,
    // Writing a document or file that names a person: the referral letter, the consent form
    // with the name filled in, the subject-access export.
    ExportData,
    ManageAccounts,
    ViewAudit,
    ErasePerson,
    // Everything the desk holds about one person, for that person (GDPR art. 15 and 20): a
    // coordinator's act, like the erasure.
    SubjectAccess,
    ConfigureDesk,
    // The desk's statistics and their exports (counts only, small cells suppressed when they
    // leave the desk): a coordinator's work.
    ViewReports,
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

} // namespace sportello::security
