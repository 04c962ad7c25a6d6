// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/catalogueservice.h"

#include "search/cataloguesearch.h"
#include "services/changenotifier.h"
#include "services/searchsnapshots.h"
#include "storage/catalogueownership.h"
#include "storage/cataloguerepository.h"
#include "storage/cataloguetargets.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace sportello::services {

namespace {
// Runs `change` (a repository write) in a transaction that announces the catalogue changed.
template<typename Change>
auto announced(storage::Database &database, ChangeNotifier &notifier, Change change)
    -> decltype(change())
{
    auto tx = storage::Transaction::begin(database);
    if (!tx)
        return tx.error();
    auto changed = change();
    if (!changed)
        return changed;
    notifier.announce(*tx, &ChangeNotifier::catalogueChanged);
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return changed;
}
} // namespace

CatalogueService::CatalogueService(const ServiceContext &context)
    : m_database(context.database)
    , m_clock(context.clock)
    , m_notifier(context.notifier)
    , m_authorizer(context)
{ }

Result<qint64> CatalogueService::version() const
{
    return storage::CatalogueRepository(m_database, m_clock).version();
}

Result<QList<catalogue::Organization>> CatalogueService::organizations() const
{
    return storage::CatalogueRepository(m_database, m_clock).organizations();
}

Result<QList<catalogue::Location>> CatalogueService::locations() const
{
    return storage::CatalogueRepository(m_database, m_clock).locations();
}

Result<catalogue::ServicePlaces>
CatalogueService::placesOf(const QList<catalogue::Service> &services) const
{
    return storage::CatalogueRepository(m_database, m_clock).placesOf(services);
}

Result<catalogue::Service> CatalogueService::service(qint64 id) const
{
    return storage::CatalogueRepository(m_database, m_clock).service(id);
}

Result<catalogue::Service> CatalogueService::serviceByUid(const QString &uid) const
{
    return storage::CatalogueRepository(m_database, m_clock).serviceByUid(uid);
}

Result<QList<catalogue::NamedItem>> CatalogueService::documents() const
{
    return storage::CatalogueRepository(m_database, m_clock).documents();
}

Result<QList<catalogue::NamedItem>> CatalogueService::prerequisites() const
{
    return storage::CatalogueRepository(m_database, m_clock).prerequisites();
}

Result<QList<catalogue::ChangeRecord>> CatalogueService::history(const QString &entityType,
                                                                 const QString &uid) const
{
    return storage::CatalogueRepository(m_database, m_clock).history(entityType, uid);
}

Result<QList<catalogue::ServiceSummary>> CatalogueService::summaries() const
{
    return storage::CatalogueRepository(m_database, m_clock).summaries();
}

Result<QList<catalogue::ReferralTarget>> CatalogueService::referralTargets() const
{
    return storage::CatalogueTargets(m_database).all();
}

Result<std::optional<catalogue::ReferralTarget>>
CatalogueService::referralTarget(const QString &uid) const
{
    return storage::CatalogueTargets(m_database).byUid(uid);
}

Result<std::shared_ptr<const search::CatalogueIndex>> CatalogueService::searchIndex() const
{
    // From the copy kept beside the database when there is one (decision 55).
    SearchSnapshots snapshots(m_database);
    auto index = snapshots.next(nullptr);
    if (index)
        snapshots.keep(**index);
    return index;
}

Status CatalogueService::requireManaging(const security::Actor &actor, const QString &uid)
{
    if (auto allowed
        = m_authorizer.require(actor, security::Permission::ManageCatalogue, u"service"_s, uid);
        !allowed)
        return allowed;
    // The network's entries change only with the hub's catalogue (one owner per entry).
    auto network = storage::CatalogueOwnership(m_database).isNetworkService(uid);
    if (!network)
        return network.error();
    if (*network)
        return makeError(ErrorCode::CatalogueEntryFromNetwork, u"network entry"_s, {uid});
    return {};
}

Result<qint64> CatalogueService::saveService(const security::Actor &actor,
                                             const catalogue::Service &service)
{
    if (auto allowed = requireManaging(actor, service.uid); !allowed)
        return allowed.error();
    return announced(m_database, m_notifier, [&] {
        return storage::CatalogueRepository(m_database, m_clock)
            .saveService(service, actor.username);
    });
}

Status CatalogueService::markVerified(const security::Actor &actor, const QString &serviceUid,
                                      const QString &verifiedBy)
{
    if (auto allowed = requireManaging(actor, serviceUid); !allowed)
        return allowed;
    return announced(m_database, m_notifier, [&] {
        return storage::CatalogueRepository(m_database, m_clock)
            .markVerified(serviceUid, verifiedBy, actor.username);
    });
}

Status CatalogueService::setStatus(const security::Actor &actor, const QString &serviceUid,
                                   catalogue::ServiceStatus status, const QString &note)
{
    if (auto allowed = requireManaging(actor, serviceUid); !allowed)
        return allowed;
    return announced(m_database, m_notifier, [&] {
        return storage::CatalogueRepository(m_database, m_clock)
            .setStatus(serviceUid, status, note, actor.username);
    });
}

} // namespace sportello::services
