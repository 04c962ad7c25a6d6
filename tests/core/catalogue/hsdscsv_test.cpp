// SPDX-License-Identifier: GPL-3.0-or-later
#include "hsdscsvfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::catalogue;
using namespace sportello::test::csvfixture;

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
    source.exportTo(folder, services::CatalogueFormat::HsdsCsv);
    // An existing folder is reused.
    source.exportTo(folder, services::CatalogueFormat::HsdsCsv);

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
    source.exportTo(csvFolder, services::CatalogueFormat::HsdsCsv);
    source.exportTo(jsonFile, services::CatalogueFormat::HsdsJson);

    Desk fromCsv(false);
    Desk fromJson(false);
    // A CSV file of the package stands for the package.
    REQUIRE(fromCsv.import(QDir(csvFolder).filePath(u"services.csv"_s)).ok());
    REQUIRE(fromJson.import(jsonFile).ok());
    CHECK(fromCsv.fingerprint() == fromJson.fingerprint());
    requireSameCatalogue(fromJson.catalogue(), fromCsv.catalogue());
}

TEST_CASE("CSV package: unknown columns and files are reported, not dropped", "[csv][hsds]")
{
    test::TempDir dir;
    const QString folder = writePackage(dir, everyField());
    const QString servicesPath = QDir(folder).filePath(u"services.csv"_s);
    QList<csv::Record> records = readTable(servicesPath);
    for (qsizetype i = 0; i < records.size(); ++i) {
        records[i].fields.append(i == 0 ? u"program_id"_s : u"prog-%1"_s.arg(i));
        records[i].fields.append(i == 0 ? u"accreditations"_s : QString()); // empty: nothing lost
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
    CHECK_FALSE(read->ignoredFields.contains(u"services.csv:accreditations"_s));
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
