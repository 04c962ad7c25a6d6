// SPDX-License-Identifier: GPL-3.0-or-later
// From a need to the catalogue categories that answer it, and the counter's words for needs.
#include "catalogue/taxonomy.h"
#include "people/needcategories.h"
#include "people/vocabulary.h"

#include <QSet>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::people;

TEST_CASE("every need maps to existing catalogue categories", "[people][needs]")
{
    for (const Term &need : Vocabulary::needs()) {
        const QString code = QString::fromLatin1(need.code);
        const QStringList categories = catalogueCategoriesFor(code);
        INFO(code.toStdString());
        CHECK_FALSE(categories.isEmpty());
        CHECK(categories.size() == QSet<QString>(categories.cbegin(), categories.cend()).size());
        for (const QString &category : categories) {
            INFO(category.toStdString());
            CHECK(catalogue::Taxonomy::find(catalogue::Taxonomy::categories(), category)
                  != nullptr);
        }
    }
}

TEST_CASE("needs map to the categories the counter expects", "[people][needs]")
{
    CHECK(catalogueCategoriesFor(u"POV.UTENZE"_s).first() == u"INC.UTENZE"_s);
    CHECK(catalogueCategoriesFor(u"POV.ALIM"_s) == QStringList {u"INC.ALIM"_s});
    CHECK(catalogueCategoriesFor(u"CAS.AFFITTO"_s) == QStringList {u"INC.CASA"_s});
    CHECK(catalogueCategoriesFor(u"CAS.SENZA"_s).contains(u"RES.ACCOGL"_s));
    CHECK(catalogueCategoriesFor(u"OCC.DISOCC"_s) == QStringList {u"INC.LAVORO"_s, u"INC.REDD"_s});
    CHECK(catalogueCategoriesFor(u"DIG.IDENT"_s) == QStringList {u"INC.DIGIT"_s});
    CHECK(catalogueCategoriesFor(u"IMM.RICONG"_s) == QStringList {u"INC.LEGALE"_s, u"INC.DOC"_s});
    CHECK(catalogueCategoriesFor(u"SAL.MENTALE"_s) == QStringList {u"INC.SALUTE"_s});
    CHECK(catalogueCategoriesFor(u"DIS.SENSOR"_s) == QStringList {u"DOM.NONAUT"_s, u"INC.DOC"_s});
    CHECK(catalogueCategoriesFor(u"FAM.VIOL"_s).first() == u"INC.LEGALE"_s);
    // A macro-voce has its own mapping.
    CHECK(catalogueCategoriesFor(u"CAS"_s) == QStringList {u"INC.CASA"_s});
}

TEST_CASE("unknown needs map to nothing", "[people][needs]")
{
    CHECK(catalogueCategoriesFor(u"XYZ"_s).isEmpty());
    CHECK(catalogueCategoriesFor(u"POV.NONE"_s).isEmpty());
    CHECK(catalogueCategoriesFor({}).isEmpty());
    CHECK(needKeywords(u"XYZ"_s).isEmpty());
}

TEST_CASE("the counter's words find needs their labels do not name", "[people][needs]")
{
    CHECK(needKeywords(u"POV.UTENZE"_s).contains(u"bollette"_s));
    CHECK(needKeywords(u"CAS.AFFITTO"_s).contains(u"casa"_s));
    CHECK(needKeywords(u"DIG.IDENT"_s).contains(u"spid"_s));
    for (const Term &need : Vocabulary::needs()) {
        for (const QString &word : needKeywords(QString::fromLatin1(need.code))) {
            INFO(word.toStdString());
            CHECK(word == word.toLower());
            CHECK_FALSE(word.contains(u' '));
        }
    }
}
