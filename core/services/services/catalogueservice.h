// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"
#include "catalogue/summary.h"
#include "security/permissions.h"
#include "services/authorizer.h"
#include "services/servicecontext.h"
#include "support/result.h"

#include <memory>
#include <optional>

namespace sportello::search {
class CatalogueIndex;
}

namespace sportello::services {

// The catalogue for the desk's pages. Reading needs no permission: the catalogue is public
// information. Changes are for coordinators only (a refusal is audited), record the
// operator's username in the change log, and are announced as catalogueChanged.
class CatalogueService final
{
public:
    explicit CatalogueService(const ServiceContext &context);

    [[nodiscard]] Result<qint64> version() const;
    [[nodiscard]] Result<QList<catalogue::Organization>> organizations() const;
    [[nodiscard]] Result<QList<catalogue::Location>> locations() const;
    [[nodiscard]] Result<catalogue::Service> service(qint64 id) const;
    // The organizations and locations the services name: for their detail and handout.
    [[nodiscard]] Result<catalogue::ServicePlaces>
    placesOf(const QList<catalogue::Service> &services) const;
    [[nodiscard]] Result<catalogue::Service> serviceByUid(const QString &uid) const;
    [[nodiscard]] Result<QList<catalogue::NamedItem>> documents() const;
    [[nodiscard]] Result<QList<catalogue::NamedItem>> prerequisites() const;
    [[nodiscard]] Result<QList<catalogue::ChangeRecord>> history(const QString &entityType,
                                                                 const QString &uid) const;
    // The compact summaries the session page offers as services to suggest.
    [[nodiscard]] Result<QList<catalogue::ServiceSummary>> summaries() const;
    // What a referral can name (organizations, services still offered), in one query.
    [[nodiscard]] Result<QList<catalogue::ReferralTarget>> referralTargets() const;
    // The entry a referral names, by uid; empty when the uid is empty or no longer there.
    [[nodiscard]] Result<std::optional<catalogue::ReferralTarget>>
    referralTarget(const QString &uid) const;
    // A search snapshot of the whole catalogue as it is now (from the copy kept beside the
    // database and the changes since, or built afresh); safe to call from a worker thread (it
    // reads on that thread's own connection).
    [[nodiscard]] Result<std::shared_ptr<const search::CatalogueIndex>> searchIndex() const;

    [[nodiscard]] Result<qint64> saveService(const security::Actor &actor,
                                             const catalogue::Service &service);
    [[nodiscard]] Status markVerified(const security::Actor &actor, const QString &serviceUid,
                                      const QString &verifiedBy);
    [[nodiscard]] Status setStatus(const security::Actor &actor, const QString &serviceUid,
                                   catalogue::ServiceStatus status, const QString &note);

private:
    [[nodiscard]] Status requireManaging(const security::Actor &actor, const QString &uid);

    storage::Database &m_database;
    const Clock &m_clock;
    ChangeNotifier &m_notifier;
    Authorizer m_authorizer;
};

} // namespace sportello::services
