// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/csv.h"
#include "testhelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using catalogue::csv::Record;

namespace {
QList<Record> parsed(const QByteArray &data)
{
    auto records = catalogue::csv::parse(data, u"test.csv"_s);
    INFO((records ? std::string() : records.error().toLogString().toStdString()));
    REQUIRE(records.ok());
    return *records;
}

Error parseError(const QByteArray &data)
{
    auto records = catalogue::csv::parse(data, u"test.csv"_s);
    REQUIRE_FALSE(records.ok());
    return records.error();
}
} // namespace

TEST_CASE("csv: plain records with LF or CRLF give the same fields", "[csv]")
{
    const QList<Record> lf = parsed("id,name\na,Alfa\nb,Beta\n");
    const QList<Record> crlf = parsed("id,name\r\na,Alfa\r\nb,Beta\r\n");
    CHECK(lf == crlf);
    REQUIRE(lf.size() == 3);
    CHECK(lf.at(0).fields == QStringList {u"id"_s, u"name"_s});
    CHECK(lf.at(2).fields == QStringList {u"b"_s, u"Beta"_s});
    CHECK(lf.at(2).line == 3);
    // No final line break, and empty fields at the ends of a record.
    const QList<Record> open = parsed("a,b,c\r\n,x,");
    REQUIRE(open.size() == 2);
    CHECK(open.at(1).fields == QStringList {QString(), u"x"_s, QString()});
}

TEST_CASE("csv: quoted fields hold commas, doubled quotes and line breaks", "[csv]")
{
    const QList<Record> records = parsed("id,text,n\r\n"
                                         "1,\"Via Roma, 1\",x\r\n"
                                         "2,\"il \"\"Bonus\"\" sociale\",y\r\n"
                                         "3,\"riga uno\r\nriga due\nriga tre\",z\r\n"
                                         "4,\"\",\"\"\r\n");
    REQUIRE(records.size() == 5);
    CHECK(records.at(1).fields.at(1) == u"Via Roma, 1"_s);
    CHECK(records.at(2).fields.at(1) == u"il \"Bonus\" sociale"_s);
    // A CRLF inside a field is read as LF; line numbers count the physical lines.
    CHECK(records.at(3).fields.at(1) == u"riga uno\nriga due\nriga tre"_s);
    CHECK(records.at(3).line == 4);
    CHECK(records.at(4).line == 7);
    CHECK(records.at(4).fields == QStringList {u"4"_s, QString(), QString()});
}

TEST_CASE("csv: a UTF-8 byte-order mark and empty lines are skipped", "[csv]")
{
    const QList<Record> records = parsed("\xEF\xBB\xBFid,città\r\n\r\n1,Pioltello\r\n\r\n");
    REQUIRE(records.size() == 2);
    CHECK(records.at(0).fields.at(0) == u"id"_s);
    CHECK(records.at(0).fields.at(1) == u"città"_s);
    CHECK(records.at(1).line == 3);
    CHECK(parsed("").isEmpty());
}

TEST_CASE("csv: malformed files fail with file, line, field number and reason", "[csv]")
{
    SECTION("an unterminated quote names the line where it opens")
    {
        const Error error = parseError("id,text\r\n1,ok\r\n2,\"never closed\r\nstill open\r\n");
        CHECK(error.code == ErrorCode::ImportMalformed);
        CHECK(error.args
              == QStringList {u"test.csv"_s, u"3"_s, u"2"_s, u"unterminated quoted field"_s});
    }
    SECTION("a record with too many fields")
    {
        const Error error = parseError("id,text\n1,a\n2,b,c\n");
        CHECK(error.code == ErrorCode::ImportMalformed);
        CHECK(error.args.at(1) == u"3"_s);
        CHECK(error.args.at(2) == u"3"_s);
        CHECK(error.args.at(3).contains(u"expected 2 fields, found 3"_s));
    }
    SECTION("a record with too few fields, after a multi-line field")
    {
        const Error error = parseError("id,text\n1,\"a\nb\"\n2\n");
        CHECK(error.args.at(1) == u"4"_s);
        CHECK(error.args.at(2) == u"2"_s);
    }
    SECTION("a quote inside an unquoted field")
    {
        const Error error = parseError("id,text\n1,alto 5\" circa\n");
        CHECK(error.args.at(1) == u"2"_s);
        CHECK(error.args.at(3) == u"quote inside an unquoted field"_s);
    }
    SECTION("text after a closing quote")
    {
        const Error error = parseError("id,text\n1,\"a\"b\n");
        CHECK(error.args.at(1) == u"2"_s);
        CHECK(error.args.at(2) == u"2"_s);
    }
    SECTION("bytes that are not UTF-8")
    {
        const Error error = parseError("id,text\n1,ok\n2,caf\xE8\n");
        CHECK(error.args.at(1) == u"3"_s);
        CHECK(error.args.at(3) == u"not UTF-8 text"_s);
    }
}

TEST_CASE("csv: written records quote only what needs it and read back unchanged", "[csv]")
{
    using catalogue::csv::formatRecord;
    CHECK(formatRecord({u"a"_s, u"b c"_s, QString()}) == "a,b c,\r\n");
    CHECK(formatRecord({u"Via Roma, 1"_s}) == "\"Via Roma, 1\"\r\n");
    CHECK(formatRecord({u"5\" circa"_s}) == "\"5\"\" circa\"\r\n");
    CHECK(formatRecord({u"uno\ndue"_s, u"x\ry"_s}) == "\"uno\ndue\",\"x\ry\"\r\n");
    CHECK(formatRecord({u"città"_s}) == "citt\xC3\xA0\r\n");

    const QStringList awkward {u"\"quoted\""_s, u",,"_s,   u"a\nb\n"_s, u" spaced "_s,
                               QString(),       u"x\ry"_s, u"€ àèìòù"_s};
    const QList<Record> back = parsed(formatRecord(awkward) + formatRecord(awkward));
    REQUIRE(back.size() == 2);
    CHECK(back.at(0).fields == awkward);
    CHECK(back.at(1).line == 4); // the first record spans lines 1 to 3
}
