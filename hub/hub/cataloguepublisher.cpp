// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/cataloguepublisher.h"

#include "catalogue/hsdsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sportello::hub {

namespace {

// One service as a standalone HSDS service object: the export of a catalogue holding only it,
// its organization and its locations, nested where HSDS nests them.
QByteArray standaloneService(const catalogue::Catalogue &all, const catalogue::Service &service)
{
    catalogue::Catalogue one;
    one.services.append(service);
    for (const catalogue::Organization &org : all.organizations) {
        if (org.uid == service.organizationUid)
            one.organizations.append(org);
    }
    for (const catalogue::ServiceAtLocation &place : service.locations) {
        for (const catalogue::Location &location : all.locations) {
            if (location.uid == place.locationUid)
                one.locations.append(location);
        }
    }
    const QJsonObject document
        = QJsonDocument::fromJson(catalogue::hsds::writeJson(one, 0, {})).object();
    QJsonObject object = document.value(u"services"_s).toArray().first().toObject();
    const QJsonArray organizations = document.value(u"organizations"_s).toArray();
    if (!organizations.isEmpty())
        object.insert(u"organization"_s, organizations.first());
    QHash<QString, QJsonObject> locations;
    for (const QJsonValue &location : document.value(u"locations"_s).toArray())
        locations.insert(location.toObject().value(u"id"_s).toString(), location.toObject());
    QJsonArray places;
    for (const QJsonValue &value : object.value(u"service_at_locations"_s).toArray()) {
        QJsonObject place = value.toObject();
        const QString locationId = place.value(u"location_id"_s).toString();
        if (locations.contains(locationId))
            place.insert(u"location"_s, locations.value(locationId));
        places.append(place);
    }
    object.insert(u"service_at_locations"_s, places);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Result<CatalogueFile> readCatalogueFile(const QByteArray &data, const QString &fileName)
{
    auto parsed = catalogue::hsds::readJson(data, fileName, {});
    if (!parsed)
        return parsed.error();
    CatalogueFile file;
    file.notImported = parsed->ignoredFields + parsed->unsupportedValues;
    for (const catalogue::Service &service : std::as_const(parsed->catalogue.services))
        file.services.append({service.uid, standaloneService(parsed->catalogue, service)});
    return file;
}

QByteArray catalogueDeltaBody(const CatalogueDelta &delta, qint64 since,
                              const wire::District &district)
{
    QJsonArray upserts;
    for (const QByteArray &body : delta.upserts)
        upserts.append(QJsonDocument::fromJson(body).object());
    const QJsonObject answer {
        {u"version"_s, delta.version},
        {u"since"_s, since},
        {u"district"_s,
         QJsonObject {{u"name"_s, district.name},
                      {u"comuni"_s, QJsonArray::fromStringList(district.comuni)}}},
        {u"upserts"_s, upserts},
        {u"removals"_s, QJsonArray::fromStringList(delta.removals)}};
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

} // namespace sportello::hub
