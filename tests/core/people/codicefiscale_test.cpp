// SPDX-License-Identifier: GPL-3.0-or-later
// parseCodiceFiscale on codes whose check characters were computed independently beforehand.
#include "people/codicefiscale.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::people;

namespace {

const QDate kToday(2026, 3, 15);

// The problem a refused code reports, or -1 when the code was accepted.
int problemOf(const QString &code, const QDate &today = kToday)
{
    const auto parsed = parseCodiceFiscale(code, today);
    if (parsed.ok())
        return -1;
    REQUIRE(parsed.code() == ErrorCode::InvalidArgument);
    REQUIRE(parsed.error().args.size() == 1);
    return parsed.error().args.constFirst().toInt();
}

int number(CodiceFiscaleProblem problem)
{
    return static_cast<int>(problem);
}

} // namespace

TEST_CASE("A valid codice fiscale gives birth date, gender and birthplace", "[people]")
{
    const auto mario = parseCodiceFiscale(u"RSSMRA80A01H501U"_s, kToday);
    REQUIRE(mario.ok());
    CHECK(mario->normalized == u"RSSMRA80A01H501U"_s);
    CHECK(mario->birthDate == QDate(1980, 1, 1));
    CHECK(mario->gender == 'M');
    CHECK(mario->birthplaceCode == u"H501"_s);
    CHECK_FALSE(mario->omocodia);

    const auto bagnoARipoli = parseCodiceFiscale(u"RSSMRA85T10A562S"_s, kToday);
    REQUIRE(bagnoARipoli.ok());
    CHECK(bagnoARipoli->birthDate == QDate(1985, 12, 10));
    CHECK(bagnoARipoli->birthplaceCode == u"A562"_s);
}

TEST_CASE("A woman's day is increased by 40", "[people]")
{
    const auto laura = parseCodiceFiscale(u"BNCLRA85M52F205I"_s, kToday);
    REQUIRE(laura.ok());
    CHECK(laura->gender == 'F');
    CHECK(laura->birthDate == QDate(1985, 8, 12));
    CHECK(laura->birthplaceCode == u"F205"_s);
}

TEST_CASE("A person born abroad has a Z birthplace code", "[people]")
{
    const auto john = parseCodiceFiscale(u"SMTJHN70C15Z404A"_s, kToday);
    REQUIRE(john.ok());
    CHECK(john->birthplaceCode == u"Z404"_s);
    CHECK(john->birthDate == QDate(1970, 3, 15));
}

TEST_CASE("Lowercase and spaces are normalized", "[people]")
{
    CHECK(normalizeCodiceFiscale(u"  rssmra 80a01\th501u \n"_s) == u"RSSMRA80A01H501U"_s);
    const auto parsed = parseCodiceFiscale(u" rss mra 80a01 h501u "_s, kToday);
    REQUIRE(parsed.ok());
    CHECK(parsed->normalized == u"RSSMRA80A01H501U"_s);
    CHECK(parsed->birthDate == QDate(1980, 1, 1));
}

TEST_CASE("Malformed codes are refused with their problem", "[people]")
{
    CHECK(problemOf(u""_s) == number(CodiceFiscaleProblem::Empty));
    CHECK(problemOf(u"   "_s) == number(CodiceFiscaleProblem::Empty));
    CHECK(problemOf(u"RSSMRA80A01H501"_s) == number(CodiceFiscaleProblem::WrongLength));
    CHECK(problemOf(u"RSSMRA80A01H501UX"_s) == number(CodiceFiscaleProblem::WrongLength));
    // Letter O where a digit belongs (O is no omocodia letter), a digit where a letter belongs.
    CHECK(problemOf(u"RSSMRA8OA01H501U"_s) == number(CodiceFiscaleProblem::BadCharacters));
    CHECK(problemOf(u"RSSMR480A01H501U"_s) == number(CodiceFiscaleProblem::BadCharacters));
    CHECK(problemOf(u"RSSMRA80A01H501-"_s) == number(CodiceFiscaleProblem::BadCharacters));
}

TEST_CASE("A wrong check character is refused", "[people]")
{
    CHECK(problemOf(u"RSSMRA80A01H501X"_s) == number(CodiceFiscaleProblem::BadCheckCharacter));
    CHECK(problemOf(u"RSSMRA80A01H502U"_s) == number(CodiceFiscaleProblem::BadCheckCharacter));
}

TEST_CASE("Impossible dates are refused", "[people]")
{
    // Each with its correct check character, so only the date is wrong.
    CHECK(problemOf(u"RSSMRA80F01H501G"_s) == number(CodiceFiscaleProblem::BadDate)); // month F
    CHECK(problemOf(u"RSSMRA80B31H501W"_s) == number(CodiceFiscaleProblem::BadDate)); // 31 Feb
    CHECK(problemOf(u"RSSMRA80A00H501V"_s) == number(CodiceFiscaleProblem::BadDate)); // day 0
}

TEST_CASE("Omocodia letters stand for digits", "[people]")
{
    // Last digit replaced (1 → M), check character recomputed.
    const auto one = parseCodiceFiscale(u"RSSMRA80A01H50MM"_s, kToday);
    REQUIRE(one.ok());
    CHECK(one->omocodia);
    CHECK(one->birthDate == QDate(1980, 1, 1));
    CHECK(one->birthplaceCode == u"H501"_s);
    CHECK(one->normalized == u"RSSMRA80A01H50MM"_s);

    // Every digit replaced.
    const auto all = parseCodiceFiscale(u"RSSMRAULALMHRLMD"_s, kToday);
    REQUIRE(all.ok());
    CHECK(all->omocodia);
    CHECK(all->birthDate == QDate(1980, 1, 1));
    CHECK(all->gender == 'M');
    CHECK(all->birthplaceCode == u"H501"_s);

    const auto laura = parseCodiceFiscale(u"BNCLRA85M52F2LRO"_s, kToday);
    REQUIRE(laura.ok());
    CHECK(laura->omocodia);
    CHECK(laura->gender == 'F');
    CHECK(laura->birthDate == QDate(1985, 8, 12));
    CHECK(laura->birthplaceCode == u"F205"_s);

    // The original check character no longer fits once a digit became a letter.
    CHECK(problemOf(u"RSSMRA80A01H50MU"_s) == number(CodiceFiscaleProblem::BadCheckCharacter));
}

TEST_CASE("The century puts the birth in the past and at most 120 years ago", "[people]")
{
    const auto at = [](const QString &code, const QDate &today = kToday) {
        const auto parsed = parseCodiceFiscale(code, today);
        REQUIRE(parsed.ok());
        return parsed->birthDate;
    };
    CHECK(at(u"VRDGPP05D10L219H"_s) == QDate(2005, 4, 10));
    CHECK(at(u"VRDGPP30D10L219I"_s) == QDate(1930, 4, 10));
    // Year 26 in 2026: January is past, July would be in the future.
    CHECK(at(u"RSSMRA26A01H501M"_s) == QDate(2026, 1, 1));
    CHECK(at(u"RSSMRA26L01H501P"_s) == QDate(1926, 7, 1));
    // 29 Feb of year 00: 2100 is no leap year, so in 2100 the holder was born in 2000…
    CHECK(at(u"RSSMRA00B29H501Y"_s) == QDate(2000, 2, 29));
    CHECK(at(u"RSSMRA00B29H501Y"_s, QDate(2100, 3, 1)) == QDate(2000, 2, 29));
    // …and in 2121 that would make them 121.
    CHECK(problemOf(u"RSSMRA00B29H501Y"_s, QDate(2121, 3, 1))
          == number(CodiceFiscaleProblem::BadDate));
}
