// SPDX-License-Identifier: GPL-3.0-or-later
// Standard HSDS 3.x JSON documents, written by hand from the published schemas: a service with
// its nested organization and locations, an organization with its services, a page of the API,
// a bare list. What maps, what is listed as not imported, and bad input that imports nothing.
#include "catalogue/fieldproblem.h"
#include "catalogue/hsdsjson.h"
#include "memorysecretstore.h"
#include "services/catalogueio.h"
#include "services/deskservices.h"
#include "storage/cataloguerepository.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::catalogue;

namespace {

QString dataFile(const QString &name)
{
    return QString::fromUtf8(SPORTELLO_TEST_DATA_DIR) + u"/catalogue/"_s + name;
}

QByteArray readFile(const QString &name)
{
    QFile file(dataFile(name));
    INFO(name.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

hsds::ParsedCatalogue parse(const QByteArray &data, const QString &name)
{
    auto parsed = hsds::readJson(data, name, {});
    INFO((parsed.ok() ? std::string() : parsed.error().toLogString().toStdString()));
    REQUIRE(parsed.ok());
    return *parsed;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The problem a document fails with: {field, problem code, value}.
QStringList failure(const QByteArray &data)
{
    auto parsed = hsds::readJson(data, u"bad.json"_s, {});
    REQUIRE_FALSE(parsed.ok());
    INFO(parsed.error().toLogString().toStdString());
    REQUIRE(parsed.code() == ErrorCode::ImportInvalid);
    return parsed.error().args.mid(2);
}

QStringList problem(const QString &field, FieldProblem::Code code, const QString &value = {})
{
    return {field, QString::number(code), value};
}

QByteArray edited(const QString &name, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(readFile(name)).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

// Sets `value` at `key` of the object found by walking `path` (keys and list indexes) from root.
void setAt(QJsonObject &root, const QList<QVariant> &path, const QString &key,
           const QJsonValue &value)
{
    std::function<QJsonValue(QJsonValue, qsizetype)> walk = [&](QJsonValue node, qsizetype depth) {
        if (depth == path.size()) {
            QJsonObject object = node.toObject();
            object.insert(key, value);
            return QJsonValue(object);
        }
        const QVariant step = path.at(depth);
        if (step.typeId() == QMetaType::Int) {
            QJsonArray array = node.toArray();
            array[step.toInt()] = walk(array.at(step.toInt()), depth + 1);
            return QJsonValue(array);
        }
        QJsonObject object = node.toObject();
        object.insert(step.toString(), walk(object.value(step.toString()), depth + 1));
        return QJsonValue(object);
    };
    root = walk(root, 0).toObject();
}

const Service &serviceOf(const QList<Service> &services, const QString &uid)
{
    for (const Service &service : services) {
        if (service.uid == uid)
            return service;
    }
    FAIL("no service " << uid.toStdString());
    return services.first();
}

const Service &serviceOf(const Catalogue &catalogue, const QString &uid)
{
    return serviceOf(catalogue.services, uid);
}

} // namespace

TEST_CASE("HSDS service: the nested organization and location and the core fields map",
          "[catalogue][hsds][hsds3]")
{
    const auto parsed = parse(readFile(u"hsds3/service.json"_s), u"service.json"_s);
    const Catalogue &c = parsed.catalogue;
    REQUIRE(c.organizations.size() == 1);
    REQUIRE(c.locations.size() == 1);
    REQUIRE(c.services.size() == 1);

    const Organization &org = c.organizations.first();
    CHECK(org.uid == u"9b1e7a0c-3f7d-4c6b-8f0e-2a4d6c8e0f11"_s);
    CHECK(org.name == u"Caritas Pioltello"_s);
    CHECK(org.kind == OrganizationKind::Other); // no x_kind
    CHECK(org.website == u"https://www.caritas-pioltello.example.it"_s);
    CHECK(org.phones == QList<Phone> {{u"02 9267 1234"_s, u"voice"_s, {}}});

    const Location &loc = c.locations.first();
    CHECK(loc.uid == u"c3d5e7f9-0000-4000-8000-000000000002"_s);
    CHECK(loc.organizationUid == org.uid); // from the service that nests it
    CHECK(loc.name == u"Emporio di via Roma"_s);
    CHECK_FALSE(loc.isVirtual);
    CHECK(loc.street == u"Via Roma 10, cortile interno"_s); // the physical address, not the postal
    CHECK(loc.city == u"Pioltello"_s);
    CHECK(loc.postalCode == u"20096"_s);
    CHECK(loc.province == u"MI"_s);
    CHECK(loc.accessibility == u"Rampa all'ingresso: porta larga 90 cm"_s);

    const Service &s = c.services.first();
    CHECK(s.uid == u"5d7f3c1e-9a41-4a55-b1d6-0c2f8e1a7b01"_s);
    CHECK(s.organizationUid == org.uid);
    CHECK(s.alternateName == u"Emporio"_s);
    CHECK(s.status == ServiceStatus::Active);
    CHECK(s.statusNote == u"Chiuso per inventario il 30 aprile."_s);
    CHECK(s.eligibilityText == u"Famiglie residenti con ISEE basso."_s);
    CHECK(s.rules.minAge == 18);
    CHECK(s.rules.maxAge == 99);
    CHECK(s.rules.comuni == QStringList {u"015175"_s}); // the service area "Pioltello"
    CHECK(s.applicationSteps
          == QStringList {u"Colloquio al centro di ascolto"_s, u"Consegna della tessera"_s});
    CHECK(s.feesDescription == u"Gratuito con la tessera."_s);
    CHECK(s.interpretationServices == u"Mediatrice culturale per arabo il martedì"_s);
    CHECK(s.waitTime == u"Circa due settimane"_s);
    CHECK(s.verifiedOn == QDate(2026, 3, 2));
    CHECK(s.costOptions == QList<CostOption> {{u"Tessera"_s, 0.0, u"EUR"_s, u"Gratuita"_s}});
    CHECK(s.languages == QList<Language> {{u"it"_s, u"Italiano"_s}, {u"en"_s, u"English"_s}});
    REQUIRE(s.documents.size() == 2);
    CHECK(s.documents.at(0) == NamedItem {u"doc-isee-2026"_s, u"ISEE in corso di validità"_s});
    CHECK(s.documents.at(1).name == u"Documento d'identità"_s);
    CHECK(s.documents.at(1).uid.startsWith(u"doc-"_s));
    CHECK(s.categories == QStringList {u"INC.ALIM"_s}); // the nested term's code
    CHECK(s.userAreas == QStringList {u"AREA.POVERTA"_s});
    CHECK(s.phones == QList<Phone> {{u"02 9267 5555"_s, u"voice"_s, u"Segreteria"_s}});
    REQUIRE(s.contacts.size() == 1);
    CHECK(s.contacts.first().phones == QList<Phone> {{u"333 123 4567"_s, u"cell"_s, {}}});
    CHECK(s.channels
          == QList<Channel> {
              {ChannelType::InPerson, {}}, {ChannelType::Online, {}}, {ChannelType::Phone, {}}});

    REQUIRE(s.locations.size() == 1);
    const ServiceAtLocation &place = s.locations.first();
    CHECK(place.uid == u"b2c4d6e8-0000-4000-8000-000000000001"_s);
    CHECK(place.locationUid == loc.uid);
    CHECK(place.description == u"Magazzino e distribuzione"_s);
    // Tuesday and Thursday afternoons, and the weekly rule on the weekday of its dtstart
    // (7 January 2026 is a Wednesday) until its `until`.
    CHECK(place.schedules
          == QList<WeeklySchedule> {
              {weekdayBit(Qt::Tuesday) | weekdayBit(Qt::Thursday), QTime(15, 0), QTime(18, 30),
               QDate(2026, 1, 1), QDate(2026, 12, 31), u"Distribuzione"_s},
              {weekdayBit(Qt::Wednesday), QTime(10, 0), QTime(12, 0), QDate(2026, 1, 7),
               QDate(2026, 6, 30), u"Solo per le famiglie con bambini"_s}});

    CHECK(sorted(parsed.unsupportedValues)
          == QStringList {u"languages[2]"_s, u"service_at_locations[0].schedules[1]"_s,
                          u"service_at_locations[0].schedules[2]"_s});
    CHECK(sorted(parsed.ignoredFields)
          == QStringList {u"accreditations"_s,
                          u"assurer_email"_s,
                          u"attributes[1]"_s,
                          u"cost_options[0].valid_from"_s,
                          u"funding"_s,
                          u"languages[1].note"_s,
                          u"last_modified"_s,
                          u"organization.legal_status"_s,
                          u"organization.tax_id"_s,
                          u"phones[0].extension"_s,
                          u"program"_s,
                          u"required_documents[0].uri"_s,
                          u"schedules"_s, // the service's own hours: its place has hours
                          u"service_areas[0].extent_type"_s,
                          u"service_areas[1]"_s,
                          u"service_at_locations[0].location.accessibility[0].url"_s,
                          u"service_at_locations[0].location.addresses[0]"_s,
                          u"service_at_locations[0].location.addresses[1].region"_s,
                          u"service_at_locations[0].location.latitude"_s,
                          u"service_at_locations[0].location.longitude"_s,
                          u"service_at_locations[0].location.transportation"_s});
}

TEST_CASE("HSDS organization: nested services and locations are linked to it",
          "[catalogue][hsds][hsds3]")
{
    const auto parsed = parse(readFile(u"hsds3/organization.json"_s), u"organization.json"_s);
    const Catalogue &c = parsed.catalogue;
    REQUIRE(c.organizations.size() == 1);
    CHECK(c.organizations.first().uid == u"org-comune-segrate"_s);
    CHECK(c.organizations.first().alternateName == u"Segrate"_s);
    REQUIRE(c.locations.size() == 2);
    CHECK(c.locations.at(0).organizationUid == u"org-comune-segrate"_s);
    CHECK(c.locations.at(0).street == u"Via I Maggio"_s);
    CHECK(c.locations.at(0).phones.size() == 1);
    CHECK(c.locations.at(1).isVirtual);
    REQUIRE(c.services.size() == 2);

    const Service &sad = serviceOf(c, u"svc-segrate-sad"_s);
    CHECK(sad.organizationUid == u"org-comune-segrate"_s);
    CHECK(sad.categories == QStringList {u"DOM.SAD"_s});
    CHECK(sad.userAreas == QStringList {u"AREA.ANZIANI"_s});
    CHECK(sad.rules.minAge == 65);
    CHECK(sad.rules.comuni == QStringList {u"015205"_s});
    CHECK(sad.channels == QList<Channel> {{ChannelType::InPerson, {}}});
    REQUIRE(sad.locations.size() == 1);
    CHECK(sad.locations.first().schedules
          == QList<WeeklySchedule> {
              {weekdayBit(Qt::Wednesday), QTime(14, 0), QTime(16, 0), {}, {}, u"Colloqui"_s}});

    // Without description, category or user area: the defaults of decision 22.
    const Service &bonus = serviceOf(c, u"svc-segrate-bonus"_s);
    CHECK(bonus.status == ServiceStatus::Ended);
    CHECK(bonus.description == u"Bonus nuovi nati"_s);
    CHECK(bonus.categories == QStringList {u"ACC.SEGR"_s});
    CHECK(bonus.userAreas == QStringList {u"AREA.MULTIUTENZA"_s});
    CHECK(bonus.channels
          == QList<Channel> {{ChannelType::InPerson, {}}, {ChannelType::Online, {}}});

    CHECK(parsed.unsupportedValues.isEmpty());
    CHECK(sorted(parsed.ignoredFields)
          == QStringList {u"contacts"_s, u"locations[0].languages"_s, u"locations[0].schedules"_s,
                          u"locations[1].url"_s, u"logo"_s, u"organization_identifiers"_s,
                          u"year_incorporated"_s});
}

TEST_CASE("HSDS API page: every item is read, shared organizations and locations once",
          "[catalogue][hsds][hsds3]")
{
    const auto parsed = parse(readFile(u"hsds3/page.json"_s), u"page.json"_s);
    const Catalogue &c = parsed.catalogue;
    REQUIRE(c.organizations.size() == 1);
    REQUIRE(c.locations.size() == 1);
    REQUIRE(c.services.size() == 2);
    CHECK(c.locations.first().organizationUid == u"org-auser-vimodrone"_s);
    const Service &transport = serviceOf(c, u"svc-vimodrone-trasporto"_s);
    CHECK(transport.status == ServiceStatus::TemporarilyClosed);
    CHECK(transport.statusNote == u"Sospeso fino a settembre: manca un autista."_s);
    CHECK(transport.locations.first().locationUid == u"loc-auser-vimodrone"_s);
    const Service &shopping = serviceOf(c, u"svc-vimodrone-spesa"_s);
    CHECK(shopping.channels
          == QList<Channel> {{ChannelType::InPerson, {}}, {ChannelType::Phone, {}}});
    CHECK(shopping.locations.first().schedules.size() == 1);
    CHECK(parsed.ignoredFields == QStringList {u"contents[1].funding"_s});

    SECTION("the same items as a bare list")
    {
        const QJsonArray items = QJsonDocument::fromJson(readFile(u"hsds3/page.json"_s))
                                     .object()
                                     .value(u"contents"_s)
                                     .toArray();
        const auto listed = parse(QJsonDocument(items).toJson(), u"list.json"_s);
        CHECK(listed.catalogue.services.size() == 2);
        CHECK(listed.catalogue.organizations.size() == 1);
        CHECK(listed.ignoredFields == QStringList {u"[1].funding"_s});
    }
}

TEST_CASE("HSDS documents: wrong types and unknown shapes fail naming the field",
          "[catalogue][hsds][hsds3]")
{
    // A malformed item in a page: the whole page fails.
    CHECK(failure(edited(u"hsds3/page.json"_s,
                         [](QJsonObject &root) {
                             setAt(root, {u"contents"_s, 1}, u"name"_s, 42);
                         }))
          == problem(u"contents[1].name"_s, FieldProblem::ExpectedText));
    CHECK(failure(edited(u"hsds3/page.json"_s,
                         [](QJsonObject &root) {
                             QJsonArray contents = root.value(u"contents"_s).toArray();
                             contents.append(u"oops"_s);
                             root.insert(u"contents"_s, contents);
                         }))
          == problem(u"contents[2]"_s, FieldProblem::ExpectedObject));
    CHECK(failure(R"({"total_items": 0, "contents": {}})")
          == problem(u"contents"_s, FieldProblem::ExpectedList));
    CHECK(failure(R"({"title": "not a catalogue"})")
          == problem(u"(document)"_s, FieldProblem::UnknownDocument));
    CHECK(failure(R"([{"id": "x", "description": "neither"}])")
          == problem(u"[0]"_s, FieldProblem::UnknownDocument));
    CHECK(failure(edited(u"hsds3/service.json"_s,
                         [](QJsonObject &root) { root.insert(u"organization"_s, u"Caritas"_s); }))
          == problem(u"organization"_s, FieldProblem::ExpectedObject));
    CHECK(
        failure(edited(
            u"hsds3/service.json"_s,
            [](QJsonObject &root) {
                setAt(root, {u"service_at_locations"_s, 0, u"schedules"_s, 0}, u"opens_at"_s, 9);
            }))
        == problem(u"service_at_locations[0].schedules[0].opens_at"_s, FieldProblem::ExpectedText));
    CHECK(failure(edited(u"hsds3/service.json"_s,
                         [](QJsonObject &root) {
                             setAt(root, {u"service_at_locations"_s, 0, u"schedules"_s, 0},
                                   u"closes_at"_s, u"25:99"_s);
                         }))
          == problem(u"service_at_locations[0].schedules[0].closes_at"_s, FieldProblem::InvalidTime,
                     u"25:99"_s));
    CHECK(
        failure(edited(
            u"hsds3/service.json"_s,
            [](QJsonObject &root) {
                setAt(root, {u"service_at_locations"_s, 0, u"schedules"_s, 0}, u"byday"_s, u"XX"_s);
            }))
        == problem(u"service_at_locations[0].schedules[0].byday"_s, FieldProblem::InvalidWeekdays,
                   u"XX"_s));
    CHECK(failure(edited(u"hsds3/service.json"_s,
                         [](QJsonObject &root) { root.insert(u"minimum_age"_s, u"18"_s); }))
          == problem(u"minimum_age"_s, FieldProblem::OutOfRange, u"0–130"_s));
    CHECK(failure(edited(u"hsds3/organization.json"_s,
                         [](QJsonObject &root) { root.insert(u"services"_s, u"none"_s); }))
          == problem(u"services"_s, FieldProblem::ExpectedList));
    // A location without an address cannot be shown at the desk.
    CHECK(failure(edited(u"hsds3/organization.json"_s,
                         [](QJsonObject &root) {
                             setAt(root, {u"locations"_s, 0}, u"addresses"_s, QJsonArray());
                         }))
          == problem(u"locations[0].address"_s, FieldProblem::Required));
}

TEST_CASE("HSDS documents through the desk: imported and exported back, or nothing imported",
          "[catalogue][hsds][hsds3]")
{
    test::TempDir dir;
    test::FakeClock clock;
    auto profile = storage::Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE(profile.ok());
    const services::DeskServices desk((*profile)->database(), clock);
    const storage::CatalogueRepository repository((*profile)->database(), clock);

    auto report = desk.catalogueIo().importPath(dataFile(u"hsds3/service.json"_s), u"test"_s);
    INFO((report.ok() ? std::string() : report.error().toLogString().toStdString()));
    REQUIRE(report.ok());
    CHECK(report->summary.services == 1);
    CHECK(report->ignoredFields.contains(u"funding"_s));
    CHECK(report->unsupportedValues.contains(u"service_at_locations[0].schedules[1]"_s));
    const qint64 version = repository.version().value();

    // The export writes the core fields back where the model holds them.
    const QString exported = dir.filePath(u"export.json"_s);
    REQUIRE(desk.catalogueIo().exportTo(exported, services::CatalogueFormat::HsdsJson).ok());
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject service = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(u"services"_s)
                                    .toArray()
                                    .first()
                                    .toObject();
    CHECK(service.value(u"alternate_name"_s).toString() == u"Emporio"_s);
    CHECK(service.value(u"alert"_s).toString() == u"Chiuso per inventario il 30 aprile."_s);
    CHECK(service.value(u"minimum_age"_s).toInt() == 18);
    CHECK(service.value(u"interpretation_services"_s).toString()
          == u"Mediatrice culturale per arabo il martedì"_s);
    CHECK(service.value(u"wait_time"_s).toString() == u"Circa due settimane"_s);
    CHECK(service.value(u"assured_date"_s).toString() == u"2026-03-02"_s);
    CHECK(service.value(u"application_process"_s).toString()
          == u"Colloquio al centro di ascolto\nConsegna della tessera"_s);
    CHECK(service.value(u"languages"_s).toArray().size() == 2);

    // A page with one bad item imports none of its items.
    const QByteArray bad = edited(u"hsds3/page.json"_s, [](QJsonObject &root) {
        setAt(root, {u"contents"_s, 1}, u"status"_s, u"chiuso"_s);
    });
    auto refused = desk.catalogueIo().importJson(bad, u"page.json"_s, u"test"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().args.mid(2)
          == problem(u"contents[1].status"_s, FieldProblem::UnknownCode, u"chiuso"_s));
    CHECK(repository.version().value() == version);
    CHECK(repository.services().value().size() == 1);
    CHECK(repository.organizations().value().size() == 1);

    // A page of places, the inactive service without an alert among them, is stored.
    auto places = desk.catalogueIo().importPath(dataFile(u"hsds3/service_at_location_page.json"_s),
                                                u"test"_s);
    INFO((places.ok() ? std::string() : places.error().toLogString().toStdString()));
    REQUIRE(places.ok());
    const auto stored = repository.services().value();
    REQUIRE(stored.size() == 2);
    const Service &closed = serviceOf(stored, u"7e8f9a0b-0000-4000-8000-0000000000b1"_s);
    CHECK(closed.status == ServiceStatus::TemporarilyClosed);
    CHECK(closed.statusNote.isEmpty());
    CHECK(closed.locations.size() == 2);
}

TEST_CASE("Sportello's own bundle: the x_ extensions are optional", "[catalogue][hsds][hsds3]")
{
    const QByteArray data = edited(u"small.json"_s, [](QJsonObject &root) {
        QJsonArray organizations = root.value(u"organizations"_s).toArray();
        for (qsizetype i = 0; i < organizations.size(); ++i) {
            QJsonObject o = organizations.at(i).toObject();
            o.remove(u"x_kind"_s);
            organizations[i] = o;
        }
        root.insert(u"organizations"_s, organizations);
        QJsonArray services = root.value(u"services"_s).toArray();
        for (qsizetype i = 0; i < services.size(); ++i) {
            QJsonObject o = services.at(i).toObject();
            o.remove(u"x_channels"_s);
            o.remove(u"x_free"_s);
            services[i] = o;
        }
        root.insert(u"services"_s, services);
        root.remove(u"x_sportello_format"_s);
    });
    const auto parsed = parse(data, u"plain.json"_s);
    CHECK(parsed.ignoredFields.isEmpty());
    REQUIRE(parsed.catalogue.organizations.size() == 2);
    CHECK(parsed.catalogue.organizations.first().kind == OrganizationKind::Other);
    const Service &s = serviceOf(parsed.catalogue, u"svc-segretariato"_s);
    CHECK(s.channels == QList<Channel> {{ChannelType::InPerson, {}}});
    CHECK_FALSE(s.free);
    // Sportello's bundle keeps its strict vocabulary: an unknown category still fails.
    CHECK(failure(readFile(u"unknown-category.json"_s))
          == problem(u"services[1].categories"_s, FieldProblem::UnknownCode, u"INC.BOLLETTE"_s));
}

TEST_CASE("HSDS service_at_location: the place joins its nested service and organization",
          "[catalogue][hsds][hsds3]")
{
    const auto parsed
        = parse(readFile(u"hsds3/service_at_location.json"_s), u"service_at_location.json"_s);
    const Catalogue &c = parsed.catalogue;
    REQUIRE(c.organizations.size() == 1);
    REQUIRE(c.locations.size() == 1);
    REQUIRE(c.services.size() == 1);
    const Service &service = c.services.first();
    CHECK(service.uid == u"7e8f9a0b-0000-4000-8000-0000000000b1"_s);
    CHECK(service.organizationUid == u"9a0b1c2d-0000-4000-8000-0000000000d1"_s);
    CHECK(c.locations.first().organizationUid == service.organizationUid);
    REQUIRE(service.locations.size() == 1);
    const ServiceAtLocation &place = service.locations.first();
    CHECK(place.uid == u"6a1b2c3d-0000-4000-8000-0000000000a1"_s);
    CHECK(place.locationUid == u"8f9a0b1c-0000-4000-8000-0000000000c1"_s);
    CHECK(place.description == u"Sportello del mercoledì in biblioteca"_s);
    REQUIRE(place.schedules.size() == 1);
    CHECK(place.schedules.first().opensAt == QTime(14, 0));
    // "inactive" without an alert: the standard allows it, and so does the import.
    CHECK(service.status == ServiceStatus::TemporarilyClosed);
    CHECK(service.statusNote.isEmpty());
    INFO(parsed.ignoredFields.join(u", "_s).toStdString());
    CHECK(parsed.ignoredFields.contains(u"service.service_at_locations[0].phones"_s));

    SECTION("a page of places: one service, each place once")
    {
        const auto page = parse(readFile(u"hsds3/service_at_location_page.json"_s),
                                u"service_at_location_page.json"_s);
        REQUIRE(page.catalogue.services.size() == 1);
        CHECK(page.catalogue.organizations.size() == 1);
        CHECK(page.catalogue.locations.size() == 2);
        const QList<ServiceAtLocation> &places = page.catalogue.services.first().locations;
        REQUIRE(places.size() == 2);
        CHECK(places.at(0).locationUid == u"8f9a0b1c-0000-4000-8000-0000000000c1"_s);
        CHECK(places.at(1).locationUid == u"8f9a0b1c-0000-4000-8000-0000000000c2"_s);
        REQUIRE(places.at(1).schedules.size() == 1);
        CHECK(places.at(1).schedules.first().opensAt == QTime(9, 30));
    }

    SECTION("a place may name by id a service a later item gives")
    {
        QJsonObject page
            = QJsonDocument::fromJson(readFile(u"hsds3/service_at_location_page.json"_s)).object();
        QJsonArray contents = page.value(u"contents"_s).toArray();
        const QJsonValue byId = contents.takeAt(1);
        contents.prepend(byId);
        page.insert(u"contents"_s, contents);
        const auto reordered = parse(QJsonDocument(page).toJson(), u"reordered.json"_s);
        REQUIRE(reordered.catalogue.services.size() == 1);
        CHECK(reordered.catalogue.services.first().locations.size() == 2);
    }

    SECTION("a place whose service the document does not give imports nothing")
    {
        QJsonObject place
            = QJsonDocument::fromJson(readFile(u"hsds3/service_at_location.json"_s)).object();
        place.remove(u"service"_s);
        CHECK(failure(QJsonDocument(place).toJson())
              == problem(u"service_id"_s, FieldProblem::UnknownReference,
                         u"7e8f9a0b-0000-4000-8000-0000000000b1"_s));
        place.insert(u"service"_s, u"Sportello lavoro"_s);
        CHECK(failure(QJsonDocument(place).toJson())
              == problem(u"service"_s, FieldProblem::ExpectedObject));
    }
}
