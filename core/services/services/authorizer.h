// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"
#include "support/result.h"

namespace sportello::storage {
class AuditLog;
}

namespace sportello::services {

// Checks permissions for the services and writes a "denied" audit row for every refusal.
class Authorizer final
{
public:
    explicit Authorizer(storage::AuditLog &audit);
    // ErrorCode::PermissionDenied (args: permission code) when the role does not allow it.
    [[nodiscard]] Status require(const security::Actor &actor, security::Permission permission,
                                 const QString &entityType = {}, const QString &entityId = {});

private:
    storage::AuditLog &m_audit;
};

} // namespace sportello::services
