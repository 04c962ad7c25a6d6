// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/authorizer.h"

#include "audit/audit.h"
#include "storage/auditlog.h"

using namespace Qt::StringLiterals;

namespace sportello::services {

Authorizer::Authorizer(storage::AuditLog &audit)
    : m_audit(audit)
{ }

Status Authorizer::require(const security::Actor &actor, security::Permission permission,
                           const QString &entityType, const QString &entityId)
{
    if (security::allows(actor.role, permission))
        return {};
    const QString code = security::permissionCode(permission);
    // The refusal itself is evidence: record it even if the caller rolls back its work.
    if (auto audited = m_audit.append(actor.operatorId, QString::fromLatin1(audit::kDenied),
                                      entityType.isEmpty() ? code : entityType, entityId, code);
        !audited)
        return audited.error();
    return makeError(ErrorCode::PermissionDenied,
                     u"operator %1 lacks %2"_s.arg(actor.operatorId).arg(code), {code});
}

} // namespace sportello::services
