// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"
#include "permissions.h"
#include "support/result.h"

namespace sportello::storage {
class CatalogueRepository;
}

namespace sportello::security {

// Catalogue changes on behalf of an operator: only coordinators may make them (denials are
// audited), and the change log records the operator's username.
class GuardedCatalogue final
{
public:
    GuardedCatalogue(storage::CatalogueRepository &repository, Authorizer &authorizer);

    [[nodiscard]] Result<qint64> saveService(const Actor &actor, const catalogue::Service &service);
    [[nodiscard]] Status markVerified(const Actor &actor, const QString &serviceUid,
                                      const QString &verifiedBy);
    [[nodiscard]] Status setStatus(const Actor &actor, const QString &serviceUid,
                                   catalogue::ServiceStatus status, const QString &note);

private:
    storage::CatalogueRepository &m_repository;
    Authorizer &m_authorizer;
};

} // namespace sportello::security
