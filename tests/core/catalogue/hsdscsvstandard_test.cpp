// SPDX-License-Identifier: GPL-3.0-or-later
// A standard HSDS 3.x tabular package, written by hand from the published schemas, without
// Sportello's extension tables and columns: what maps, what is listed, and bad rows.
#include "hsdscsvfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::catalogue;
using namespace sportello::test::csvfixture;

namespace {

QString packageFolder()
{
    return QString::fromUtf8(SPORTELLO_TEST_DATA_DIR) + u"/catalogue/hsds3/csv"_s;
}

// A copy of the package in `dir`, to edit.
QString copyPackage(const test::TempDir &dir)
{
    const QString folder = dir.filePath(u"package"_s);
    REQUIRE(QDir().mkpath(folder));
    const QDir source(packageFolder());
    for (const QString &name : source.entryList(QDir::Files))
        REQUIRE(QFile::copy(source.filePath(name), QDir(folder).filePath(name)));
    return folder;
}

void replaceIn(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray data = file.readAll();
    file.close();
    REQUIRE(data.contains(from));
    data.replace(from, to);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const Service &serviceOf(const Catalogue &catalogue, const QString &uid)
{
    for (const Service &service : catalogue.services) {
        if (service.uid == uid)
            return service;
    }
    FAIL("no service " << uid.toStdString());
    return catalogue.services.first();
}

} // namespace

TEST_CASE("standard CSV package: the HSDS tables map without Sportello's extensions",
          "[csv][hsds][hsds3]")
{
    auto read = hsds::readCsvPackage(packageFolder(), {});
    INFO((read ? std::string() : read.error().toLogString().toStdString()));
    REQUIRE(read.ok());
    const Catalogue &c = read->catalogue;
    REQUIRE(c.organizations.size() == 1);
    CHECK(c.organizations.first().kind == OrganizationKind::Other);
    CHECK(c.organizations.first().phones == QList<Phone> {{u"02 9532 0000"_s, u"voice"_s, {}}});

    REQUIRE(c.locations.size() == 1);
    const Location &loc = c.locations.first();
    CHECK(loc.organizationUid == u"org-caritas-rodano"_s); // from the services held there
    CHECK(loc.street == u"Via Turati 5, interno 2"_s); // the physical address, not the postal
    CHECK(loc.postalCode == u"20053"_s);
    CHECK(loc.accessibility == u"Ingresso senza gradini"_s);

    REQUIRE(c.services.size() == 2);
    const Service &parcels = serviceOf(c, u"svc-rodano-pacchi"_s);
    CHECK(parcels.alternateName == u"Pacchi"_s);
    CHECK(parcels.applicationSteps == QStringList {u"Colloquio al centro di ascolto"_s});
    CHECK(parcels.feesDescription == u"Gratuito"_s); // the deprecated `fees`
    CHECK(parcels.waitTime == u"Una settimana"_s);
    CHECK(parcels.eligibilityText == u"Famiglie di Rodano"_s);
    CHECK(parcels.rules.minAge == 18);
    CHECK(parcels.rules.comuni == QStringList {u"015185"_s}); // service area "Rodano"
    CHECK(parcels.verifiedOn == QDate(2026, 2, 10));
    CHECK(parcels.languages
          == QList<Language> {{u"it"_s, u"Italiano"_s}, {u"fr"_s, u"Francese"_s}});
    CHECK(parcels.documents
          == QList<NamedItem> {{u"doc-isee-rodano"_s, u"ISEE in corso di validità"_s}});
    CHECK(parcels.categories == QStringList {u"INC.ALIM"_s}); // through taxonomy_terms.csv
    CHECK(parcels.userAreas == QStringList {u"AREA.MULTIUTENZA"_s});
    CHECK(parcels.phones == QList<Phone> {{u"02 9532 1111"_s, u"voice"_s, u"Segreteria"_s}});
    REQUIRE(parcels.contacts.size() == 1);
    CHECK(parcels.contacts.first().name == u"Luca Verdi"_s);
    CHECK(parcels.channels
          == QList<Channel> {{ChannelType::InPerson, {}}, {ChannelType::Phone, {}}});
    REQUIRE(parcels.locations.size() == 1);
    CHECK(parcels.locations.first().schedules
          == QList<WeeklySchedule> {{weekdayBit(Qt::Monday) | weekdayBit(Qt::Thursday),
                                     QTime(9, 0),
                                     QTime(11, 30),
                                     QDate(2026, 1, 1),
                                     {},
                                     u"Distribuzione"_s}});

    const Service &homework = serviceOf(c, u"svc-rodano-compiti"_s);
    CHECK(homework.description == u"Aiuto compiti"_s);
    CHECK(homework.status == ServiceStatus::TemporarilyClosed);
    CHECK(homework.statusNote == u"Riprende a settembre"_s);
    CHECK(homework.rules.minAge == 6);
    CHECK(homework.rules.maxAge == 14);
    CHECK(homework.categories == QStringList {u"ACC.SEGR"_s});
    CHECK(homework.costOptions
          == QList<CostOption> {{u"Quota annuale"_s, 10.0, u"EUR"_s, u"Per l'assicurazione"_s}});
    // The service's own hours are its hours at its one place.
    REQUIRE(homework.locations.size() == 1);
    CHECK(homework.locations.first().schedules
          == QList<WeeklySchedule> {
              {weekdayBit(Qt::Monday) | weekdayBit(Qt::Wednesday) | weekdayBit(Qt::Friday),
               QTime(15, 0),
               QTime(17, 0),
               {},
               {},
               {}}});

    CHECK(sorted(read->unsupportedValues)
          == QStringList {u"languages.csv:5"_s, u"schedules.csv:3"_s});
    CHECK(sorted(read->ignoredFields)
          == QStringList {u"addresses.csv:2"_s, u"addresses.csv:region"_s, u"attributes.csv:3"_s,
                          u"attributes.csv:4"_s, u"contacts.csv:3"_s,
                          u"cost_options.csv:valid_from"_s, u"funding.csv"_s, u"languages.csv:4"_s,
                          u"locations.csv:latitude"_s, u"locations.csv:longitude"_s,
                          u"phones.csv:4"_s, u"schedules.csv:5"_s, u"service_areas.csv:3"_s});
}

TEST_CASE("standard CSV package: bad rows name file, line and column and import nothing",
          "[csv][hsds][hsds3]")
{
    Desk desk(false);
    auto first = desk.import(packageFolder());
    INFO((first ? std::string() : first.error().toLogString().toStdString()));
    REQUIRE(first.ok());
    CHECK(first->unsupportedValues.contains(u"schedules.csv:3"_s));
    const QList<qint64> before = desk.fingerprint();

    struct Case
    {
        QString file;
        QByteArray from;
        QByteArray to;
        QStringList args; // file, line, column, problem, value
    };
    const Case cases[] = {
        {u"schedules.csv"_s,
         "09:00:00,11:30:00",
         "nove,11:30:00",
         {u"schedules.csv"_s, u"2"_s, u"opens_at"_s, QString::number(FieldProblem::InvalidTime),
          u"nove"_s}},
        {u"services.csv"_s,
         "Famiglie di Rodano,18,",
         "Famiglie di Rodano,diciotto,",
         {u"services.csv"_s, u"2"_s, u"minimum_age"_s, QString::number(FieldProblem::OutOfRange),
          u"0–130"_s}},
        {u"phones.csv"_s,
         "ph-3,,,,,sal-pacchi,",
         "ph-3,,,,,,",
         {u"phones.csv"_s, u"4"_s, u"service_id"_s, QString::number(FieldProblem::Required), {}}},
        {u"schedules.csv"_s,
         "sch-3,svc-rodano-compiti,",
         "sch-3,svc-altrove,",
         {u"schedules.csv"_s, u"4"_s, u"service_id"_s,
          QString::number(FieldProblem::UnknownReference), u"svc-altrove"_s}},
    };
    for (const Case &c : cases) {
        CAPTURE(c.file, c.to.toStdString());
        test::TempDir dir;
        const QString folder = copyPackage(dir);
        replaceIn(QDir(folder).filePath(c.file), c.from, c.to);
        auto report = desk.import(folder);
        REQUIRE_FALSE(report.ok());
        INFO(report.error().toLogString().toStdString());
        CHECK(report.code() == ErrorCode::ImportInvalid);
        CHECK(report.error().args == c.args);
        CHECK(desk.fingerprint() == before);
    }
}

TEST_CASE("standard CSV package: Sportello's own package still needs its own columns",
          "[csv][hsds][hsds3]")
{
    // With x_sportello_format the package is Sportello's: a document without x_document_id is
    // a malformed file, not a standard row.
    test::TempDir dir;
    const QString folder = copyPackage(dir);
    replaceIn(QDir(folder).filePath(u"datapackage.json"_s), "\"name\": \"caritas-rodano\"",
              "\"name\": \"caritas-rodano\", \"x_sportello_format\": 1");
    auto read = hsds::readCsvPackage(folder, {});
    REQUIRE_FALSE(read.ok());
    CHECK(read.code() == ErrorCode::ImportMalformed);
    CHECK(read.error().args
          == QStringList {u"required_documents.csv"_s, u"1"_s, u"x_document_id"_s,
                          u"missing column"_s});
}
