// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedcatalogue.h"

#include "storage/cataloguerepository.h"

using namespace Qt::StringLiterals;

namespace sportello::security {

GuardedCatalogue::GuardedCatalogue(storage::CatalogueRepository &repository, Authorizer &authorizer)
    : m_repository(repository)
    , m_authorizer(authorizer)
{ }

Result<qint64> GuardedCatalogue::saveService(const Actor &actor, const catalogue::Service &service)
{
    if (auto status
        = m_authorizer.require(actor, Permission::ManageCatalogue, u"service"_s, service.uid);
        !status)
        return status.error();
    return m_repository.saveService(service, actor.username);
}

Status GuardedCatalogue::markVerified(const Actor &actor, const QString &serviceUid,
                                      const QString &verifiedBy)
{
    if (auto status
        = m_authorizer.require(actor, Permission::ManageCatalogue, u"service"_s, serviceUid);
        !status)
        return status;
    return m_repository.markVerified(serviceUid, verifiedBy, actor.username);
}

Status GuardedCatalogue::setStatus(const Actor &actor, const QString &serviceUid,
                                   catalogue::ServiceStatus status, const QString &note)
{
    if (auto allowed
        = m_authorizer.require(actor, Permission::ManageCatalogue, u"service"_s, serviceUid);
        !allowed)
        return allowed;
    return m_repository.setStatus(serviceUid, status, note, actor.username);
}

} // namespace sportello::security
