// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguerepository.h"

#include "catalogue/fieldview.h"
#include "catalogue/taxonomy.h"
#include "cataloguerows.h"
#include "database.h"
#include "sql.h"
#include "support/clock.h"
#include "transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::storage {

namespace {

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
    WriteScope(const QSqlDatabase &db, const QString &actor, const QString &now)
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

    const QSqlDatabase &m_db;
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

Result<QList<qint64>> serviceIdsWhere(const QSqlDatabase &db, const QString &sql,
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

} // namespace

CatalogueRepository::CatalogueRepository(Database &database, const Clock &clock,
                                         const Synonyms &synonyms)
    : m_database(database)
    , m_clock(clock)
    , m_synonyms(synonyms)
{ }

Result<qint64> CatalogueRepository::version() const
{
    auto value = scalar(m_database.connection(), u"SELECT version FROM catalogue_meta"_s);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<QList<Organization>> CatalogueRepository::organizations() const
{
    return cataloguerows::readOrganizations(m_database.connection());
}

Result<QList<Location>> CatalogueRepository::locations() const
{
    return cataloguerows::readLocations(m_database.connection());
}

Result<QList<Service>> CatalogueRepository::services() const
{
    return cataloguerows::readServices(m_database.connection());
}

Result<Service> CatalogueRepository::service(qint64 id) const
{
    auto services = cataloguerows::readServices(m_database.connection(), u"s.id = ?"_s, id);
    if (!services)
        return services.error();
    if (services->isEmpty())
        return makeError(ErrorCode::NotFound, u"service not found"_s);
    return services->first();
}

Result<Service> CatalogueRepository::serviceByUid(const QString &uid) const
{
    auto services = cataloguerows::readServices(m_database.connection(), u"s.uid = ?"_s, uid);
    if (!services)
        return services.error();
    if (services->isEmpty())
        return makeError(ErrorCode::NotFound, u"service not found"_s, {uid});
    return services->first();
}

namespace {
Result<QList<NamedItem>> namedItems(const QSqlDatabase &db, const QString &table)
{
    auto query = run(db, u"SELECT uid, name FROM %1 ORDER BY name"_s.arg(table));
    if (!query)
        return query.error();
    QList<NamedItem> items;
    while (query->next())
        items.append(NamedItem {query->value(0).toString(), query->value(1).toString()});
    return items;
}

Result<QList<ChangeRecord>> changes(const QSqlDatabase &db, const QString &where,
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
    return namedItems(m_database.connection(), u"documents"_s);
}

Result<QList<NamedItem>> CatalogueRepository::prerequisites() const
{
    return namedItems(m_database.connection(), u"prerequisites"_s);
}

Result<ReferenceIndex> CatalogueRepository::references() const
{
    ReferenceIndex index;
    for (const auto &[table, set] : {std::pair {u"organizations"_s, &index.organizationUids},
                                     std::pair {u"locations"_s, &index.locationUids}}) {
        auto query = run(m_database.connection(), u"SELECT uid FROM "_s + table);
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
    return changes(m_database.connection(), u" WHERE entity_type = ? AND entity_uid = ?"_s,
                   {entityType, uid});
}

Result<QList<ChangeRecord>> CatalogueRepository::allHistory() const
{
    return changes(m_database.connection(), {}, {});
}

Result<qint64> CatalogueRepository::saveOrganization(const Organization &organization,
                                                     const QString &actor)
{
    if (const auto problems = validateOrganization(organization); !problems.isEmpty())
        return invalid(problems, organization.uid);
    const QSqlDatabase db = m_database.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const QString now = m_clock.nowUtc().toString(Qt::ISODate);
    const auto before
        = firstOf(cataloguerows::readOrganizations(db, u"uid = ?"_s, organization.uid));
    WriteScope scope(db, actor, now);
    if (auto status = scope.bumpVersion(); !status)
        return status.error();
    auto id = cataloguerows::writeOrganization(db, organization, actor, now);
    if (!id)
        return id.error();
    if (auto status = recordDiff(scope, u"organization"_s, before, organization); !status)
        return status.error();
    auto affected
        = serviceIdsWhere(db, u"SELECT id FROM services WHERE organization_id = ?"_s, *id);
    if (!affected)
        return affected.error();
    if (auto status = cataloguerows::refreshSearchText(db, *affected, m_synonyms); !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return id;
}

Result<qint64> CatalogueRepository::saveLocation(const Location &location, const QString &actor)
{
    auto refs = references();
    if (!refs)
        return refs.error();
    if (const auto problems = validateLocation(location, *refs); !problems.isEmpty())
        return invalid(problems, location.uid);
    const QSqlDatabase db = m_database.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const QString now = m_clock.nowUtc().toString(Qt::ISODate);
    const auto before = firstOf(cataloguerows::readLocations(db, u"l.uid = ?"_s, location.uid));
    WriteScope scope(db, actor, now);
    if (auto status = scope.bumpVersion(); !status)
        return status.error();
    auto id = cataloguerows::writeLocation(db, location, actor, now);
    if (!id)
        return id.error();
    if (auto status = recordDiff(scope, u"location"_s, before, location); !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return id;
}

Result<qint64> CatalogueRepository::saveService(const Service &service, const QString &actor)
{
    auto refs = references();
    if (!refs)
        return refs.error();
    if (const auto problems = validateService(service, *refs); !problems.isEmpty())
        return invalid(problems, service.uid);
    const QSqlDatabase db = m_database.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const QString now = m_clock.nowUtc().toString(Qt::ISODate);
    const auto before = firstOf(cataloguerows::readServices(db, u"s.uid = ?"_s, service.uid));
    WriteScope scope(db, actor, now);
    if (auto status = scope.bumpVersion(); !status)
        return status.error();
    auto id = cataloguerows::writeService(db, service, actor, now);
    if (!id)
        return id.error();
    if (auto status = recordDiff(scope, u"service"_s, before, service); !status)
        return status.error();
    // A renamed reusable document changes the search text of every service that lists it.
    QList<qint64> affected {*id};
    for (const NamedItem &document : service.documents) {
        auto others = serviceIdsWhere(db,
                                      u"SELECT sd.service_id FROM service_documents sd JOIN "
                                      "documents d ON d.id = sd.document_id WHERE d.uid = ?"_s,
                                      document.uid);
        if (!others)
            return others.error();
        for (const qint64 other : *others) {
            if (!affected.contains(other))
                affected.append(other);
        }
    }
    if (auto status = cataloguerows::refreshSearchText(db, affected, m_synonyms); !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return id;
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
        if (const auto problems = validateService(service, *refs); !problems.isEmpty())
            return invalid(problems, service.uid);
    }

    const QSqlDatabase db = m_database.connection();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const QString now = m_clock.nowUtc().toString(Qt::ISODate);
    WriteScope scope(db, actor, now);
    if (auto status = scope.bumpVersion(); !status)
        return status.error();
    ImportSummary summary;
    for (const Organization &organization : catalogue.organizations) {
        const auto before
            = firstOf(cataloguerows::readOrganizations(db, u"uid = ?"_s, organization.uid));
        if (auto id = cataloguerows::writeOrganization(db, organization, actor, now); !id)
            return id.error();
        if (auto status = recordDiff(scope, u"organization"_s, before, organization); !status)
            return status.error();
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
    for (const Service &service : catalogue.services) {
        const auto before = firstOf(cataloguerows::readServices(db, u"s.uid = ?"_s, service.uid));
        if (auto id = cataloguerows::writeService(db, service, actor, now); !id)
            return id.error();
        if (auto status = recordDiff(scope, u"service"_s, before, service); !status)
            return status.error();
        ++summary.services;
    }
    // Names and documents may be shared: refresh the search text of the whole catalogue.
    auto all = run(db, u"SELECT id FROM services"_s);
    if (!all)
        return all.error();
    QList<qint64> ids;
    while (all->next())
        ids.append(all->value(0).toLongLong());
    all->finish();
    if (auto status = cataloguerows::refreshSearchText(db, ids, m_synonyms); !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    summary.catalogueVersion = scope.version();
    return summary;
}

} // namespace sportello::storage
