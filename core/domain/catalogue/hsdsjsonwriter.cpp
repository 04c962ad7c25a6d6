// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the catalogue as HSDS 3.x JSON (the reader is hsdsjson.cpp).
#include "catalogue/hsdsjson.h"
#include "catalogue/jsoncodec.h"
#include "catalogue/taxonomy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sportello::catalogue::hsds {

namespace {
void put(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putFlag(QJsonObject &object, const QString &key, bool value)
{
    if (value)
        object.insert(key, true);
}

QJsonObject writeService(const Service &s)
{
    QJsonObject o {
        {u"id"_s, s.uid}, {u"organization_id"_s, s.organizationUid}, {u"name"_s, s.name}};
    put(o, u"alternate_name"_s, s.alternateName);
    put(o, u"description"_s, s.description);
    put(o, u"url"_s, s.url);
    put(o, u"email"_s, s.email);
    o.insert(u"status"_s,
             s.status == ServiceStatus::Active                  ? u"active"_s
                 : s.status == ServiceStatus::TemporarilyClosed ? u"temporarily closed"_s
                                                                : u"defunct"_s);
    put(o, u"alert"_s, s.statusNote);
    put(o, u"eligibility_description"_s, s.eligibilityText);
    if (s.rules.minAge)
        o.insert(u"minimum_age"_s, *s.rules.minAge);
    if (s.rules.maxAge)
        o.insert(u"maximum_age"_s, *s.rules.maxAge);
    EligibilityRules rest = s.rules;
    rest.minAge.reset();
    rest.maxAge.reset();
    if (!rest.isEmpty())
        o.insert(u"x_eligibility"_s, json::writeRules(rest));
    put(o, u"application_process"_s, s.applicationSteps.join(u'\n'));
    put(o, u"fees_description"_s, s.feesDescription);
    put(o, u"interpretation_services"_s, s.interpretationServices);
    put(o, u"wait_time"_s, s.waitTime);
    putFlag(o, u"x_free"_s, s.free);
    if (!s.costOptions.isEmpty())
        o.insert(u"cost_options"_s, json::writeCostOptions(s.costOptions));
    put(o, u"assured_date"_s, json::dateText(s.verifiedOn));
    put(o, u"x_verified_by"_s, s.verifiedBy);
    put(o, u"x_source_url"_s, s.sourceUrl);
    putFlag(o, u"x_automatic"_s, s.automatic);
    if (s.callWindow.isSet()) {
        QJsonObject window;
        put(window, u"opens"_s, json::dateText(s.callWindow.opens));
        put(window, u"closes"_s, json::dateText(s.callWindow.closes));
        o.insert(u"x_call_window"_s, window);
    }
    if (!s.languages.isEmpty())
        o.insert(u"languages"_s, json::writeLanguages(s.languages));
    QJsonArray documents;
    for (const NamedItem &document : s.documents)
        documents.append(
            QJsonObject {{u"x_document_id"_s, document.uid}, {u"document"_s, document.name}});
    if (!documents.isEmpty())
        o.insert(u"required_documents"_s, documents);
    QJsonArray prerequisites;
    for (const NamedItem &item : s.prerequisites)
        prerequisites.append(QJsonObject {{u"id"_s, item.uid}, {u"name"_s, item.name}});
    if (!prerequisites.isEmpty())
        o.insert(u"x_prerequisites"_s, prerequisites);
    if (!s.channels.isEmpty())
        o.insert(u"x_channels"_s, json::writeChannels(s.channels));
    QJsonArray attributes;
    for (const QString &code : s.categories + s.userAreas)
        attributes.append(QJsonObject {{u"taxonomy_term_id"_s, code}});
    o.insert(u"attributes"_s, attributes);
    if (!s.contacts.isEmpty())
        o.insert(u"contacts"_s, json::writeContacts(s.contacts));
    if (!s.phones.isEmpty())
        o.insert(u"phones"_s, json::writePhones(s.phones));
    QJsonArray places;
    for (const ServiceAtLocation &place : s.locations) {
        QJsonObject p {{u"id"_s, place.uid}, {u"location_id"_s, place.locationUid}};
        put(p, u"description"_s, place.description);
        QJsonArray schedules;
        for (const WeeklySchedule &schedule : place.schedules)
            schedules.append(json::writeSchedule(schedule));
        p.insert(u"schedules"_s, schedules);
        QJsonArray exceptions;
        for (const ScheduleException &exception : place.exceptions)
            exceptions.append(json::writeException(exception));
        if (!exceptions.isEmpty())
            p.insert(u"x_schedule_exceptions"_s, exceptions);
        places.append(p);
    }
    o.insert(u"service_at_locations"_s, places);
    putFlag(o, u"x_demo_values"_s, s.demoValues);
    return o;
}

QJsonArray writeTaxonomyTerms()
{
    QJsonArray terms;
    for (const Term &term : Taxonomy::categories())
        terms.append(QJsonObject {{u"id"_s, QString::fromLatin1(term.code)},
                                  {u"code"_s, QString::fromLatin1(term.code)},
                                  {u"name"_s, QString::fromUtf8(term.italian)},
                                  {u"taxonomy_id"_s, u"sportello-categorie"_s}});
    for (const Term &term : Taxonomy::userAreas())
        terms.append(QJsonObject {{u"id"_s, QString::fromLatin1(term.code)},
                                  {u"code"_s, QString::fromLatin1(term.code)},
                                  {u"name"_s, QString::fromUtf8(term.italian)},
                                  {u"taxonomy_id"_s, u"istat-aree-utenza"_s}});
    return terms;
}
} // namespace

QByteArray writeJson(const Catalogue &catalogue, qint64 version, const QList<ChangeRecord> &history)
{
    QJsonArray organizations;
    for (const Organization &org : catalogue.organizations) {
        QJsonObject o {
            {u"id"_s, org.uid}, {u"name"_s, org.name}, {u"x_kind"_s, Taxonomy::kindCode(org.kind)}};
        put(o, u"alternate_name"_s, org.alternateName);
        put(o, u"description"_s, org.description);
        put(o, u"email"_s, org.email);
        put(o, u"website"_s, org.website);
        if (!org.phones.isEmpty())
            o.insert(u"phones"_s, json::writePhones(org.phones));
        putFlag(o, u"x_demo_values"_s, org.demoValues);
        organizations.append(o);
    }
    QJsonArray locations;
    for (const Location &loc : catalogue.locations) {
        QJsonObject o {{u"id"_s, loc.uid},
                       {u"organization_id"_s, loc.organizationUid},
                       {u"name"_s, loc.name},
                       {u"location_type"_s, loc.isVirtual ? u"virtual"_s : u"physical"_s}};
        put(o, u"description"_s, loc.description);
        if (!loc.street.isEmpty() || !loc.city.isEmpty()) {
            QJsonObject address {{u"address_type"_s, u"physical"_s}, {u"country"_s, loc.country}};
            put(address, u"address_1"_s, loc.street);
            put(address, u"city"_s, loc.city);
            put(address, u"postal_code"_s, loc.postalCode);
            put(address, u"state_province"_s, loc.province);
            o.insert(u"addresses"_s, QJsonArray {address});
        }
        put(o, u"x_comune_istat"_s, loc.comuneIstat);
        if (!loc.accessibility.isEmpty()) {
            QJsonArray notes;
            for (const QString &line : loc.accessibility.split(u'\n'))
                notes.append(QJsonObject {{u"description"_s, line}});
            o.insert(u"accessibility"_s, notes);
        }
        putFlag(o, u"x_confidential"_s, loc.confidential);
        if (!loc.phones.isEmpty())
            o.insert(u"phones"_s, json::writePhones(loc.phones));
        putFlag(o, u"x_demo_values"_s, loc.demoValues);
        locations.append(o);
    }
    QJsonArray services;
    for (const Service &service : catalogue.services)
        services.append(writeService(service));
    QJsonArray metadata;
    for (const ChangeRecord &change : history) {
        QJsonObject m {{u"resource_id"_s, change.entityUid},
                       {u"resource_type"_s, change.entityType},
                       {u"last_action_date"_s, change.changedAt.toString(Qt::ISODate)},
                       {u"last_action_type"_s, change.action},
                       {u"updated_by"_s, change.changedBy}};
        put(m, u"field_name"_s, change.field);
        put(m, u"previous_value"_s, change.oldValue);
        put(m, u"replacement_value"_s, change.newValue);
        metadata.append(m);
    }
    const QJsonObject root {
        {u"hsds_version"_s, u"3.0"_s},
        {u"x_sportello_format"_s, 1},
        {u"x_catalogue_version"_s, version},
        {u"organizations"_s, organizations},
        {u"locations"_s, locations},
        {u"services"_s, services},
        {u"taxonomies"_s,
         QJsonArray {QJsonObject {{u"id"_s, u"sportello-categorie"_s},
                                  {u"name"_s, u"Categorie dei servizi (Sportello)"_s}},
                     QJsonObject {{u"id"_s, u"istat-aree-utenza"_s},
                                  {u"name"_s, u"Aree di utenza ISTAT"_s}}}},
        {u"taxonomy_terms"_s, writeTaxonomyTerms()},
        {u"metadata"_s, metadata},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sportello::catalogue::hsds
