// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguefixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::catalogue;
using namespace sportello::test::cataloguefixture;
using storage::CatalogueRepository;

TEST_CASE("an organization with every field round-trips", "[storage][catalogue]")
{
    Fixture f;
    const Organization saved = caritas();
    requireFilled(fieldView(saved));
    auto id = f.repository->saveOrganization(saved, u"mario"_s);
    REQUIRE(id.ok());
    auto organizations = f.repository->organizations();
    REQUIRE(organizations.ok());
    REQUIRE(organizations->size() == 1);
    const Organization &loaded = organizations->first();
    CHECK(loaded.id == *id);
    CHECK(loaded.uid == saved.uid);
    requireSameFields(fieldView(saved), fieldView(loaded));
    CHECK(loaded.phones == saved.phones);
    CHECK(loaded.updatedBy == u"mario"_s);
    CHECK(loaded.updatedAt == f.clock.nowUtc());
}

TEST_CASE("a location with every field round-trips", "[storage][catalogue]")
{
    Fixture f;
    REQUIRE(f.repository->saveOrganization(caritas(), u"test"_s).ok());
    const Location saved = caritasSede();
    requireFilled(fieldView(saved), {u"virtual"_s}); // an address: not a virtual location
    CHECK(fieldView(saved).value(u"virtual"_s) == u"0"_s);
    auto id = f.repository->saveLocation(saved, u"mario"_s);
    REQUIRE(id.ok());
    auto locations = f.repository->locations();
    REQUIRE(locations.ok());
    REQUIRE(locations->size() == 1);
    const Location &loaded = locations->first();
    CHECK(loaded.id == *id);
    CHECK(loaded.uid == saved.uid);
    requireSameFields(fieldView(saved), fieldView(loaded));
    CHECK(loaded.phones == saved.phones);
    CHECK(loaded.updatedBy == u"mario"_s);
    CHECK(loaded.updatedAt == f.clock.nowUtc());
}

TEST_CASE("a service with every field round-trips", "[storage][catalogue]")
{
    Fixture f;
    saveReferences(f);
    const Service saved = fullService();
    requireFilled(fieldView(saved));
    auto id = f.repository->saveService(saved, u"mario"_s);
    REQUIRE(id.ok());

    const Service loaded = f.service(saved.uid);
    CHECK(loaded.id == *id);
    requireSameFields(fieldView(saved), fieldView(loaded));
    // The lists, value by value (fieldView shows them as JSON).
    CHECK(loaded.rules == saved.rules);
    CHECK(loaded.applicationSteps == saved.applicationSteps);
    CHECK(loaded.costOptions == saved.costOptions);
    CHECK(loaded.callWindow == saved.callWindow);
    CHECK(loaded.languages == saved.languages);
    CHECK(loaded.documents == saved.documents);
    CHECK(loaded.prerequisites == saved.prerequisites);
    CHECK(loaded.channels == saved.channels);
    CHECK(loaded.categories == saved.categories);
    CHECK(loaded.userAreas == saved.userAreas);
    CHECK(loaded.contacts == saved.contacts);
    CHECK(loaded.phones == saved.phones);
    CHECK(loaded.locations == saved.locations);
    CHECK(loaded.updatedBy == u"mario"_s);
    CHECK(loaded.updatedAt == f.clock.nowUtc());

    // The same through the other readers.
    auto byId = f.repository->service(*id);
    REQUIRE(byId.ok());
    requireSameFields(fieldView(saved), fieldView(*byId));
    auto all = f.repository->services();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    requireSameFields(fieldView(saved), fieldView(all->first()));
    CHECK(f.repository->service(*id + 100).code() == ErrorCode::NotFound);
    CHECK(f.repository->serviceByUid(u"svc-nope"_s).code() == ErrorCode::NotFound);
}

TEST_CASE("saving an unchanged service records no change", "[storage][catalogue]")
{
    Fixture f;
    saveReferences(f);
    // Lists in an order other than the one storage reads them back in.
    Service service = fullService();
    service.categories = {u"INC.UTENZE"_s, u"INC.CONTR"_s};
    service.userAreas = {u"AREA.POVERTA"_s, u"AREA.FAMIGLIA"_s};
    std::reverse(service.locations.first().exceptions.begin(),
                 service.locations.first().exceptions.end());
    REQUIRE(f.repository->saveService(service, u"mario"_s).ok());
    auto before = f.repository->allHistory();
    REQUIRE(before.ok());

    f.clock.advanceDays(1);
    REQUIRE(f.repository->saveService(service, u"mario"_s).ok());
    auto after = f.repository->allHistory();
    REQUIRE(after.ok());
    QStringList recorded;
    for (qsizetype i = before->size(); i < after->size(); ++i)
        recorded.append(after->at(i).field);
    CHECK(recorded.isEmpty());
}

TEST_CASE("the catalogue version goes up by one per save", "[storage][catalogue]")
{
    Fixture f;
    CHECK(f.version() == 0);
    REQUIRE(f.repository->saveOrganization(caritas(), u"test"_s).ok());
    CHECK(f.version() == 1);
    REQUIRE(f.repository->saveOrganization(comune(), u"test"_s).ok());
    CHECK(f.version() == 2);
    REQUIRE(f.repository->saveLocation(caritasSede(), u"test"_s).ok());
    REQUIRE(f.repository->saveLocation(comuneSede(), u"test"_s).ok());
    CHECK(f.version() == 4);
    REQUIRE(f.repository->saveService(fullService(), u"test"_s).ok());
    CHECK(f.version() == 5);
    REQUIRE(f.repository->markVerified(fullService().uid, u"Ufficio di Piano"_s, u"test"_s).ok());
    CHECK(f.version() == 6);

    // A whole import is one version, however many entries it holds.
    Catalogue catalogue;
    catalogue.services
        = {plainService(u"svc-a"_s, u"Servizio A"_s), plainService(u"svc-b"_s, u"Servizio B"_s),
           plainService(u"svc-c"_s, u"Servizio C"_s)};
    auto imported = f.repository->importCatalogue(catalogue, u"test"_s);
    REQUIRE(imported.ok());
    CHECK(imported->services == 3);
    CHECK(imported->catalogueVersion == 7);
    CHECK(f.version() == 7);
}

TEST_CASE("the history records who changed which field, when, from what to what",
          "[storage][catalogue]")
{
    Fixture f;
    saveReferences(f);
    const QDateTime created = f.clock.nowUtc();
    Service service = plainService(u"svc-segretariato"_s, u"Segretariato sociale"_s);
    REQUIRE(f.repository->saveService(service, u"anna"_s).ok());
    const qint64 createdVersion = f.version();

    auto history = f.repository->history(u"service"_s, service.uid);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().entityType == u"service"_s);
    CHECK(history->first().entityUid == service.uid);
    CHECK(history->first().action == u"create"_s);
    CHECK(history->first().field.isEmpty());
    CHECK(history->first().changedBy == u"anna"_s);
    CHECK(history->first().changedAt == created);
    CHECK(history->first().catalogueVersion == createdVersion);

    f.clock.advanceSecs(3600);
    const QDateTime edited = f.clock.nowUtc();
    service.name = u"Segretariato sociale comunale"_s;
    service.description = u"Ascolto e orientamento."_s;
    REQUIRE(f.repository->saveService(service, u"mario"_s).ok());

    history = f.repository->history(u"service"_s, service.uid);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    const ChangeRecord &description = history->at(1);
    const ChangeRecord &name = history->at(2);
    CHECK(description.action == u"update"_s);
    CHECK(description.field == u"description"_s);
    CHECK(description.oldValue == u"Un servizio del Comune."_s);
    CHECK(description.newValue == u"Ascolto e orientamento."_s);
    CHECK(name.field == u"name"_s);
    CHECK(name.oldValue == u"Segretariato sociale"_s);
    CHECK(name.newValue == u"Segretariato sociale comunale"_s);
    for (const ChangeRecord &change : {description, name}) {
        CHECK(change.changedBy == u"mario"_s);
        CHECK(change.changedAt == edited);
        CHECK(change.catalogueVersion == createdVersion + 1);
    }
    // The history of other entries is apart.
    auto organization = f.repository->history(u"organization"_s, u"org-comune-pioltello"_s);
    REQUIRE(organization.ok());
    REQUIRE(organization->size() == 1);
    CHECK(organization->first().action == u"create"_s);
    CHECK(f.repository->history(u"service"_s, u"svc-nope"_s)->isEmpty());
}

TEST_CASE("the places of some services are read for them alone, each once", "[storage][catalogue]")
{
    Fixture f;
    saveReferences(f);
    const Service full = fullService(); // the Caritas, at the Caritas's and the Comune's
    const Service plain = plainService(u"svc-plain"_s, u"Anagrafe"_s); // the Comune, nowhere
    REQUIRE(f.repository->saveService(full, u"test"_s).ok());
    REQUIRE(f.repository->saveService(plain, u"test"_s).ok());

    const auto uids = [](const auto &list) {
        QStringList found;
        for (const auto &item : list)
            found.append(item.uid);
        return found;
    };
    auto places = f.repository->placesOf({f.service(plain.uid)});
    REQUIRE(places.ok());
    CHECK(uids(places->organizations) == QStringList {u"org-comune-pioltello"_s});
    CHECK(places->locations.isEmpty());

    places = f.repository->placesOf({f.service(full.uid), f.service(plain.uid)});
    REQUIRE(places.ok());
    CHECK(uids(places->organizations)
          == QStringList {full.organizationUid, u"org-comune-pioltello"_s});
    CHECK(uids(places->locations)
          == QStringList {u"loc-caritas-pioltello"_s, u"loc-comune-pioltello"_s});
    // The same as the whole catalogue's rows.
    const Location sede = f.repository->locations()->first();
    CHECK(places->locations.first().street == sede.street);
}
