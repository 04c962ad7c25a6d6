// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/audit.h"
#include "security/permissions.h"
#include "services/authorizer.h"
#include "services/servicecontext.h"
#include "support/result.h"

#include <QList>

namespace sportello::services {

// Reading the audit log: its rows, for coordinators only (a refusal is itself audited), and
// the check of its hash chain. Writing is the other services' business, in their transactions.
class AuditService final
{
public:
    explicit AuditService(const ServiceContext &context);

    // PermissionDenied (audited) without Permission::ViewAudit.
    [[nodiscard]] Result<QList<audit::AuditEntry>> entries(const security::Actor &actor,
                                                           const audit::AuditFilter &filter);
    [[nodiscard]] Result<audit::AuditVerification> verify(const security::Actor &actor);

    // The same for the command line, which runs as the computer's administrator (who can read
    // the profile's files anyway) and has no operator account to check. The rows hold codes
    // and ids, nothing of any person. Never called from ui (tests/core/includegraph_test).
    [[nodiscard]] Result<QList<audit::AuditEntry>>
    entriesWithoutLogin(const audit::AuditFilter &filter) const;
    [[nodiscard]] Result<audit::AuditVerification> verifyWithoutLogin() const;

private:
    storage::AuditLog &m_audit;
    Authorizer m_authorizer;
};

} // namespace sportello::services
