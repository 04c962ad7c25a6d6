// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/cataloguerepository.h"

#include "catalogue/fieldview.h"
#include "catalogue/taxonomy.h"
#include "cataloguerows.h"
#include "connection.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/clock.h"

#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::storage {

namespace {

const QString kServicesListingDocument = u"SELECT sd.service_id FROM service_documents sd JOIN "
                                         "documents t ON t.id = sd.document_id WHERE t.uid = ?"_s;
const QString kServicesListingPrerequisite
    = u"SELECT sp.service_id FROM service_prerequisites sp JOIN prerequisites t ON "
      "t.id = sp.prerequisite_id WHERE t.uid = ?"_s;

Error invalid(const QList<FieldProblem> &problems, const QString &uid)
{
    QStringList fields;
    for (const FieldProblem &problem : problems)
        fields.append(problem.field);
    fields.removeDuplicates();
    return makeError(ErrorCode::InvalidArgument,
                     u"invalid entry "_s + uid + u": "_s + fields.join(u", "_s), fields);
}

// One write: bumps the version once and appends change records under it.
class WriteScope final
{
public:
    WriteScope(const SqlConnection &db, const QString &actor, const QString &now)
        : m_db(db)
        , m_actor(actor)
        , m_now(now)
    { }

    Status bumpVersion()
    {
        auto query = run(m_db,
                         u"UPDATE catalogue_meta SET version = version + 1, updated_at = ? "
                         "WHERE id = 1 RETURNING version"_s,
                         {m_now});
        if (!query)
            return query.error();
        query->next();
        m_version = query->value(0).toLongLong();
        return {};
    }

    Status record(const QString &type, const QString &uid, const QString &action,
                  const QList<FieldChange> &changes)
    {
        if (changes.isEmpty())
            return recordOne(type, uid, action, {}, {}, {});
        for (const FieldChange &change : changes) {
            if (auto status
                = recordOne(type, uid, action, change.field, change.oldValue, change.newValue);
                !status)
                return status;
        }
        return {};
    }

    [[nodiscard]] qint64 version() const { return m_version; }

private:
    Status recordOne(const QString &type, const QString &uid, const QString &action,
                     const QString &field, const QString &oldValue, const QString &newValue)
    {
        auto query = run(m_db,
                         u"INSERT INTO catalogue_changes(entity_type, entity_uid, action, field, "
                         "old_value, new_value, changed_by, changed_at, catalogue_version) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         {type, uid, action, field, oldValue, newValue, m_actor, m_now, m_version});
        if (!query)
            return query.error();
        return {};
    }

    const SqlConnection &m_db;
    const QString &m_actor;
    const QString &m_now;
    qint64 m_version = 0;
};

template<typename Entity>
Status recordDiff(WriteScope &scope, const QString &type, const std::optional<Entity> &before,
                  const Entity &after)
{
    if (!before)
        return scope.record(type, after.uid, u"create"_s, {});
    const auto changes = diffFields(fieldView(*before), fieldView(after));
    if (changes.isEmpty())
        return {};
    return scope.record(type, after.uid, u"update"_s, changes);
}

template<typename Entity>
std::optional<Entity> firstOf(const Result<QList<Entity>> &list)
{
    if (!list || list->isEmpty())
        return std::nullopt;
    return list->first();
}

Result<QList<qint64>> serviceIdsWhere(const SqlConnection &db, const QString &sql,
                                      const QVariant &arg)
{
    auto query = run(db, sql, {arg});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

// One entry written in its own transaction: validated, version bumped, field changes recorded,
// then `afterWrite` (search text) — all or nothing.
template<typename Entity, typename ReadBefore, typename Write, typename AfterWrite>
Result<qint64> saveEntry(Database &database, const Clock &clock, const QString &actor,
                         const QString &type, const Entity &entity,
                         const QList<FieldProblem> &problems, ReadBefore readBefore, Write write,
                         AfterWrite afterWrite)
{
    if (!problems.isEmpty())
        return invalid(problems, entity.uid);
    const SqlConnection db = connectionOf(database);
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    const QString now = clock.nowUtc().toString(Qt::ISODate);
    const auto before = firstOf(readBefore(db));
    WriteScope scope(db, actor, now);
    if (auto status = scope.bumpVersion(); !status)
        return status.error();
    auto id = write(db, now);
    if (!id)
        return id.error();
    if (auto status = recordDiff(scope, type, before, entity); !status)
        return status.error();
    if (auto status = afterWrite(db, *id); !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return id;
}

} // namespace

CatalogueRepository::CatalogueRepository(Database &database, const Clock &clock,
                                         const Synonyms &synonyms)
    : m_database(database)
    , m_clock(clock)
    , m_synonyms(synonyms)
{ }

Result<QString> CatalogueRepository::serviceName(const QString &uid) const
{
    auto name
        = scalar(connectionOf(m_database), u"SELECT name FROM services WHERE uid = ?"_s, {uid});
    if (!name)
        return name.error();
    if (!name->isValid())
        return makeError(ErrorCode::NotFound, u"no service %1"_s.arg(uid));
    return name->toString();
}

Result<qint64> CatalogueRepository::version() const
{
    auto value = scalar(connectionOf(m_database), u"SELECT version FROM catalogue_meta"_s);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<int> CatalogueRepository::countUnverifiedLocal(const QDate &verifiedBefore) const
{
    auto value
        = scalar(connectionOf(m_database),
                 u"SELECT count(*) FROM services WHERE origin = 'local' AND status <> 'ended'"
                 " AND (verified_on = '' OR verified_on < ?)"_s,
                 {verifiedBefore.toString(Qt::ISODate)});
    if (!value)
        return value.error();
    return value->toInt();
}

Result<QList<Organization>> CatalogueRepository::organizations() const
{
    return cataloguerows::readOrganizations(connectionOf(m_database));
}

Result<QList<Location>> CatalogueRepository::locations() const
{
    return cataloguerows::readLocations(connectionOf(m_database));
}

Result<ServicePlaces> CatalogueRepository::placesOf(const QList<Service> &services) const
{
    const SqlConnection &db = connectionOf(m_database);
    QSet<QString> organizationUids;
    QSet<QString> locationUids;
    ServicePlaces places;
    for (const Service &service : services) {
        if (!service.organizationUid.isEmpty()
            && !organizationUids.contains(service.organizationUid)) {
            organizationUids.insert(service.organizationUid);
            auto found
                = cataloguerows::readOrganizations(db, u"uid = ?"_s, service.organizationUid);
            if (!found)
                return found.error();
            places.organizations.append(*found);
        }
        for (const ServiceAtLocation &at : service.locations) {
            if (at.locationUid.isEmpty() || locationUids.contains(at.locationUid))
                continue;
            locationUids.insert(at.locationUid);
            auto found = cataloguerows::readLocations(db, u"l.uid = ?"_s, at.locationUid);
            if (!found)
                return found.error();
            places.locations.append(*found);
        }
    }
    return places;
}

Result<QList<Service>> CatalogueRepository::services() const
{
    return cataloguerows::readServices(connectionOf(m_database));
}

Result<Service> CatalogueRepository::service(qint64 id) const
{
    auto services = cataloguerows::readServices(connectionOf(m_database), u"s.id = ?"_s, id);
    if (!services)
        return services.error();
    if (services->isEmpty())
        return makeError(ErrorCode::NotFound, u"service not found"_s);
    return services->first();
}

Result<Service> CatalogueRepository::serviceByUid(const QString &uid) const
{
    auto services = cataloguerows::readServices(connectionOf(m_database), u"s.uid = ?"_s, uid);
    if (!services)
        return services.error();
    if (services->isEmpty())
        return makeError(ErrorCode::NotFound, u"service not found"_s, {uid});
    return services->first();
}

namespace {
Result<QList<NamedItem>> namedItems(const SqlConnection &db, const QString &table)
{
    auto query = run(db, u"SELECT uid, name FROM %1 ORDER BY name"_s.arg(table));
    if (!query)
        return query.error();
    QList<NamedItem> items;
    while (query->next())
        items.append(NamedItem {query->value(0).toString(), query->value(1).toString()});
    return items;
}

// The uids of `items` already stored under another name.
Result<QStringList> renamedItems(const SqlConnection &db, const QString &table,
                                 const QList<NamedItem> &items)
{
    QStringList renamed;
    for (const NamedItem &item : items) {
        auto stored = scalar(db, u"SELECT name FROM %1 WHERE uid = ?"_s.arg(table), {item.uid});
        if (!stored)
            return stored.error();
        if (stored->isValid() && stored->toString() != item.name)
            renamed.append(item.uid);
    }
    return renamed;
}

Result<QList<ChangeRecord>> changes(const SqlConnection &db, const QString &where,
                                    std::initializer_list<QVariant> args)
{
    auto query = run(db,
                     u"SELECT entity_type, entity_uid, action, field, old_value, new_value, "
                     "changed_by, changed_at, catalogue_version FROM catalogue_changes"_s
                         + where + u" ORDER BY id"_s,
                     args);
    if (!query)
        return query.error();
    QList<ChangeRecord> records;
    while (query->next()) {
        records.append(ChangeRecord {query->value(0).toString(), query->value(1).toString(),
                                     query->value(2).toString(), query->value(3).toString(),
                                     query->value(4).toString(), query->value(5).toString(),
                                     query->value(6).toString(),
                                     QDateTime::fromString(query->value(7).toString(), Qt::ISODate),
                                     query->value(8).toLongLong()});
    }
    return records;
}
} // namespace

Result<QList<NamedItem>> CatalogueRepository::documents() const
{
    return namedItems(connectionOf(m_database), u"documents"_s);
}

Result<QList<NamedItem>> CatalogueRepository::prerequisites() const
{
    return namedItems(connectionOf(m_database), u"prerequisites"_s);
}

Result<ReferenceIndex> CatalogueRepository::references() const
{
    ReferenceIndex index;
    for (const auto &[table, set] : {std::pair {u"organizations"_s, &index.organizationUids},
                                     std::pair {u"locations"_s, &index.locationUids}}) {
        auto query = run(connectionOf(m_database), u"SELECT uid FROM "_s + table);
        if (!query)
            return query.error();
        while (query->next())
            set->insert(query->value(0).toString());
    }
    return index;
}

Result<QList<ChangeRecord>> CatalogueRepository::history(const QString &entityType,
                                                         const QString &uid) const
{
    return changes(connectionOf(m_database), u" WHERE entity_type = ? AND entity_uid = ?"_s,
                   {entityType, uid});
}

Result<QList<ChangeRecord>> CatalogueRepository::allHistory() const
{
    return changes(connectionOf(m_database), {}, {});
}

Result<qint64> CatalogueRepository::saveOrganization(const Organization &organization,
                                                     const QString &actor)
{
    return saveEntry(
        m_database, m_clock, actor, u"organization"_s, organization,
        validateOrganization(organization),
        [&](const SqlConnection &db) {
            return cataloguerows::readOrganizations(db, u"uid = ?"_s, organization.uid);
        },
        [&](const SqlConnection &db, const QString &now) {
            return cataloguerows::writeOrganization(db, organization, actor, now);
        },
        [&](const SqlConnection &db, qint64 id) -> Status {
            // Its services carry the organization's name in their search text.
            auto affected
                = serviceIdsWhere(db, u"SELECT id FROM services WHERE organization_id = ?"_s, id);
            if (!affected)
                return affected.error();
            return cataloguerows::refreshSearchText(db, *affected, m_synonyms);
        });
}

Result<qint64> CatalogueRepository::saveLocation(const Location &location, const QString &actor)
{
    auto refs = references();
    if (!refs)
        return refs.error();
    return saveEntry(
        m_database, m_clock, actor, u"location"_s, location, validateLocation(location, *refs),
        [&](const SqlConnection &db) {
            return cataloguerows::readLocations(db, u"l.uid = ?"_s, location.uid);
        },
        [&](const SqlConnection &db, const QString &now) {
            return cataloguerows::writeLocation(db, location, actor, now);
        },
        [](const SqlConnection &, qint64) { return Status(); });
}

Result<qint64> CatalogueRepository::saveService(const Service &service, const QString &actor)
{
    auto refs = references();
    if (!refs)
        return refs.error();
    // Names as stored before the write: a renamed reusable document or prerequisite changes
    // the search text of every service that lists it (both are in the documents column).
    const SqlConnection connection = connectionOf(m_database);
    auto renamedDocuments = renamedItems(connection, u"documents"_s, service.documents);
    auto renamedPrerequisites = renamedItems(connection, u"prerequisites"_s, service.prerequisites);
    if (!renamedDocuments || !renamedPrerequisites)
        return makeError(ErrorCode::QueryFailed, u"reading reusable items"_s);
    return saveEntry(
        m_database, m_clock, actor, u"service"_s, service, validateService(service, *refs),
        [&](const SqlConnection &db) {
            return cataloguerows::readServices(db, u"s.uid = ?"_s, service.uid);
        },
        [&](const SqlConnection &db, const QString &now) {
            return cataloguerows::writeService(db, service, actor, now);
        },
        [&](const SqlConnection &db, qint64 id) -> Status {
            QList<qint64> affected {id};
            for (const auto &[sql, uids] :
                 {std::pair {kServicesListingDocument, &*renamedDocuments},
                  std::pair {kServicesListingPrerequisite, &*renamedPrerequisites}}) {
                for (const QString &uid : *uids) {
                    auto others = serviceIdsWhere(db, sql, uid);
                    if (!others)
                        return others.error();
                    for (const qint64 other : *others) {
                        if (!affected.contains(other))
                            affected.append(other);
                    }
                }
            }
            return cataloguerows::refreshSearchText(db, affected, m_synonyms);
        });
}

Status CatalogueRepository::markVerified(const QString &serviceUid, const QString &verifiedBy,
                                         const QString &actor)
{
    auto current = serviceByUid(serviceUid);
    if (!current)
        return current.error();
    Service updated = *current;
    updated.verifiedOn = m_clock.today();
    updated.verifiedBy = verifiedBy;
    auto saved = saveService(updated, actor);
    if (!saved)
        return saved.error();
    return {};
}

Status CatalogueRepository::setStatus(const QString &serviceUid, ServiceStatus status,
                                      const QString &note, const QString &actor)
{
    auto current = serviceByUid(serviceUid);
    if (!current)
        return current.error();
    Service updated = *current;
    updated.status = status;
    updated.statusNote = status == ServiceStatus::Active ? QString() : note;
    auto saved = saveService(updated, actor);
    if (!saved)
        return saved.error();
    return {};
}

Result<ImportSummary> CatalogueRepository::importCatalogue(const Catalogue &catalogue,
                                                           const QString &actor)
{
    auto refs = references();
    if (!refs)
        return refs.error();
    for (const Organization &organization : catalogue.organizations) {
        if (const auto problems = validateOrganization(organization); !problems.isEmpty())
            return invalid(problems, organization.uid);
        refs->organizationUids.insert(organization.uid);
    }
    for (const Location &location : catalogue.locations) {
        if (const auto problems = validateLocation(location, *refs); !problems.isEmpty())
            return invalid(problems, location.uid);
        refs->locationUids.insert(location.uid);
    }
    for (const Service &service : catalogue.services) {
        // A published catalogue may close a service without saying why (decision 22).
        if (const auto problems = validateService(service, *refs, ServiceSource::Document);
            !problems.isEmpty())
            return invalid(problems, service.uid);
    }

    const SqlConnection db = connectionOf(m_database);
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    const QString now = m_clock.nowUtc().toString(Qt::ISODate);
    WriteScope scope(db, actor, now);
    if (auto status = scope.bumpVersion(); !status)
        return status.error();

    // What shared names look like before the import, to find the search rows it changes.
    QHash<QString, Organization> organizationOf;
    auto existingOrganizations = cataloguerows::readOrganizations(db);
    if (!existingOrganizations)
        return existingOrganizations.error();
    for (const Organization &organization : *existingOrganizations)
        organizationOf.insert(organization.uid, organization);
    auto documentsBefore = namedItems(db, u"documents"_s);
    auto prerequisitesBefore = namedItems(db, u"prerequisites"_s);
    if (!documentsBefore)
        return documentsBefore.error();
    if (!prerequisitesBefore)
        return prerequisitesBefore.error();

    ImportSummary summary;
    QSet<QString> renamedOrganizations;
    for (const Organization &organization : catalogue.organizations) {
        const auto before = organizationOf.constFind(organization.uid);
        std::optional<Organization> old;
        if (before != organizationOf.cend()) {
            old = *before;
            if (before->name != organization.name
                || before->alternateName != organization.alternateName)
                renamedOrganizations.insert(organization.uid);
        }
        if (auto id = cataloguerows::writeOrganization(db, organization, actor, now); !id)
            return id.error();
        if (auto status = recordDiff(scope, u"organization"_s, old, organization); !status)
            return status.error();
        organizationOf.insert(organization.uid, organization);
        ++summary.organizations;
    }
    for (const Location &location : catalogue.locations) {
        const auto before = firstOf(cataloguerows::readLocations(db, u"l.uid = ?"_s, location.uid));
        if (auto id = cataloguerows::writeLocation(db, location, actor, now); !id)
            return id.error();
        if (auto status = recordDiff(scope, u"location"_s, before, location); !status)
            return status.error();
        ++summary.locations;
    }
    QSet<qint64> written;
    for (const Service &service : catalogue.services) {
        const auto before = firstOf(cataloguerows::readServices(db, u"s.uid = ?"_s, service.uid));
        auto id = cataloguerows::writeService(db, service, actor, now);
        if (!id)
            return id.error();
        if (auto status = recordDiff(scope, u"service"_s, before, service); !status)
            return status.error();
        if (auto status = cataloguerows::writeSearchRow(
                db, *id, service, organizationOf.value(service.organizationUid), m_synonyms);
            !status)
            return status.error();
        written.insert(*id);
        ++summary.services;
    }

    // Services not in the file whose search text mentions a renamed organization or document.
    QList<qint64> others;
    auto collect = [&](const QString &sql, const QString &uid) -> Status {
        auto ids = serviceIdsWhere(db, sql, uid);
        if (!ids)
            return ids.error();
        for (const qint64 id : *ids) {
            if (!written.contains(id) && !others.contains(id))
                others.append(id);
        }
        return {};
    };
    for (const QString &uid : std::as_const(renamedOrganizations)) {
        if (auto status = collect(u"SELECT s.id FROM services s JOIN organizations o ON "
                                  "o.id = s.organization_id WHERE o.uid = ?"_s,
                                  uid);
            !status)
            return status.error();
    }
    for (const auto &[table, sql, before] :
         {std::tuple {u"documents"_s, kServicesListingDocument, &*documentsBefore},
          std::tuple {u"prerequisites"_s, kServicesListingPrerequisite, &*prerequisitesBefore}}) {
        auto after = namedItems(db, table);
        if (!after)
            return after.error();
        for (const NamedItem &item : *after) {
            const bool renamed
                = std::any_of(before->cbegin(), before->cend(), [&](const NamedItem &old) {
                      return old.uid == item.uid && old.name != item.name;
                  });
            if (!renamed)
                continue;
            if (auto status = collect(sql, item.uid); !status)
                return status.error();
        }
    }
    if (auto status = cataloguerows::refreshSearchText(db, others, m_synonyms); !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    summary.catalogueVersion = scope.version();
    return summary;
}

} // namespace sportello::storage
