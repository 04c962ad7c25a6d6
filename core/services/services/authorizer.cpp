// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/authorizer.h"

#include "audit/audit.h"
#include "services/accountseal.h"
#include "services/servicecontext.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"

using namespace Qt::StringLiterals;

namespace sportello::services {

Authorizer::Authorizer(const ServiceContext &context)
    : Authorizer(context.database, context.vault, context.audit)
{ }

Authorizer::Authorizer(storage::Database &database, const crypto::Vault &vault,
                       storage::AuditLog &audit)
    : m_database(database)
    , m_vault(vault)
    , m_audit(audit)
{ }

bool Authorizer::allows(const security::Actor &actor, security::Permission permission)
{
    return security::allows(actor.role, permission);
}

Status Authorizer::require(const security::Actor &actor, security::Permission permission,
                           const QString &entityType, const QString &entityId)
{
    const QString code = security::permissionCode(permission);
    const QString entity = entityType.isEmpty() ? code : entityType;
    if (auto account = requireAccount(actor, entity, entityId); !account)
        return account;
    if (security::allows(actor.role, permission))
        return {};
    return deny(actor, entity, entityId, code,
                makeError(ErrorCode::PermissionDenied,
                          u"operator %1 lacks %2"_s.arg(actor.operatorId).arg(code), {code}));
}

Status Authorizer::requireAccount(const security::Actor &actor, const QString &entityType,
                                  const QString &entityId)
{
    auto account = storage::AccountRepository(m_database).byId(actor.operatorId);
    if (!account && account.error().code == ErrorCode::NotFound)
        return deny(actor, entityType, entityId, u"unknown_operator"_s,
                    makeError(ErrorCode::PermissionDenied,
                              u"no operator %1"_s.arg(actor.operatorId), {QString()}));
    if (!account)
        return account.error();
    if (!account->active)
        return deny(actor, entityType, entityId, u"inactive"_s,
                    makeError(ErrorCode::AccountInactive,
                              u"operator %1 is inactive"_s.arg(actor.operatorId)));
    if (auto sealed = detail::AccountSeal(m_database, m_vault, m_audit).check(*account); !sealed) {
        if (sealed.code() != ErrorCode::AccountTampered)
            return sealed;
        return deny(actor, entityType, entityId, u"tampered"_s, sealed.error());
    }
    if (account->mustChangePassword)
        return deny(actor, entityType, entityId, u"must_change_password"_s,
                    makeError(ErrorCode::PasswordChangeRequired,
                              u"operator %1 must change password"_s.arg(actor.operatorId)));
    return {};
}

Status Authorizer::deny(const security::Actor &actor, const QString &entityType,
                        const QString &entityId, const QString &outcome, Error error)
{
    // The refusal itself is evidence: record it even if the caller rolls back its work.
    if (auto audited = m_audit.append(actor.operatorId, QString::fromLatin1(audit::kDenied),
                                      entityType, entityId, outcome);
        !audited)
        return audited.error();
    return error;
}

} // namespace sportello::services
