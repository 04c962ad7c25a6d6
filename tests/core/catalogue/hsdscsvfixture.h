// SPDX-License-Identifier: GPL-3.0-or-later
// Shared fixture of the CSV package tests.
#pragma once

#include "catalogue/csv.h"
#include "catalogue/fieldview.h"
#include "catalogue/hsdscsv.h"
#include "demo/demoprofile.h"
#include "memorysecretstore.h"
#include "services/catalogueio.h"
#include "services/deskservices.h"
#include "storage/cataloguerepository.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

namespace sportello::test::csvfixture {

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::catalogue;

using Views = QMap<QString, QMap<QString, QString>>; // uid → field → text

template<typename Entry>
inline Views views(const QList<Entry> &entries)
{
    Views result;
    for (const Entry &entry : entries)
        result.insert(entry.uid, fieldView(entry));
    return result;
}

struct CatalogueViews
{
    Views organizations;
    Views locations;
    Views services;
};

inline CatalogueViews views(const Catalogue &catalogue)
{
    return {views(catalogue.organizations), views(catalogue.locations), views(catalogue.services)};
}

// One profile with its repository; optionally seeded with the demo catalogue.
struct Desk
{
    test::TempDir dir;
    test::FakeClock clock;
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<storage::CatalogueRepository> repository;
    std::unique_ptr<services::DeskServices> services;

    explicit Desk(bool demo)
    {
        auto opened = storage::Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(opened.ok());
        profile = std::move(*opened);
        if (demo)
            REQUIRE(demo::seedDemoProfile(*profile, clock).ok());
        repository = std::make_unique<storage::CatalogueRepository>(profile->database(), clock);
        services = std::make_unique<services::DeskServices>(profile->database(), clock);
    }

    [[nodiscard]] Catalogue catalogue() const
    {
        auto organizations = repository->organizations();
        auto locations = repository->locations();
        auto offered = repository->services();
        REQUIRE(organizations.ok());
        REQUIRE(locations.ok());
        REQUIRE(offered.ok());
        return {*organizations, *locations, *offered};
    }

    Result<services::ImportReport> import(const QString &path)
    {
        return services->catalogueIo().importPath(path, u"test"_s);
    }

    void exportTo(const QString &path, services::CatalogueFormat format)
    {
        const Status status = services->catalogueIo().exportTo(path, format);
        INFO((status ? std::string() : status.error().toLogString().toStdString()));
        REQUIRE(status.ok());
    }

    // Catalogue version and row counts: what an import that fails must leave alone.
    [[nodiscard]] QList<qint64> fingerprint() const
    {
        const Catalogue c = catalogue();
        return {repository->version().value(), c.organizations.size(), c.locations.size(),
                c.services.size()};
    }
};

inline void requireSameCatalogue(const Catalogue &expected, const Catalogue &actual)
{
    const CatalogueViews a = views(expected);
    const CatalogueViews b = views(actual);
    REQUIRE(a.organizations.keys() == b.organizations.keys());
    REQUIRE(a.locations.keys() == b.locations.keys());
    REQUIRE(a.services.keys() == b.services.keys());
    for (const auto &[mine, theirs] :
         {std::pair {&a.organizations, &b.organizations}, std::pair {&a.locations, &b.locations},
          std::pair {&a.services, &b.services}}) {
        for (auto it = mine->cbegin(); it != mine->cend(); ++it) {
            for (const FieldChange &change : diffFields(it.value(), theirs->value(it.key()))) {
                INFO(QString(it.key() + u' ' + change.field).toStdString());
                CHECK(change.oldValue == change.newValue);
            }
        }
    }
}

// A catalogue that uses every field the model holds, with texts that need quoting.
inline Catalogue everyField()
{
    Organization org;
    org.uid = u"org-prova"_s;
    org.name = u"Associazione \"La Rete\", Pioltello"_s;
    org.alternateName = u"La Rete"_s;
    org.description = u"Prima riga,\nseconda riga con \"virgolette\"."_s;
    org.email = u"info@larete.example.it"_s;
    org.website = u"https://larete.example.it"_s;
    org.kind = OrganizationKind::Association;
    org.phones = {{u"02 1234567"_s, u"voice"_s, u"Centralino"_s}, {u"02 7654321"_s, u"fax"_s, {}}};
    org.demoValues = true;

    Location place;
    place.uid = u"loc-prova"_s;
    place.organizationUid = org.uid;
    place.name = u"Sede, piano terra"_s;
    place.description = u"Dietro la chiesa"_s;
    place.street = u"Via Roma, 1"_s;
    place.city = u"Pioltello"_s;
    place.postalCode = u"20096"_s;
    place.province = u"MI"_s;
    place.comuneIstat = u"015175"_s;
    place.accessibility = u"Ingresso senza gradini\n\nAscensore, bagno accessibile"_s;
    place.confidential = true;
    place.phones = {{u"+39 02 9999 0101"_s, u"cell"_s, u"Solo mattina"_s}};

    Location portal;
    portal.uid = u"loc-portale"_s;
    portal.organizationUid = org.uid;
    portal.name = u"Portale"_s;
    portal.isVirtual = true;

    Service s;
    s.uid = u"svc-prova"_s;
    s.organizationUid = org.uid;
    s.name = u"Contributo \"affitto\""_s;
    s.alternateName = u"CA"_s;
    s.description = u"Un contributo, per chi paga l'affitto.\nSeconda riga."_s;
    s.url = u"https://larete.example.it/affitto"_s;
    s.email = u"affitto@larete.example.it"_s;
    s.status = ServiceStatus::TemporarilyClosed;
    s.statusNote = u"Chiuso fino al 30/04, bando in preparazione"_s;
    s.eligibilityText = u"Residenti, con ISEE basso"_s;
    s.rules.minAge = 18;
    s.rules.maxAge = 99;
    s.rules.comuni = {u"015175"_s, u"015205"_s};
    s.rules.isee = IseeRule {IseeType::Sociosanitario, 1014050, QDate(2025, 1, 1), 2000000, 4};
    s.rules.householdAny = HouseholdMinors | HouseholdLoneParent;
    s.rules.minHouseholdSize = 3;
    s.rules.residencePermit = true;
    s.applicationSteps = {u"Prendere appuntamento"_s, u"Portare i documenti, in originale"_s};
    s.feesDescription = u"Gratuito"_s;
    s.interpretationServices = u"Mediatore culturale, arabo e francese"_s;
    s.waitTime = u"Circa 30 giorni"_s;
    s.free = true;
    s.costOptions = {{u"Quota, mensile"_s, 12.345, u"EUR"_s, u"Valore \"indicativo\""_s},
                     {{}, 0.0, u"EUR"_s, {}}};
    s.automatic = true;
    s.callWindow = {QDate(2026, 3, 1), QDate(2026, 4, 30)};
    s.languages = {{u"it"_s, u"Italiano"_s}, {u"ar"_s, u"Arabo"_s}};
    s.documents = {{u"doc-isee"_s, u"ISEE in corso di validità"_s},
                   {u"doc-contratto"_s, u"Contratto d'affitto, registrato"_s}};
    s.prerequisites = {{u"pre-spid"_s, u"SPID o CIE"_s}};
    s.channels = {{ChannelType::Online, u"Sito, con SPID"_s}, {ChannelType::Caf, {}}};
    s.categories = {u"INC.REDD"_s, u"ACC.SEGR"_s};
    s.userAreas = {u"AREA.FAMIGLIA"_s, u"AREA.POVERTA"_s};
    s.contacts = {{u"Maria Rossi"_s,
                   u"Assistente sociale"_s,
                   u"Servizi sociali"_s,
                   u"m.rossi@larete.example.it"_s,
                   {{u"02 1111111"_s, u"voice"_s, u"Interno 3"_s}}},
                  {u"Ufficio"_s, {}, {}, {}, {}}};
    s.phones = {{u"800 123 456"_s, u"voice"_s, u"Numero verde"_s}};
    ServiceAtLocation at;
    at.uid = u"sal-prova"_s;
    at.locationUid = place.uid;
    at.description = u"Su appuntamento, \"sempre\""_s;
    at.schedules = {{weekdayBit(1) | weekdayBit(3), QTime(9, 0), QTime(12, 30), QDate(2026, 1, 1),
                     QDate(2026, 12, 31), u"Mattina"_s},
                    {weekdayBit(5), QTime(14, 0), QTime(16, 0), {}, {}, {}}};
    at.exceptions = {{QDate(2026, 12, 24), true, {}, {}, u"Chiuso, vigilia"_s},
                     {QDate(2026, 8, 14), false, QTime(9, 0), QTime(11, 0), u"Orario ridotto"_s}};
    ServiceAtLocation online;
    online.uid = u"sal-prova-online"_s;
    online.locationUid = portal.uid;
    s.locations = {at, online};
    s.sourceUrl = u"https://comune.pioltello.mi.it/bando"_s;
    s.verifiedOn = QDate(2026, 2, 1);
    s.verifiedBy = u"Ufficio di Piano"_s;
    s.demoValues = true;

    Service minimal;
    minimal.uid = u"svc-minimo"_s;
    minimal.organizationUid = org.uid;
    minimal.name = u"Minimo"_s;
    minimal.description = u"Solo i campi obbligatori."_s;
    minimal.categories = {u"ACC.SEGR"_s};
    minimal.userAreas = {u"AREA.MULTIUTENZA"_s};
    minimal.channels = {{ChannelType::InPerson, {}}};
    return {{org}, {place, portal}, {s, minimal}};
}

inline QString writePackage(const test::TempDir &dir, const Catalogue &catalogue)
{
    const QString folder = dir.filePath(u"package"_s);
    const Status written = hsds::writeCsvPackage(catalogue, 7, {}, folder);
    INFO((written ? std::string() : written.error().toLogString().toStdString()));
    REQUIRE(written.ok());
    return folder;
}

inline QList<csv::Record> readTable(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto records = csv::parse(file.readAll(), QFileInfo(path).fileName());
    REQUIRE(records.ok());
    return *records;
}

inline void writeTable(const QString &path, const QList<csv::Record> &records)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const csv::Record &record : records)
        file.write(csv::formatRecord(record.fields));
}

// Sets `column` of the row whose `keyColumn` is `key` in one table of the package; returns the
// row's line (after the edit, for tables whose earlier rows hold no line breaks).
inline int editCell(const QString &folder, const QString &file, const QString &keyColumn,
                    const QString &key, const QString &column, const QString &value)
{
    const QString path = QDir(folder).filePath(file);
    QList<csv::Record> records = readTable(path);
    const qsizetype keyIndex = records.first().fields.indexOf(keyColumn);
    const qsizetype index = records.first().fields.indexOf(column);
    REQUIRE(keyIndex >= 0);
    REQUIRE(index >= 0);
    for (csv::Record &record : records) {
        if (record.fields.at(keyIndex) == key) {
            record.fields[index] = value;
            writeTable(path, records);
            return record.line;
        }
    }
    FAIL("no row " << key.toStdString() << " in " << file.toStdString());
    return 0;
}

inline QString problem(FieldProblem::Code code)
{
    return QString::number(static_cast<int>(code));
}

} // namespace sportello::test::csvfixture
