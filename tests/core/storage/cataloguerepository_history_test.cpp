// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguefixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::catalogue;
using namespace sportello::test::cataloguefixture;
using storage::CatalogueRepository;

TEST_CASE("marking verified and setting the status", "[storage][catalogue]")
{
    Fixture f;
    saveReferences(f);
    const Service service = plainService(u"svc-segretariato"_s, u"Segretariato sociale"_s);
    REQUIRE(f.repository->saveService(service, u"anna"_s).ok());

    f.clock.advanceDays(10);
    REQUIRE(f.repository->markVerified(service.uid, u"Ufficio di Piano"_s, u"mario"_s).ok());
    Service loaded = f.service(service.uid);
    CHECK(loaded.verifiedOn == f.clock.today());
    CHECK(loaded.verifiedBy == u"Ufficio di Piano"_s);
    CHECK(loaded.updatedBy == u"mario"_s);
    auto history = f.repository->history(u"service"_s, service.uid);
    REQUIRE(history.ok());
    QStringList fields;
    for (const ChangeRecord &change : *history)
        fields.append(change.field);
    CHECK(fields == QStringList {QString(), u"verified_by"_s, u"verified_on"_s});
    CHECK(history->last().newValue == f.clock.today().toString(Qt::ISODate));

    REQUIRE(f.repository
                ->setStatus(service.uid, ServiceStatus::TemporarilyClosed,
                            u"Chiuso per ferie fino al 25 agosto"_s, u"mario"_s)
                .ok());
    loaded = f.service(service.uid);
    CHECK(loaded.status == ServiceStatus::TemporarilyClosed);
    CHECK(loaded.statusNote == u"Chiuso per ferie fino al 25 agosto"_s);

    REQUIRE(
        f.repository->setStatus(service.uid, ServiceStatus::Active, u"ignored"_s, u"mario"_s).ok());
    loaded = f.service(service.uid);
    CHECK(loaded.status == ServiceStatus::Active);
    CHECK(loaded.statusNote.isEmpty());

    // Closing without saying why is refused.
    const qint64 version = f.version();
    CHECK(f.repository->setStatus(service.uid, ServiceStatus::TemporarilyClosed, {}, u"mario"_s)
              .code()
          == ErrorCode::InvalidArgument);
    CHECK(f.service(service.uid).status == ServiceStatus::Active);
    CHECK(f.version() == version);

    REQUIRE(f.repository->setStatus(service.uid, ServiceStatus::Ended, {}, u"mario"_s).ok());
    CHECK(f.service(service.uid).status == ServiceStatus::Ended);

    CHECK(f.repository->markVerified(u"svc-nope"_s, u"x"_s, u"mario"_s).code()
          == ErrorCode::NotFound);
    CHECK(f.repository->setStatus(u"svc-nope"_s, ServiceStatus::Ended, {}, u"mario"_s).code()
          == ErrorCode::NotFound);
}

TEST_CASE("an invalid entry is refused and nothing is written", "[storage][catalogue]")
{
    Fixture f;
    saveReferences(f);
    REQUIRE(f.repository->saveService(fullService(), u"test"_s).ok());
    const auto counts = f.rowCounts();
    const qint64 version = f.version();
    const auto unchanged = [&] {
        CHECK(f.rowCounts() == counts);
        CHECK(f.version() == version);
    };

    SECTION("a new service with an unknown category and no name")
    {
        Service service = plainService(u"svc-new"_s, {});
        service.categories = {u"INC.NOPE"_s};
        auto saved = f.repository->saveService(service, u"test"_s);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.code() == ErrorCode::InvalidArgument);
        CHECK(saved.error().args == QStringList {u"name"_s, u"categories"_s});
        unchanged();
    }
    SECTION("an existing service made invalid keeps its stored values")
    {
        Service service = fullService();
        service.description.clear();
        service.locations.first().schedules.first().closesAt = QTime(8, 0);
        auto saved = f.repository->saveService(service, u"test"_s);
        CHECK(saved.code() == ErrorCode::InvalidArgument);
        CHECK(saved.error().args == QStringList {u"description"_s, u"schedules"_s});
        requireSameFields(fieldView(fullService()), fieldView(f.service(service.uid)));
        unchanged();
    }
    SECTION("a reduced-hours exception that closes before it opens")
    {
        Service service = fullService();
        service.locations.first().exceptions.first().closesAt = QTime(8, 0);
        CHECK(f.repository->saveService(service, u"test"_s).code() == ErrorCode::InvalidArgument);
        unchanged();
    }
    SECTION("a service at a location that does not exist")
    {
        Service service = fullService();
        service.locations.last().locationUid = u"loc-nope"_s;
        CHECK(f.repository->saveService(service, u"test"_s).code() == ErrorCode::InvalidArgument);
        unchanged();
    }
    SECTION("an organization with a bad e-mail address")
    {
        Organization organization = caritas();
        organization.email = u"abc"_s;
        auto saved = f.repository->saveOrganization(organization, u"test"_s);
        CHECK(saved.code() == ErrorCode::InvalidArgument);
        CHECK(saved.error().args == QStringList {u"email"_s});
        unchanged();
    }
    SECTION("a location of an unknown organization")
    {
        Location location = caritasSede();
        location.uid = u"loc-new"_s;
        location.organizationUid = u"org-nope"_s;
        auto saved = f.repository->saveLocation(location, u"test"_s);
        CHECK(saved.code() == ErrorCode::InvalidArgument);
        CHECK(saved.error().args == QStringList {u"organization_id"_s});
        unchanged();
    }
}

TEST_CASE("renaming a reusable document refreshes every service that lists it",
          "[storage][catalogue][search]")
{
    Fixture f;
    saveReferences(f);
    auto first = f.repository->saveService(plainService(u"svc-a"_s, u"Servizio A"_s), u"t"_s);
    auto second = f.repository->saveService(plainService(u"svc-b"_s, u"Servizio B"_s), u"t"_s);
    auto third = f.repository->saveService(fullService(), u"t"_s); // lists doc-isee too
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    REQUIRE(third.ok());
    CHECK(f.ftsMatches(u"attestazione"_s).isEmpty());

    Service renamed = plainService(u"svc-a"_s, u"Servizio A"_s);
    renamed.documents = {NamedItem {u"doc-isee"_s, u"Attestazione ISEE ordinaria"_s}};
    REQUIRE(f.repository->saveService(renamed, u"t"_s).ok());

    CHECK(f.service(u"svc-b"_s).documents
          == QList<NamedItem> {NamedItem {u"doc-isee"_s, u"Attestazione ISEE ordinaria"_s}});
    CHECK(f.service(u"svc-caritas-bollette"_s).documents.first().name
          == u"Attestazione ISEE ordinaria"_s);
    QList<qint64> expected {*first, *second, *third};
    std::sort(expected.begin(), expected.end());
    CHECK(f.ftsMatches(u"attestazione"_s) == expected);
    CHECK(f.ftsMatches(u"validita"_s).isEmpty());
    // The documents column of the search rows carries the new name.
    auto rows = f.repository->searchRows();
    REQUIRE(rows.ok());
    for (const SearchRow &row : *rows) {
        CAPTURE(row.serviceId);
        CHECK(row.columns[FieldDocuments].contains(u"Attestazione ISEE ordinaria"_s));
    }
}

TEST_CASE("renaming a reusable prerequisite refreshes every service that lists it",
          "[storage][catalogue][search]")
{
    Fixture f;
    saveReferences(f);
    // No document in common: only the prerequisite links them.
    Service a = plainService(u"svc-a"_s, u"Servizio A"_s);
    a.documents.clear();
    Service b = plainService(u"svc-b"_s, u"Servizio B"_s);
    b.documents = {NamedItem {u"doc-altro"_s, u"Altro documento"_s}};
    auto first = f.repository->saveService(a, u"t"_s);
    auto second = f.repository->saveService(b, u"t"_s);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(f.ftsMatches(u"cns"_s).isEmpty());

    Service renamed = a;
    renamed.prerequisites = {NamedItem {u"pre-spid"_s, u"Identità digitale SPID, CIE o CNS"_s}};
    REQUIRE(f.repository->saveService(renamed, u"t"_s).ok());

    CHECK(f.service(u"svc-b"_s).prerequisites.first().name
          == u"Identità digitale SPID, CIE o CNS"_s);
    CHECK(f.ftsMatches(u"cns"_s) == QList<qint64> {*first, *second});
}

TEST_CASE("renaming an organization refreshes the search text of its services",
          "[storage][catalogue][search]")
{
    Fixture f;
    saveReferences(f);
    auto id = f.repository->saveService(plainService(u"svc-a"_s, u"Servizio A"_s), u"t"_s);
    REQUIRE(id.ok());
    Organization renamed = comune();
    renamed.name = u"Città di Pioltello"_s;
    REQUIRE(f.repository->saveOrganization(renamed, u"t"_s).ok());
    CHECK(f.ftsMatches(u"citta"_s) == QList<qint64> {*id});
}

TEST_CASE("an import is all or nothing", "[storage][catalogue]")
{
    Fixture f;
    saveReferences(f);
    REQUIRE(f.repository->saveService(fullService(), u"test"_s).ok());
    const auto counts = f.rowCounts();
    const qint64 version = f.version();
    const auto storedView = fieldView(f.service(fullService().uid));

    Catalogue batch;
    Organization newOrganization = comune();
    newOrganization.uid = u"org-new"_s;
    newOrganization.name = u"Nuova associazione"_s;
    batch.organizations = {newOrganization};
    Service changed = fullService();
    changed.name = u"Nome cambiato"_s;
    batch.services = {plainService(u"svc-a"_s, u"Servizio A"_s), changed,
                      plainService(u"svc-b"_s, u"Servizio B"_s)};

    SECTION("one service fails validation")
    {
        batch.services[2].categories = {u"INC.NOPE"_s};
        auto imported = f.repository->importCatalogue(batch, u"import"_s);
        CHECK(imported.code() == ErrorCode::InvalidArgument);
    }
    SECTION("one service fails in the database, after others were written")
    {
        // Valid to the checks (a weekday bit is set) but refused by the table's CHECK.
        batch.services[2].locations = fullService().locations;
        batch.services[2].locations[0].uid = u"sal-b"_s;
        batch.services[2].locations[1].uid = u"sal-b2"_s;
        batch.services[2].locations[0].schedules[0].weekdays = 1 << 7;
        auto imported = f.repository->importCatalogue(batch, u"import"_s);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.code() == ErrorCode::ConstraintViolated);
    }
    CHECK(f.rowCounts() == counts);
    CHECK(f.version() == version);
    requireSameFields(storedView, fieldView(f.service(fullService().uid)));
    CHECK(f.repository->serviceByUid(u"svc-a"_s).code() == ErrorCode::NotFound);
    auto organizations = f.repository->organizations();
    REQUIRE(organizations.ok());
    CHECK(byUid(*organizations, u"org-new"_s) == nullptr);
}
