// SPDX-License-Identifier: GPL-3.0-or-later
#include "hsdscsvfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::catalogue;
using namespace sportello::test::csvfixture;

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
