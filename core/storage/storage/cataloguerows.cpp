// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguerows.h"

#include "catalogue/jsoncodec.h"
#include "catalogue/taxonomy.h"
#include "sql.h"
#include "sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::storage::cataloguerows {

namespace {

QString toJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue fromJson(const QVariant &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toString().toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime timestampOf(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QString whereClause(const QString &where)
{
    return where.isEmpty() ? QString() : u" WHERE "_s + where;
}

Result<SqlQuery> select(const SqlConnection &db, const QString &sql, const QVariant &arg)
{
    if (arg.isValid())
        return run(db, sql, {arg});
    return run(db, sql);
}

// Reusable named entities (documents, prerequisites): insert or rename by uid.
Result<qint64> upsertNamed(const SqlConnection &db, const QString &table, const NamedItem &item)
{
    auto query = run(db,
                     u"INSERT INTO %1(uid, name) VALUES (?, ?) ON CONFLICT(uid) DO UPDATE SET "
                     "name = excluded.name RETURNING id"_s.arg(table),
                     {item.uid, item.name});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::QueryFailed, u"upsert into "_s + table + u" returned no id"_s);
    return query->value(0).toLongLong();
}

Result<QList<NamedItem>> readNamed(const SqlConnection &db, const QString &table,
                                   const QString &link, const QString &column, qint64 serviceId)
{
    auto query = run(db,
                     u"SELECT t.uid, t.name FROM %2 l JOIN %1 t ON t.id = l.%3 "
                     "WHERE l.service_id = ? ORDER BY l.position"_s.arg(table, link, column),
                     {serviceId});
    if (!query)
        return query.error();
    QList<NamedItem> items;
    while (query->next())
        items.append(NamedItem {query->value(0).toString(), query->value(1).toString()});
    return items;
}

Status fillServiceLists(const SqlConnection &db, Service &service)
{
    auto terms = run(db,
                     u"SELECT taxonomy, code FROM service_terms WHERE service_id = ? "
                     "ORDER BY taxonomy, code"_s,
                     {service.id});
    if (!terms)
        return terms.error();
    while (terms->next()) {
        (terms->value(0).toString() == u"category"_s ? service.categories : service.userAreas)
            .append(terms->value(1).toString());
    }
    auto documents
        = readNamed(db, u"documents"_s, u"service_documents"_s, u"document_id"_s, service.id);
    if (!documents)
        return documents.error();
    service.documents = *documents;
    auto prerequisites = readNamed(db, u"prerequisites"_s, u"service_prerequisites"_s,
                                   u"prerequisite_id"_s, service.id);
    if (!prerequisites)
        return prerequisites.error();
    service.prerequisites = *prerequisites;

    auto places
        = run(db,
              u"SELECT sal.id, sal.uid, l.uid, sal.description FROM service_at_location sal "
              "JOIN locations l ON l.id = sal.location_id WHERE sal.service_id = ? "
              "ORDER BY sal.position"_s,
              {service.id});
    if (!places)
        return places.error();
    while (places->next()) {
        const qint64 salId = places->value(0).toLongLong();
        ServiceAtLocation place {places->value(1).toString(),
                                 places->value(2).toString(),
                                 places->value(3).toString(),
                                 {},
                                 {}};
        auto schedules = run(db,
                             u"SELECT weekdays, opens_at, closes_at, valid_from, valid_to, "
                             "description FROM schedules WHERE service_at_location_id = ? "
                             "ORDER BY position"_s,
                             {salId});
        if (!schedules)
            return schedules.error();
        while (schedules->next()) {
            place.schedules.append(
                WeeklySchedule {schedules->value(0).toInt(),
                                QTime::fromString(schedules->value(1).toString(), u"HH:mm"_s),
                                QTime::fromString(schedules->value(2).toString(), u"HH:mm"_s),
                                dateOf(schedules->value(3)), dateOf(schedules->value(4)),
                                schedules->value(5).toString()});
        }
        auto exceptions = run(db,
                              u"SELECT day, closed, opens_at, closes_at, note FROM "
                              "schedule_exceptions WHERE service_at_location_id = ? ORDER BY day"_s,
                              {salId});
        if (!exceptions)
            return exceptions.error();
        while (exceptions->next()) {
            place.exceptions.append(
                ScheduleException {dateOf(exceptions->value(0)), exceptions->value(1).toBool(),
                                   QTime::fromString(exceptions->value(2).toString(), u"HH:mm"_s),
                                   QTime::fromString(exceptions->value(3).toString(), u"HH:mm"_s),
                                   exceptions->value(4).toString()});
        }
        service.locations.append(place);
    }
    return {};
}

} // namespace

Result<qint64> idOf(const SqlConnection &db, const QString &table, const QString &uid)
{
    auto id = scalar(db, u"SELECT id FROM %1 WHERE uid = ?"_s.arg(table), {uid});
    if (!id)
        return id.error();
    if (!id->isValid())
        return makeError(ErrorCode::NotFound, table + u" not found"_s, {uid});
    return id->toLongLong();
}

Result<QList<Organization>> readOrganizations(const SqlConnection &db, const QString &where,
                                              const QVariant &arg)
{
    auto query = select(db,
                        u"SELECT id, uid, name, alternate_name, description, email, website, kind, "
                        "phones, demo_values, updated_at, updated_by FROM organizations"_s
                            + whereClause(where) + u" ORDER BY name, id"_s,
                        arg);
    if (!query)
        return query.error();
    QList<Organization> organizations;
    QList<FieldProblem> ignored;
    while (query->next()) {
        Organization o;
        o.id = query->value(0).toLongLong();
        o.uid = query->value(1).toString();
        o.name = query->value(2).toString();
        o.alternateName = query->value(3).toString();
        o.description = query->value(4).toString();
        o.email = query->value(5).toString();
        o.website = query->value(6).toString();
        if (!Taxonomy::kindFromCode(query->value(7).toString(), &o.kind))
            o.kind = OrganizationKind::Other;
        o.phones = json::readPhones(fromJson(query->value(8)), {}, ignored);
        o.demoValues = query->value(9).toBool();
        o.updatedAt = timestampOf(query->value(10));
        o.updatedBy = query->value(11).toString();
        organizations.append(o);
    }
    return organizations;
}

Result<QList<Location>> readLocations(const SqlConnection &db, const QString &where,
                                      const QVariant &arg)
{
    auto query = select(
        db,
        u"SELECT l.id, l.uid, o.uid, l.name, l.description, l.is_virtual, l.street, l.city, "
        "l.postal_code, l.province, l.country, l.comune_istat, l.accessibility, l.confidential, "
        "l.phones, l.demo_values, l.updated_at, l.updated_by FROM locations l "
        "JOIN organizations o ON o.id = l.organization_id"_s
            + whereClause(where) + u" ORDER BY l.name, l.id"_s,
        arg);
    if (!query)
        return query.error();
    QList<Location> locations;
    QList<FieldProblem> ignored;
    while (query->next()) {
        Location l;
        l.id = query->value(0).toLongLong();
        l.uid = query->value(1).toString();
        l.organizationUid = query->value(2).toString();
        l.name = query->value(3).toString();
        l.description = query->value(4).toString();
        l.isVirtual = query->value(5).toBool();
        l.street = query->value(6).toString();
        l.city = query->value(7).toString();
        l.postalCode = query->value(8).toString();
        l.province = query->value(9).toString();
        l.country = query->value(10).toString();
        l.comuneIstat = query->value(11).toString();
        l.accessibility = query->value(12).toString();
        l.confidential = query->value(13).toBool();
        l.phones = json::readPhones(fromJson(query->value(14)), {}, ignored);
        l.demoValues = query->value(15).toBool();
        l.updatedAt = timestampOf(query->value(16));
        l.updatedBy = query->value(17).toString();
        locations.append(l);
    }
    return locations;
}

Result<QList<Service>> readServices(const SqlConnection &db, const QString &where,
                                    const QVariant &arg)
{
    auto query = select(
        db,
        u"SELECT s.id, s.uid, o.uid, s.name, s.alternate_name, s.description, s.url, s.email, "
        "s.status, s.status_note, s.eligibility_text, s.eligibility_rules, s.application_steps, "
        "s.fees_description, s.is_free, s.cost_options, s.is_automatic, s.call_opens_on, "
        "s.call_closes_on, s.languages, s.channels, s.contacts, s.phones, s.source_url, "
        "s.verified_on, s.verified_by, s.demo_values, s.updated_at, s.updated_by, "
        "s.interpretation_services, s.wait_time, s.origin "
        "FROM services s JOIN organizations o ON o.id = s.organization_id"_s
            + whereClause(where) + u" ORDER BY s.name, s.id"_s,
        arg);
    if (!query)
        return query.error();
    QList<Service> services;
    QList<FieldProblem> ignored; // the JSON was validated before it was written
    while (query->next()) {
        Service s;
        s.id = query->value(0).toLongLong();
        s.uid = query->value(1).toString();
        s.organizationUid = query->value(2).toString();
        s.name = query->value(3).toString();
        s.alternateName = query->value(4).toString();
        s.description = query->value(5).toString();
        s.url = query->value(6).toString();
        s.email = query->value(7).toString();
        if (!Taxonomy::statusFromCode(query->value(8).toString(), &s.status))
            s.status = ServiceStatus::Active; // the CHECK constraint allows no other value
        s.statusNote = query->value(9).toString();
        s.eligibilityText = query->value(10).toString();
        s.rules = json::readRules(fromJson(query->value(11)), {}, ignored);
        s.applicationSteps = json::readStrings(fromJson(query->value(12)), {}, ignored);
        s.feesDescription = query->value(13).toString();
        s.free = query->value(14).toBool();
        s.costOptions = json::readCostOptions(fromJson(query->value(15)), {}, ignored);
        s.automatic = query->value(16).toBool();
        s.callWindow = CallWindow {dateOf(query->value(17)), dateOf(query->value(18))};
        s.languages = json::readLanguages(fromJson(query->value(19)), {}, ignored);
        s.channels = json::readChannels(fromJson(query->value(20)), {}, ignored);
        s.contacts = json::readContacts(fromJson(query->value(21)), {}, ignored);
        s.phones = json::readPhones(fromJson(query->value(22)), {}, ignored);
        s.sourceUrl = query->value(23).toString();
        s.verifiedOn = dateOf(query->value(24));
        s.verifiedBy = query->value(25).toString();
        s.demoValues = query->value(26).toBool();
        s.updatedAt = timestampOf(query->value(27));
        s.updatedBy = query->value(28).toString();
        s.interpretationServices = query->value(29).toString();
        s.waitTime = query->value(30).toString();
        s.fromNetwork = query->value(31).toString() == u"network";
        services.append(s);
    }
    query->finish();
    for (Service &service : services) {
        if (auto status = fillServiceLists(db, service); !status)
            return status.error();
    }
    return services;
}

Result<qint64> writeOrganization(const SqlConnection &db, const Organization &o,
                                 const QString &actor, const QString &now)
{
    auto query = run(
        db,
        u"INSERT INTO organizations(uid, name, alternate_name, description, email, website, kind, "
        "phones, demo_values, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(uid) DO UPDATE SET name = excluded.name, alternate_name = "
        "excluded.alternate_name, description = excluded.description, email = excluded.email, "
        "website = excluded.website, kind = excluded.kind, phones = excluded.phones, demo_values = "
        "excluded.demo_values, updated_at = excluded.updated_at, updated_by = excluded.updated_by "
        "RETURNING id"_s,
        {o.uid, o.name, o.alternateName, o.description, o.email, o.website,
         Taxonomy::kindCode(o.kind), toJson(json::writePhones(o.phones)), o.demoValues, now,
         actor});
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toLongLong();
}

Result<qint64> writeLocation(const SqlConnection &db, const Location &l, const QString &actor,
                             const QString &now)
{
    auto organizationId = idOf(db, u"organizations"_s, l.organizationUid);
    if (!organizationId)
        return organizationId.error();
    auto query = run(
        db,
        u"INSERT INTO locations(uid, organization_id, name, description, is_virtual, street, city, "
        "postal_code, province, country, comune_istat, accessibility, confidential, phones, "
        "demo_values, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?) ON CONFLICT(uid) DO UPDATE SET organization_id = excluded.organization_id, name "
        "= excluded.name, description = excluded.description, is_virtual = excluded.is_virtual, "
        "street = excluded.street, city = excluded.city, postal_code = excluded.postal_code, "
        "province = excluded.province, country = excluded.country, comune_istat = "
        "excluded.comune_istat, accessibility = excluded.accessibility, confidential = "
        "excluded.confidential, phones = excluded.phones, demo_values = excluded.demo_values, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by RETURNING id"_s,
        {l.uid, *organizationId, l.name, l.description, l.isVirtual, l.street, l.city, l.postalCode,
         l.province, l.country, l.comuneIstat, l.accessibility, l.confidential,
         toJson(json::writePhones(l.phones)), l.demoValues, now, actor});
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toLongLong();
}

namespace {
Status writeServiceLists(const SqlConnection &db, qint64 serviceId, const Service &s)
{
    for (const QString &table : {u"service_terms"_s, u"service_documents"_s,
                                 u"service_prerequisites"_s, u"service_at_location"_s}) {
        if (auto cleared
            = run(db, u"DELETE FROM %1 WHERE service_id = ?"_s.arg(table), {serviceId});
            !cleared)
            return cleared.error();
    }
    for (const QString &code : s.categories) {
        if (auto inserted
            = run(db, u"INSERT INTO service_terms VALUES (?, 'category', ?)"_s, {serviceId, code});
            !inserted)
            return inserted.error();
    }
    for (const QString &code : s.userAreas) {
        if (auto inserted
            = run(db, u"INSERT INTO service_terms VALUES (?, 'area', ?)"_s, {serviceId, code});
            !inserted)
            return inserted.error();
    }
    const struct
    {
        QString table, link, column;
        const QList<NamedItem> &items;
    } named[]
        = {{u"documents"_s, u"service_documents"_s, u"document_id"_s, s.documents},
           {u"prerequisites"_s, u"service_prerequisites"_s, u"prerequisite_id"_s, s.prerequisites}};
    for (const auto &kind : named) {
        int position = 0;
        for (const NamedItem &item : kind.items) {
            auto itemId = upsertNamed(db, kind.table, item);
            if (!itemId)
                return itemId.error();
            if (auto linked
                = run(db,
                      u"INSERT INTO %1(service_id, %2, position) VALUES (?, ?, ?)"_s.arg(
                          kind.link, kind.column),
                      {serviceId, *itemId, position++});
                !linked)
                return linked.error();
        }
    }
    int position = 0;
    for (const ServiceAtLocation &place : s.locations) {
        auto locationId = idOf(db, u"locations"_s, place.locationUid);
        if (!locationId)
            return locationId.error();
        const QString uid = place.uid.isEmpty() ? s.uid + u'@' + place.locationUid : place.uid;
        auto sal
            = run(db,
                  u"INSERT INTO service_at_location(uid, service_id, location_id, description, "
                  "position) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                  {uid, serviceId, *locationId, place.description, position++});
        if (!sal)
            return sal.error();
        sal->next();
        const qint64 salId = sal->value(0).toLongLong();
        sal->finish();
        int schedulePosition = 0;
        for (const WeeklySchedule &schedule : place.schedules) {
            if (auto inserted = run(
                    db,
                    u"INSERT INTO schedules(service_at_location_id, weekdays, opens_at, closes_at, "
                    "valid_from, valid_to, description, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {salId, schedule.weekdays, schedule.opensAt.toString(u"HH:mm"_s),
                     schedule.closesAt.toString(u"HH:mm"_s), json::dateText(schedule.validFrom),
                     json::dateText(schedule.validTo), schedule.description, schedulePosition++});
                !inserted)
                return inserted.error();
        }
        for (const ScheduleException &exception : place.exceptions) {
            if (auto inserted
                = run(db,
                      u"INSERT INTO schedule_exceptions(service_at_location_id, day, closed, "
                      "opens_at, closes_at, note) VALUES (?, ?, ?, ?, ?, ?)"_s,
                      {salId, json::dateText(exception.day), exception.closed,
                       exception.closed ? QString() : exception.opensAt.toString(u"HH:mm"_s),
                       exception.closed ? QString() : exception.closesAt.toString(u"HH:mm"_s),
                       exception.note});
                !inserted)
                return inserted.error();
        }
    }
    return {};
}
} // namespace

Result<qint64> writeService(const SqlConnection &db, const Service &s, const QString &actor,
                            const QString &now)
{
    auto organizationId = idOf(db, u"organizations"_s, s.organizationUid);
    if (!organizationId)
        return organizationId.error();
    auto query = run(
        db,
        u"INSERT INTO services(uid, organization_id, name, alternate_name, description, url, "
        "email, status, status_note, eligibility_text, eligibility_rules, application_steps, "
        "fees_description, is_free, cost_options, is_automatic, call_opens_on, call_closes_on, "
        "languages, channels, contacts, phones, source_url, verified_on, verified_by, "
        "demo_values, updated_at, updated_by, interpretation_services, wait_time) VALUES (?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
        "CONFLICT(uid) DO UPDATE SET "
        "organization_id = excluded.organization_id, name = excluded.name, alternate_name = "
        "excluded.alternate_name, description = excluded.description, url = excluded.url, email "
        "= excluded.email, status = excluded.status, status_note = excluded.status_note, "
        "eligibility_text = excluded.eligibility_text, eligibility_rules = "
        "excluded.eligibility_rules, application_steps = excluded.application_steps, "
        "fees_description = excluded.fees_description, is_free = excluded.is_free, cost_options "
        "= excluded.cost_options, is_automatic = excluded.is_automatic, call_opens_on = "
        "excluded.call_opens_on, call_closes_on = excluded.call_closes_on, languages = "
        "excluded.languages, channels = excluded.channels, contacts = excluded.contacts, phones "
        "= excluded.phones, source_url = excluded.source_url, verified_on = excluded.verified_on, "
        "verified_by = excluded.verified_by, demo_values = excluded.demo_values, updated_at = "
        "excluded.updated_at, updated_by = excluded.updated_by, interpretation_services = "
        "excluded.interpretation_services, wait_time = excluded.wait_time RETURNING id"_s,
        {s.uid,
         *organizationId,
         s.name,
         s.alternateName,
         s.description,
         s.url,
         s.email,
         Taxonomy::statusCode(s.status),
         s.statusNote,
         s.eligibilityText,
         toJson(json::writeRules(s.rules)),
         toJson(json::writeStrings(s.applicationSteps)),
         s.feesDescription,
         s.free,
         toJson(json::writeCostOptions(s.costOptions)),
         s.automatic,
         json::dateText(s.callWindow.opens),
         json::dateText(s.callWindow.closes),
         toJson(json::writeLanguages(s.languages)),
         toJson(json::writeChannels(s.channels)),
         toJson(json::writeContacts(s.contacts)),
         toJson(json::writePhones(s.phones)),
         s.sourceUrl,
         json::dateText(s.verifiedOn),
         s.verifiedBy,
         s.demoValues,
         now,
         actor,
         s.interpretationServices,
         s.waitTime});
    if (!query)
        return query.error();
    query->next();
    const qint64 id = query->value(0).toLongLong();
    query->finish();
    if (auto lists = writeServiceLists(db, id, s); !lists)
        return lists.error();
    return id;
}

namespace {
// The full-text table cannot have triggers: its writers log the change themselves.
Status logSearchChange(const SqlConnection &db, qint64 serviceId)
{
    if (auto logged = run(db, u"INSERT INTO search_changes(service_id) VALUES (?)"_s, {serviceId});
        !logged)
        return logged.error();
    return {};
}
} // namespace

Status writeSearchRow(const SqlConnection &db, qint64 serviceId, const Service &service,
                      const Organization &organization, const Synonyms &synonyms)
{
    if (auto logged = logSearchChange(db, serviceId); !logged)
        return logged;
    if (auto deleted = run(db, u"DELETE FROM catalogue_fts WHERE rowid = ?"_s, {serviceId});
        !deleted)
        return deleted.error();
    const SearchColumns columns
        = buildSearchColumns(service, organization.name, organization.alternateName, synonyms);
    auto inserted
        = run(db,
              u"INSERT INTO catalogue_fts(rowid, name, organization, categories, "
              "keywords, description, eligibility, documents) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {serviceId, columns[FieldName], columns[FieldOrganization], columns[FieldCategories],
               columns[FieldKeywords], columns[FieldDescription], columns[FieldEligibility],
               columns[FieldDocuments]});
    if (!inserted)
        return inserted.error();
    return {};
}

Status refreshSearchText(const SqlConnection &db, const QList<qint64> &serviceIds,
                         const Synonyms &synonyms)
{
    for (const qint64 id : serviceIds) {
        auto services = readServices(db, u"s.id = ?"_s, id);
        if (!services)
            return services.error();
        if (services->isEmpty()) {
            if (auto logged = logSearchChange(db, id); !logged)
                return logged;
            if (auto deleted = run(db, u"DELETE FROM catalogue_fts WHERE rowid = ?"_s, {id});
                !deleted)
                return deleted.error();
            continue;
        }
        const Service &service = services->first();
        auto organizations = readOrganizations(db, u"uid = ?"_s, service.organizationUid);
        if (!organizations)
            return organizations.error();
        if (auto status = writeSearchRow(db, id, service, organizations->value(0), synonyms);
            !status)
            return status;
    }
    return {};
}

} // namespace sportello::storage::cataloguerows
