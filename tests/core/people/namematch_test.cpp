// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/namematch.h"
#include "testhelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello::people;

namespace {
const QList<NameCandidate> kPeople = {
    {1, u"Mario"_s, u"Rossi"_s, 1980},         {2, u"Nicolò"_s, u"D'Amico"_s, 1975},
    {3, u"Maria Grazia"_s, u"Esposito"_s, {}}, {4, u"Ada"_s, u"Bianchi"_s, 1990},
    {5, u"Mario"_s, u"Rossi"_s, 1955},         {6, u"Giuseppe"_s, u"Verdi"_s, 1962},
};

QList<qint64> ids(const QList<DuplicateMatch> &matches)
{
    QList<qint64> list;
    for (const DuplicateMatch &match : matches)
        list.append(match.personId);
    return list;
}
} // namespace

TEST_CASE("names are compared without accents, case, spaces or apostrophes", "[people]")
{
    CHECK(compactName(u"D'Amico"_s) == u"damico"_s);
    CHECK(compactName(u"  Nicolò  "_s) == u"nicolo"_s);
    CHECK(compactName(u"Maria Grazia"_s) == u"mariagrazia"_s);
    CHECK(editDistance(u"rossi"_s, u"rosi"_s) == 1);
    CHECK(editDistance(u"verdi"_s, u"vedri"_s) == 1); // transposition
    CHECK(editDistance(u"mario"_s, u"luigi"_s) == 5);
}

TEST_CASE("the same person spelled differently is offered as a possible duplicate", "[people]")
{
    const auto accents = findPossibleDuplicates(u"Nicolo"_s, u"DAMICO"_s, 1975, kPeople);
    REQUIRE(ids(accents) == QList<qint64> {2});
    CHECK(accents.first().kind == DuplicateMatch::SameName);
    CHECK(accents.first().sameBirthYear);

    const auto swapped = findPossibleDuplicates(u"Rossi"_s, u"Mario"_s, 1980, kPeople);
    CHECK(ids(swapped) == QList<qint64> {1});

    const auto typo = findPossibleDuplicates(u"Mario"_s, u"Rosi"_s, 1980, kPeople);
    REQUIRE(ids(typo) == QList<qint64> {1});
    CHECK(typo.first().kind == DuplicateMatch::SimilarName);

    const auto transposed = findPossibleDuplicates(u"Giusepep"_s, u"Vedri"_s, {}, kPeople);
    CHECK(ids(transposed) == QList<qint64> {6});

    const auto split = findPossibleDuplicates(u"Maria"_s, u"Grazia Esposito"_s, 1970, kPeople);
    CHECK(ids(split) == QList<qint64> {3}); // no recorded year: not a contradiction
}

TEST_CASE("different people are not offered", "[people]")
{
    // Another Mario Rossi, 25 years apart: the birth year tells them apart.
    CHECK(ids(findPossibleDuplicates(u"Mario"_s, u"Rossi"_s, 1980, kPeople)) == QList<qint64> {1});
    // Without a year both are offered, exact matches first.
    CHECK(ids(findPossibleDuplicates(u"Mario"_s, u"Rossi"_s, {}, kPeople)) == QList<qint64> {1, 5});
    // One letter changes a short name into another.
    CHECK(findPossibleDuplicates(u"Eda"_s, u"Bianchi"_s, 1990, kPeople).isEmpty());
    CHECK(findPossibleDuplicates(u"Luigi"_s, u"Neri"_s, {}, kPeople).isEmpty());
    CHECK(findPossibleDuplicates(QString(), QString(), {}, kPeople).isEmpty());
}
