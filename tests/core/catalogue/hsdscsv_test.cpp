// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/csv.h"
#include "catalogue/fieldview.h"
#include "catalogue/hsdscsv.h"
#include "demo/demoprofile.h"
#include "storage/catalogueio.h"
#include "storage/cataloguerepository.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::catalogue;

namespace {

using Views = QMap<QString, QMap<QString, QString>>; // uid → field → text

template<typename Entry>
Views views(const QList<Entry> &entries)
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

CatalogueViews views(const Catalogue &catalogue)
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

    explicit Desk(bool demo)
    {
        auto opened = storage::Profile::open(dir.path());
        REQUIRE(opened.ok());
        profile = std::move(*opened);
        if (demo)
            REQUIRE(demo::seedDemoProfile(*profile, clock).ok());
        repository = std::make_unique<storage::CatalogueRepository>(profile->database(), clock);
    }

    [[nodiscard]] Catalogue catalogue() const
    {
        auto organizations = repository->organizations();
        auto locations = repository->locations();
        auto services = repository->services();
        REQUIRE(organizations.ok());
        REQUIRE(locations.ok());
        REQUIRE(services.ok());
        return {*organizations, *locations, *services};
    }

    Result<storage::ImportReport> import(const QString &path)
    {
        storage::CatalogueIo io(*repository);
        return io.importPath(path, u"test"_s);
    }

    void exportTo(const QString &path, storage::CatalogueFormat format)
    {
        storage::CatalogueIo io(*repository);
        const Status status = io.exportTo(path, format);
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

void requireSameCatalogue(const Catalogue &expected, const Catalogue &actual)
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
Catalogue everyField()
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

QString writePackage(const test::TempDir &dir, const Catalogue &catalogue)
{
    const QString folder = dir.filePath(u"package"_s);
    const Status written = hsds::writeCsvPackage(catalogue, 7, {}, folder);
    INFO((written ? std::string() : written.error().toLogString().toStdString()));
    REQUIRE(written.ok());
    return folder;
}

QList<csv::Record> readTable(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto records = csv::parse(file.readAll(), QFileInfo(path).fileName());
    REQUIRE(records.ok());
    return *records;
}

void writeTable(const QString &path, const QList<csv::Record> &records)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const csv::Record &record : records)
        file.write(csv::formatRecord(record.fields));
}

// Sets `column` of the row whose `keyColumn` is `key` in one table of the package; returns the
// row's line (after the edit, for tables whose earlier rows hold no line breaks).
int editCell(const QString &folder, const QString &file, const QString &keyColumn,
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

QString problem(FieldProblem::Code code)
{
    return QString::number(static_cast<int>(code));
}

} // namespace

TEST_CASE("CSV package: every field survives writing and reading", "[csv][hsds]")
{
    test::TempDir dir;
    const Catalogue original = everyField();
    const QString folder = writePackage(dir, original);
    auto read = hsds::readCsvPackage(folder, {});
    INFO((read ? std::string() : read.error().toLogString().toStdString()));
    REQUIRE(read.ok());
    CHECK(read->sourceVersion == 7);
    CHECK(read->ignoredFields.isEmpty());
    requireSameCatalogue(original, read->catalogue);
    // Beyond the field views: the places' own ids and the exact rules and costs.
    const Service &service = read->catalogue.services.first();
    CHECK(service.locations == original.services.first().locations);
    CHECK(service.rules == original.services.first().rules);
    CHECK(service.costOptions == original.services.first().costOptions);
    CHECK(service.contacts == original.services.first().contacts);
    CHECK(read->catalogue.locations.first().accessibility
          == original.locations.first().accessibility);
    // The datapackage.json path reads the same package.
    auto viaManifest = hsds::readCsvPackage(QDir(folder).filePath(u"datapackage.json"_s), {});
    REQUIRE(viaManifest.ok());
    requireSameCatalogue(original, viaManifest->catalogue);
}

TEST_CASE("CSV package: files are RFC 4180 with CRLF, no BOM, and datapackage.json lists them",
          "[csv][hsds]")
{
    test::TempDir dir;
    const QString folder = writePackage(dir, everyField());
    QFile services(QDir(folder).filePath(u"services.csv"_s));
    REQUIRE(services.open(QIODevice::ReadOnly));
    const QByteArray data = services.readAll();
    CHECK(data.startsWith("id,organization_id,name,"));
    CHECK(data.count("\r\n") >= 3);
    CHECK(data.contains("\"Contributo \"\"affitto\"\"\""));

    QFile manifest(QDir(folder).filePath(u"datapackage.json"_s));
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    const QJsonObject package = QJsonDocument::fromJson(manifest.readAll()).object();
    CHECK(package.value(u"x_catalogue_version"_s).toInteger() == 7);
    const QJsonArray resources = package.value(u"resources"_s).toArray();
    REQUIRE(resources.size() == hsds::csvTables().size());
    for (const QJsonValue &value : resources) {
        const QJsonObject resource = value.toObject();
        const QString path = resource.value(u"path"_s).toString();
        INFO(path.toStdString());
        REQUIRE(QFile::exists(QDir(folder).filePath(path)));
        QStringList declared;
        for (const QJsonValue &field : resource.value(u"schema"_s)[u"fields"_s].toArray())
            declared.append(field[u"name"_s].toString());
        CHECK(readTable(QDir(folder).filePath(path)).first().fields == declared);
    }
    for (const QString &name :
         {u"organizations.csv"_s, u"locations.csv"_s, u"addresses.csv"_s, u"phones.csv"_s,
          u"services.csv"_s, u"service_at_locations.csv"_s, u"schedules.csv"_s,
          u"required_documents.csv"_s, u"languages.csv"_s, u"cost_options.csv"_s, u"contacts.csv"_s,
          u"attributes.csv"_s, u"taxonomies.csv"_s, u"taxonomy_terms.csv"_s, u"metadata.csv"_s,
          u"x_channels.csv"_s, u"x_prerequisites.csv"_s, u"x_schedule_exceptions.csv"_s,
          u"x_eligibility.csv"_s})
        CHECK(QFile::exists(QDir(folder).filePath(name)));
    const QList<csv::Record> eligibility = readTable(QDir(folder).filePath(u"x_eligibility.csv"_s));
    REQUIRE(eligibility.size() == 2);
    CHECK(eligibility.at(1).fields.at(1) == u"015175;015205"_s);
    CHECK(eligibility.at(1).fields.at(3) == u"10140.50"_s);
}

TEST_CASE("CSV package: the demo catalogue round-trips through a second profile", "[csv][hsds]")
{
    Desk source(true);
    Desk target(false);
    const QString folder = source.dir.filePath(u"export"_s);
    source.exportTo(folder, storage::CatalogueFormat::HsdsCsv);
    // An existing folder is reused.
    source.exportTo(folder, storage::CatalogueFormat::HsdsCsv);

    auto report = target.import(folder);
    INFO((report ? std::string() : report.error().toLogString().toStdString()));
    REQUIRE(report.ok());
    const Catalogue original = source.catalogue();
    CHECK(report->summary.services == original.services.size());
    CHECK(original.services.size() > 50);
    for (const QString &field : report->ignoredFields)
        CHECK(field == u"metadata.csv"_s); // the change history stays with each desk
    requireSameCatalogue(original, target.catalogue());
}

TEST_CASE("CSV package: CSV and JSON exports re-import to the same catalogue", "[csv][hsds]")
{
    Desk source(true);
    const QString csvFolder = source.dir.filePath(u"csv"_s);
    const QString jsonFile = source.dir.filePath(u"catalogue.json"_s);
    source.exportTo(csvFolder, storage::CatalogueFormat::HsdsCsv);
    source.exportTo(jsonFile, storage::CatalogueFormat::HsdsJson);

    Desk fromCsv(false);
    Desk fromJson(false);
    // A CSV file of the package stands for the package.
    REQUIRE(fromCsv.import(QDir(csvFolder).filePath(u"services.csv"_s)).ok());
    REQUIRE(fromJson.import(jsonFile).ok());
    CHECK(fromCsv.fingerprint() == fromJson.fingerprint());
    requireSameCatalogue(fromJson.catalogue(), fromCsv.catalogue());
}

TEST_CASE("CSV package: malformed or invalid packages name file, line and field and change "
          "nothing",
          "[csv][hsds]")
{
    Desk target(true);
    const QList<qint64> before = target.fingerprint();
    test::TempDir dir;
    const QString folder = writePackage(dir, everyField());
    const auto path = [&folder](const QString &name) {
        return QDir(folder).filePath(name);
    };
    const auto importIt = [&]() {
        auto report = target.import(folder);
        REQUIRE_FALSE(report.ok());
        CHECK(target.fingerprint() == before);
        return report.error();
    };

    SECTION("unterminated quote")
    {
        QFile file(path(u"organizations.csv"_s));
        REQUIRE(file.open(QIODevice::Append));
        file.write("org-due,\"Senza fine,,,,,,\r\n");
        file.close();
        const Error error = importIt();
        CHECK(error.code == ErrorCode::ImportMalformed);
        CHECK(error.args.at(0) == u"organizations.csv"_s);
        CHECK(error.args.at(2) == u"2"_s);
        CHECK(error.args.at(3) == u"unterminated quoted field"_s);
        // The header and one organization (its description spans two lines) come first.
        CHECK(error.args.at(1) == u"4"_s);
    }
    SECTION("wrong number of columns")
    {
        QFile file(path(u"languages.csv"_s));
        REQUIRE(file.open(QIODevice::Append));
        file.write("x,svc-prova,fr\r\n");
        file.close();
        const Error error = importIt();
        CHECK(error.code == ErrorCode::ImportMalformed);
        CHECK(error.args.mid(0, 3) == QStringList {u"languages.csv"_s, u"4"_s, u"4"_s});
    }
    SECTION("missing column")
    {
        QList<csv::Record> records = readTable(path(u"x_channels.csv"_s));
        for (csv::Record &record : records)
            record.fields.removeAt(1); // service_id
        writeTable(path(u"x_channels.csv"_s), records);
        const Error error = importIt();
        CHECK(error.code == ErrorCode::ImportMalformed);
        CHECK(error.args.mid(0, 4)
              == QStringList {u"x_channels.csv"_s, u"1"_s, u"service_id"_s, u"missing column"_s});
    }
    SECTION("missing file")
    {
        REQUIRE(QFile::remove(path(u"services.csv"_s)));
        const Error error = importIt();
        CHECK(error.code == ErrorCode::ImportMalformed);
        CHECK(error.args.at(0) == u"services.csv"_s);
        CHECK(error.args.at(3) == u"missing file"_s);
    }
    SECTION("no datapackage.json")
    {
        REQUIRE(QFile::remove(path(u"datapackage.json"_s)));
        const Error error = importIt();
        CHECK(error.code == ErrorCode::ImportMalformed);
        CHECK(error.args.at(0) == u"datapackage.json"_s);
    }
    SECTION("invalid service URL")
    {
        const int line = editCell(folder, u"services.csv"_s, u"id"_s, u"svc-minimo"_s, u"url"_s,
                                  u"not a url"_s);
        const Error error = importIt();
        CHECK(error.code == ErrorCode::ImportInvalid);
        CHECK(error.args
              == QStringList {u"services.csv"_s, QString::number(line), u"url"_s,
                              problem(FieldProblem::InvalidUrl), u"not a url"_s});
        CHECK(line > 3); // after the first service's multi-line texts
    }
    SECTION("invalid phone number")
    {
        const int line = editCell(folder, u"phones.csv"_s, u"id"_s,
                                  u"organization:org-prova:phone:2"_s, u"number"_s, u"abc"_s);
        CHECK(line == 3);
        const Error error = importIt();
        CHECK(error.code == ErrorCode::ImportInvalid);
        CHECK(error.args
              == QStringList {u"phones.csv"_s, u"3"_s, u"number"_s,
                              problem(FieldProblem::InvalidPhone), u"abc"_s});
    }
    SECTION("schedule closing before it opens")
    {
        const int line = editCell(folder, u"schedules.csv"_s, u"id"_s, u"sal-prova:schedule:2"_s,
                                  u"closes_at"_s, u"13:00"_s);
        const Error error = importIt();
        CHECK(error.args
              == QStringList {u"schedules.csv"_s, QString::number(line), u"closes_at"_s,
                              problem(FieldProblem::ScheduleTimes), QString()});
    }
    SECTION("unknown taxonomy term")
    {
        const int line = editCell(folder, u"attributes.csv"_s, u"id"_s, u"svc-minimo:attribute:1"_s,
                                  u"taxonomy_term_id"_s, u"XXX.NONE"_s);
        const Error error = importIt();
        CHECK(error.args
              == QStringList {u"attributes.csv"_s, QString::number(line), u"taxonomy_term_id"_s,
                              problem(FieldProblem::UnknownCode), u"XXX.NONE"_s});
    }
    SECTION("place at an unknown location")
    {
        const int line = editCell(folder, u"service_at_locations.csv"_s, u"id"_s,
                                  u"sal-prova-online"_s, u"location_id"_s, u"loc-nowhere"_s);
        const Error error = importIt();
        CHECK(error.args
              == QStringList {u"service_at_locations.csv"_s, QString::number(line),
                              u"location_id"_s, problem(FieldProblem::UnknownReference),
                              u"loc-nowhere"_s});
    }
    SECTION("duplicate service id")
    {
        const int line = editCell(folder, u"services.csv"_s, u"id"_s, u"svc-minimo"_s, u"id"_s,
                                  u"svc-prova"_s);
        const Error error = importIt();
        CHECK(error.args
              == QStringList {u"services.csv"_s, QString::number(line), u"id"_s,
                              problem(FieldProblem::DuplicateUid), u"svc-prova"_s});
    }
    SECTION("unknown comune in the eligibility rules")
    {
        const int line = editCell(folder, u"x_eligibility.csv"_s, u"service_id"_s, u"svc-prova"_s,
                                  u"comuni"_s, u"015175;999999"_s);
        CHECK(line == 2);
        const Error error = importIt();
        CHECK(error.args
              == QStringList {u"x_eligibility.csv"_s, u"2"_s, u"comuni"_s,
                              problem(FieldProblem::UnknownCode), u"999999"_s});
    }
    SECTION("a phone for a service the package does not hold")
    {
        const int line = editCell(folder, u"phones.csv"_s, u"id"_s, u"service:svc-prova:phone:1"_s,
                                  u"service_id"_s, u"svc-altro"_s);
        const Error error = importIt();
        CHECK(error.args
              == QStringList {u"phones.csv"_s, QString::number(line), u"service_id"_s,
                              problem(FieldProblem::UnknownReference), u"svc-altro"_s});
    }
    SECTION("validation problems point at the row that holds the field")
    {
        const int line = editCell(folder, u"addresses.csv"_s, u"location_id"_s, u"loc-prova"_s,
                                  u"address_1"_s, QString());
        CHECK(importIt().args
              == QStringList {u"addresses.csv"_s, QString::number(line), u"address_1"_s,
                              problem(FieldProblem::Required), QString()});
        editCell(folder, u"organizations.csv"_s, u"id"_s, u"org-prova"_s, u"email"_s, u"x@"_s);
        CHECK(importIt().args
              == QStringList {u"organizations.csv"_s, u"2"_s, u"email"_s,
                              problem(FieldProblem::InvalidEmail), u"x@"_s});
    }
    SECTION("not a boolean")
    {
        const int line = editCell(folder, u"locations.csv"_s, u"id"_s, u"loc-portale"_s,
                                  u"x_confidential"_s, u"forse"_s);
        CHECK(line == 3);
        const Error error = importIt();
        CHECK(error.args
              == QStringList {u"locations.csv"_s, u"3"_s, u"x_confidential"_s,
                              problem(FieldProblem::ExpectedBool), u"forse"_s});
    }
}

TEST_CASE("CSV package: unknown columns and files are reported, not dropped", "[csv][hsds]")
{
    test::TempDir dir;
    const QString folder = writePackage(dir, everyField());
    const QString servicesPath = QDir(folder).filePath(u"services.csv"_s);
    QList<csv::Record> records = readTable(servicesPath);
    for (qsizetype i = 0; i < records.size(); ++i) {
        records[i].fields.append(i == 0 ? u"program_id"_s : u"prog-%1"_s.arg(i));
        records[i].fields.append(i == 0 ? u"wait_time"_s : QString()); // empty: nothing lost
    }
    writeTable(servicesPath, records);
    QFile programs(QDir(folder).filePath(u"programs.csv"_s));
    REQUIRE(programs.open(QIODevice::WriteOnly));
    programs.write("id,name\r\nprog-1,Programma\r\n");
    programs.close();

    auto read = hsds::readCsvPackage(folder, {});
    INFO((read ? std::string() : read.error().toLogString().toStdString()));
    REQUIRE(read.ok());
    CHECK(read->ignoredFields.contains(u"services.csv:program_id"_s));
    CHECK(read->ignoredFields.contains(u"programs.csv"_s));
    CHECK_FALSE(read->ignoredFields.contains(u"services.csv:wait_time"_s));
    CHECK(read->ignoredFields.size() == 2);
    requireSameCatalogue(everyField(), read->catalogue);
}

TEST_CASE("CSV package: tolerant reading of what other tools write", "[csv][hsds]")
{
    test::TempDir dir;
    const QString folder = writePackage(dir, everyField());
    // LF line ends and a byte-order mark, as some editors save.
    const QString path = QDir(folder).filePath(u"organizations.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray data = file.readAll();
    file.close();
    data.replace("\r\n", "\n");
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("\xEF\xBB\xBF" + data);
    file.close();
    // Optional tables may be left out.
    REQUIRE(QFile::remove(QDir(folder).filePath(u"x_prerequisites.csv"_s)));
    QFile manifest(QDir(folder).filePath(u"datapackage.json"_s));
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    QJsonObject package = QJsonDocument::fromJson(manifest.readAll()).object();
    manifest.close();
    QJsonArray resources = package.value(u"resources"_s).toArray();
    for (qsizetype i = 0; i < resources.size(); ++i) {
        if (resources.at(i)[u"name"_s].toString() == u"x_prerequisites"_s)
            resources.removeAt(i--);
    }
    package.insert(u"resources"_s, resources);
    REQUIRE(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifest.write(QJsonDocument(package).toJson());
    manifest.close();

    auto read = hsds::readCsvPackage(folder, {});
    INFO((read ? std::string() : read.error().toLogString().toStdString()));
    REQUIRE(read.ok());
    Catalogue expected = everyField();
    expected.services.first().prerequisites.clear();
    requireSameCatalogue(expected, read->catalogue);
}
