// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rights/subjectaccess.h"
#include "security/permissions.h"
#include "services/authorizer.h"
#include "services/servicecontext.h"
#include "support/result.h"

namespace sportello::services {

class DeskSettings;

// The subject-access export (GDPR art. 15 and 20, decision 37): everything the desk holds
// about one person, gathered for a coordinator to hand to that person. The ui lays it out as a
// PDF and writes rights::subjectAccessJson beside it.
class SubjectAccessService final
{
public:
    SubjectAccessService(const ServiceContext &context, const DeskSettings &settings);

    // PermissionDenied (audited) without Permission::SubjectAccess, NotFound for an unknown
    // person, VaultLocked while locked. Audited as "export" of "subject_access" with the
    // person's id (the report's own audit list includes that row).
    [[nodiscard]] Result<rights::SubjectAccessReport> report(const security::Actor &actor,
                                                             qint64 personId);

private:
    storage::Database &m_database;
    const crypto::Vault &m_vault;
    const Clock &m_clock;
    storage::AuditLog &m_audit;
    const DeskSettings &m_settings;
    Authorizer m_authorizer;
};

} // namespace sportello::services
