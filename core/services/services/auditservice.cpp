// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/auditservice.h"

#include "storage/auditlog.h"

namespace sportello::services {

AuditService::AuditService(const ServiceContext &context)
    : m_audit(context.audit)
    , m_authorizer(context)
{ }

Result<QList<audit::AuditEntry>> AuditService::entries(const security::Actor &actor,
                                                       const audit::AuditFilter &filter)
{
    if (auto allowed = m_authorizer.require(actor, security::Permission::ViewAudit); !allowed)
        return allowed.error();
    return m_audit.entries(filter);
}

Result<audit::AuditVerification> AuditService::verify(const security::Actor &actor)
{
    if (auto allowed = m_authorizer.require(actor, security::Permission::ViewAudit); !allowed)
        return allowed.error();
    return m_audit.verify();
}

Result<QList<audit::AuditEntry>>
AuditService::entriesWithoutLogin(const audit::AuditFilter &filter) const
{
    return m_audit.entries(filter);
}

Result<audit::AuditVerification> AuditService::verifyWithoutLogin() const
{
    return m_audit.verify();
}

} // namespace sportello::services
