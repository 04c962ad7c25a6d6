// SPDX-License-Identifier: GPL-3.0-or-later
// Shared fixture of the catalogue repository tests: a profile and fully filled entries.
#pragma once

#include "catalogue/fieldview.h"
#include "connection.h"
#include "memorysecretstore.h"
#include "sql.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>

namespace sportello::test::cataloguefixture {

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;
using storage::CatalogueRepository;

// A profile in a temporary folder with the catalogue repository on it.
struct Fixture
{
    test::TempDir dir;
    test::FakeClock clock {QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<CatalogueRepository> repository;

    Fixture()
    {
        auto opened = storage::Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(opened.ok());
        profile = std::move(*opened);
        repository = std::make_unique<CatalogueRepository>(profile->database(), clock);
    }

    [[nodiscard]] storage::SqlConnection db() const
    {
        return storage::connectionOf(profile->database());
    }

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

inline Organization caritas()
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

inline Organization comune()
{
    Organization o;
    o.uid = u"org-comune-pioltello"_s;
    o.name = u"Comune di Pioltello"_s;
    o.kind = OrganizationKind::Comune;
    return o;
}

inline Location caritasSede()
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

inline Location comuneSede()
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

inline WeeklySchedule slot(int weekdays, QTime opens, QTime closes)
{
    WeeklySchedule schedule;
    schedule.weekdays = weekdays;
    schedule.opensAt = opens;
    schedule.closesAt = closes;
    return schedule;
}

// A service with every field filled, including every list.
inline Service fullService()
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
    s.interpretationServices = u"Mediatore culturale, arabo e francese"_s;
    s.waitTime = u"Circa 30 giorni"_s;
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
inline Service plainService(const QString &uid, const QString &name)
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
inline void saveReferences(Fixture &f)
{
    REQUIRE(f.repository->saveOrganization(caritas(), u"test"_s).ok());
    REQUIRE(f.repository->saveOrganization(comune(), u"test"_s).ok());
    REQUIRE(f.repository->saveLocation(caritasSede(), u"test"_s).ok());
    REQUIRE(f.repository->saveLocation(comuneSede(), u"test"_s).ok());
}

inline void requireSameFields(const QMap<QString, QString> &expected,
                              const QMap<QString, QString> &actual)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        CAPTURE(it.key());
        CHECK(actual.value(it.key()) == it.value());
    }
    CHECK(actual.keys() == expected.keys());
}

// Every field of the view holds a value, so a round trip of it proves something.
inline void requireFilled(const QMap<QString, QString> &view, const QStringList &except = {})
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
inline const Entity *byUid(const QList<Entity> &list, const QString &uid)
{
    const auto it = std::find_if(list.cbegin(), list.cend(),
                                 [&](const Entity &entity) { return entity.uid == uid; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace sportello::test::cataloguefixture
