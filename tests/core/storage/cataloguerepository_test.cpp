// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/fieldview.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "storage/sql.h"
#include "testhelpers.h"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::catalogue;
using storage::CatalogueRepository;

namespace {

// A profile in a temporary folder with the catalogue repository on it.
struct Fixture
{
    test::TempDir dir;
    test::FakeClock clock {QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<CatalogueRepository> repository;

    Fixture()
    {
        auto opened = storage::Profile::open(dir.path());
        REQUIRE(opened.ok());
        profile = std::move(*opened);
        repository = std::make_unique<CatalogueRepository>(profile->database(), clock);
    }

    [[nodiscard]] QSqlDatabase db() const { return profile->database().connection(); }

    [[nodiscard]] qint64 version() const
    {
        auto value = repository->version();
        REQUIRE(value.ok());
        return *value;
    }

    [[nodiscard]] Service service(const QString &uid) const
    {
        auto found = repository->serviceByUid(uid);
        INFO(uid.toStdString());
        REQUIRE(found.ok());
        return *found;
    }

    // Row counts of every catalogue table: a failed write must leave them all as they were.
    [[nodiscard]] QMap<QString, qint64> rowCounts() const
    {
        QMap<QString, qint64> counts;
        for (const QString &table :
             {u"organizations"_s, u"locations"_s, u"services"_s, u"service_terms"_s, u"documents"_s,
              u"service_documents"_s, u"prerequisites"_s, u"service_prerequisites"_s,
              u"service_at_location"_s, u"schedules"_s, u"schedule_exceptions"_s,
              u"catalogue_changes"_s, u"catalogue_fts"_s}) {
            auto count = storage::scalar(db(), u"SELECT count(*) FROM "_s + table);
            REQUIRE(count.ok());
            counts.insert(table, count->toLongLong());
        }
        return counts;
    }

    // The services whose search text matches an FTS5 query.
    [[nodiscard]] QList<qint64> ftsMatches(const QString &query) const
    {
        auto rows = storage::run(
            db(), u"SELECT rowid FROM catalogue_fts WHERE catalogue_fts MATCH ? ORDER BY rowid"_s,
            {query});
        REQUIRE(rows.ok());
        QList<qint64> ids;
        while (rows->next())
            ids.append(rows->value(0).toLongLong());
        return ids;
    }
};

Organization caritas()
{
    Organization o;
    o.uid = u"org-caritas-pioltello"_s;
    o.name = u"Caritas Pioltello"_s;
    o.alternateName = u"Caritas"_s;
    o.description = u"Centro di ascolto della comunità pastorale."_s;
    o.email = u"ascolto@caritaspioltello.it"_s;
    o.website = u"https://www.caritasambrosiana.it"_s;
    o.kind = OrganizationKind::Caritas;
    o.phones = {Phone {u"02 9999 0101"_s, u"voice"_s, u"Centralino"_s},
                Phone {u"+39 333 1234567"_s, u"cell"_s, u"Referente"_s}};
    o.demoValues = true;
    return o;
}

Organization comune()
{
    Organization o;
    o.uid = u"org-comune-pioltello"_s;
    o.name = u"Comune di Pioltello"_s;
    o.kind = OrganizationKind::Comune;
    return o;
}

Location caritasSede()
{
    Location l;
    l.uid = u"loc-caritas-pioltello"_s;
    l.organizationUid = u"org-caritas-pioltello"_s;
    l.name = u"Sede Caritas"_s;
    l.description = u"Nel cortile della parrocchia, porta a sinistra."_s;
    l.street = u"Via San Francesco 3"_s;
    l.city = u"Pioltello"_s;
    l.postalCode = u"20096"_s;
    l.province = u"MI"_s;
    l.country = u"IT"_s;
    l.comuneIstat = u"015175"_s;
    l.accessibility = u"Ingresso senza gradini\nBagno accessibile"_s;
    l.confidential = true;
    l.phones = {Phone {u"02 9999 0102"_s, u"voice"_s, u"Segreteria"_s}};
    l.demoValues = true;
    return l;
}

Location comuneSede()
{
    Location l;
    l.uid = u"loc-comune-pioltello"_s;
    l.organizationUid = u"org-comune-pioltello"_s;
    l.name = u"Servizi sociali"_s;
    l.street = u"Via Cattaneo 1"_s;
    l.city = u"Pioltello"_s;
    l.comuneIstat = u"015175"_s;
    return l;
}

WeeklySchedule slot(int weekdays, QTime opens, QTime closes)
{
    WeeklySchedule schedule;
    schedule.weekdays = weekdays;
    schedule.opensAt = opens;
    schedule.closesAt = closes;
    return schedule;
}

// A service with every field filled, including every list.
Service fullService()
{
    Service s;
    s.uid = u"svc-caritas-bollette"_s;
    s.organizationUid = u"org-caritas-pioltello"_s;
    s.name = u"Aiuto per bollette e affitto"_s;
    s.alternateName = u"Fondo bollette"_s;
    s.description = u"Un contributo una tantum per bollette o affitto arretrati."_s;
    s.url = u"https://www.caritasambrosiana.it/bollette"_s;
    s.email = u"fondo@caritaspioltello.it"_s;
    s.status = ServiceStatus::TemporarilyClosed;
    s.statusNote = u"Fondo esaurito fino al 31 marzo"_s;
    s.eligibilityText = u"Famiglie residenti con ISEE basso, dopo un colloquio."_s;
    s.rules.minAge = 18;
    s.rules.maxAge = 99;
    s.rules.comuni = {u"015175"_s, u"015205"_s};
    s.rules.isee = IseeRule {IseeType::Ordinario, 953000, QDate(2024, 1, 1), 2000000, 4};
    s.rules.householdAny = HouseholdMinors | HouseholdMember65;
    s.rules.minHouseholdSize = 2;
    s.rules.residencePermit = true;
    s.applicationSteps
        = {u"Fissa un colloquio al centro di ascolto"_s, u"Porta le bollette non pagate"_s};
    s.feesDescription = u"Gratuito"_s;
    s.free = true;
    s.costOptions = {CostOption {u"Tessera"_s, 2.5, u"EUR"_s, u"Una volta all'anno"_s}};
    s.automatic = true;
    s.callWindow = CallWindow {QDate(2026, 3, 1), QDate(2026, 4, 30)};
    s.languages = {Language {u"it"_s, u"Italiano"_s}, Language {u"ar"_s, u"Arabo"_s}};
    s.documents = {NamedItem {u"doc-isee"_s, u"ISEE in corso di validità"_s},
                   NamedItem {u"doc-bollette"_s, u"Bollette non pagate"_s}};
    s.prerequisites = {NamedItem {u"pre-colloquio"_s, u"Colloquio al centro di ascolto"_s}};
    s.channels = {Channel {ChannelType::InPerson, u"Su appuntamento"_s},
                  Channel {ChannelType::Phone, u"Il martedì mattina"_s}};
    s.categories = {u"INC.CONTR"_s, u"INC.UTENZE"_s};
    s.userAreas = {u"AREA.FAMIGLIA"_s, u"AREA.POVERTA"_s};
    s.contacts = {Contact {u"Anna Bianchi"_s,
                           u"Coordinatrice"_s,
                           u"Centro di ascolto"_s,
                           u"anna@caritaspioltello.it"_s,
                           {Phone {u"333 7654321"_s, u"cell"_s, {}}}}};
    s.phones = {Phone {u"02 9999 0103"_s, u"voice"_s, u"Fondo"_s}};
    ServiceAtLocation sede;
    sede.uid = u"sal-bollette-caritas"_s;
    sede.locationUid = u"loc-caritas-pioltello"_s;
    sede.description = u"Colloqui su appuntamento"_s;
    WeeklySchedule tuesday = slot(1 << 1, QTime(9, 0), QTime(12, 0));
    tuesday.validFrom = QDate(2026, 1, 1);
    tuesday.validTo = QDate(2026, 12, 31);
    tuesday.description = u"Mattina"_s;
    sede.schedules = {tuesday, slot(1 << 3, QTime(15, 0), QTime(18, 30))};
    sede.exceptions
        = {ScheduleException {QDate(2026, 8, 14), false, QTime(9, 0), QTime(11, 0), u"Ridotto"_s},
           ScheduleException {QDate(2026, 12, 24), true, {}, {}, u"Chiuso"_s}};
    ServiceAtLocation comune;
    comune.uid = u"sal-bollette-comune"_s;
    comune.locationUid = u"loc-comune-pioltello"_s;
    comune.description = u"Su segnalazione dei servizi sociali"_s;
    comune.schedules = {slot(1 << 0 | 1 << 2, QTime(9, 0), QTime(12, 0))};
    s.locations = {sede, comune};
    s.sourceUrl = u"https://www.caritasambrosiana.it/fonte"_s;
    s.verifiedOn = QDate(2026, 2, 15);
    s.verifiedBy = u"Sportello Caritas Pioltello"_s;
    s.demoValues = true;
    return s;
}

// A plain service that lists the reusable ISEE document.
Service plainService(const QString &uid, const QString &name)
{
    Service s;
    s.uid = uid;
    s.organizationUid = u"org-comune-pioltello"_s;
    s.name = name;
    s.description = u"Un servizio del Comune."_s;
    s.categories = {u"ACC.SEGR"_s};
    s.userAreas = {u"AREA.MULTIUTENZA"_s};
    s.channels = {Channel {ChannelType::InPerson, {}}};
    s.documents = {NamedItem {u"doc-isee"_s, u"ISEE in corso di validità"_s}};
    s.prerequisites = {NamedItem {u"pre-spid"_s, u"SPID o CIE"_s}};
    return s;
}

// Saves the organizations and locations the services above refer to.
void saveReferences(Fixture &f)
{
    REQUIRE(f.repository->saveOrganization(caritas(), u"test"_s).ok());
    REQUIRE(f.repository->saveOrganization(comune(), u"test"_s).ok());
    REQUIRE(f.repository->saveLocation(caritasSede(), u"test"_s).ok());
    REQUIRE(f.repository->saveLocation(comuneSede(), u"test"_s).ok());
}

void requireSameFields(const QMap<QString, QString> &expected, const QMap<QString, QString> &actual)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        CAPTURE(it.key());
        CHECK(actual.value(it.key()) == it.value());
    }
    CHECK(actual.keys() == expected.keys());
}

// Every field of the view holds a value, so a round trip of it proves something.
void requireFilled(const QMap<QString, QString> &view, const QStringList &except = {})
{
    for (auto it = view.cbegin(); it != view.cend(); ++it) {
        if (except.contains(it.key()))
            continue;
        CAPTURE(it.key());
        CHECK_FALSE(it.value().isEmpty());
        CHECK(it.value() != u"0"_s);
        CHECK(it.value() != u"[]"_s);
        CHECK(it.value() != u"{}"_s);
    }
}

template<typename Entity>
const Entity *byUid(const QList<Entity> &list, const QString &uid)
{
    const auto it = std::find_if(list.cbegin(), list.cend(),
                                 [&](const Entity &entity) { return entity.uid == uid; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

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
