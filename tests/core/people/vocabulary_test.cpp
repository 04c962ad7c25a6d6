// SPDX-License-Identifier: GPL-3.0-or-later
// The fixed vocabularies of people and sessions: unique codes, the need hierarchy, GDPR
// sensitivity and the answers every coded question of a person offers.
#include "people/vocabulary.h"

#include <QSet>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello::people;

namespace {

QStringList codesOf(const QList<Term> &terms)
{
    QStringList codes;
    for (const Term &term : terms)
        codes.append(QString::fromLatin1(term.code));
    return codes;
}

struct NamedList
{
    const char *name;
    const QList<Term> *terms;
};

QList<NamedList> allLists()
{
    return {
        {"needs", &Vocabulary::needs()},
        {"sessionTypes", &Vocabulary::sessionTypes()},
        {"sessionChannels", &Vocabulary::sessionChannels()},
        {"arrivals", &Vocabulary::arrivals()},
        {"outcomes", &Vocabulary::outcomes()},
        {"facilitationKinds", &Vocabulary::facilitationKinds()},
        {"digitalAmbiti", &Vocabulary::digitalAmbiti()},
        {"facilitationFailures", &Vocabulary::facilitationFailures()},
        {"followUpOutcomes", &Vocabulary::followUpOutcomes()},
        {"genders", &Vocabulary::genders()},
        {"citizenships", &Vocabulary::citizenships()},
        {"householdTypes", &Vocabulary::householdTypes()},
        {"employment", &Vocabulary::employment()},
        {"education", &Vocabulary::education()},
        {"contactPreferences", &Vocabulary::contactPreferences()},
        {"residences", &Vocabulary::residences()},
        {"answers", &Vocabulary::answers()},
    };
}

QList<NamedList> personLists()
{
    return {
        {"genders", &Vocabulary::genders()},
        {"citizenships", &Vocabulary::citizenships()},
        {"householdTypes", &Vocabulary::householdTypes()},
        {"employment", &Vocabulary::employment()},
        {"education", &Vocabulary::education()},
        {"contactPreferences", &Vocabulary::contactPreferences()},
        {"residences", &Vocabulary::residences()},
    };
}

} // namespace

TEST_CASE("Every vocabulary has unique, non-empty codes and labels", "[vocabulary]")
{
    for (const NamedList &list : allLists()) {
        INFO(list.name);
        REQUIRE_FALSE(list.terms->isEmpty());
        const QStringList codes = codesOf(*list.terms);
        CHECK(QSet<QString>(codes.cbegin(), codes.cend()).size() == codes.size());
        for (const Term &term : *list.terms) {
            INFO(term.code);
            CHECK(qstrlen(term.code) > 0);
            CHECK(qstrlen(term.italian) > 0);
            CHECK(qstrlen(term.english) > 0);
        }
    }
}

TEST_CASE("The session vocabularies have the taxonomy's sizes", "[vocabulary]")
{
    CHECK(codesOf(Vocabulary::sessionTypes())
          == QStringList {u"ACCOGL"_s, u"ASCOLTO"_s, u"ORIENT"_s, u"ACCOMP"_s, u"FACDIG"_s,
                          u"FOLLOWUP"_s});
    CHECK(codesOf(Vocabulary::facilitationKinds()) == QStringList {u"IND"_s, u"GRP"_s, u"ONL"_s});
    CHECK(Vocabulary::outcomes().size() == 13);
    CHECK(Vocabulary::digitalAmbiti().size() == 15);
    CHECK(Vocabulary::sessionChannels().size() == 5);
    CHECK(Vocabulary::arrivals().size() == 6);
}

TEST_CASE("Each micro-voce follows its macro-voce", "[vocabulary]")
{
    QString currentMacro;
    int macros = 0;
    for (const Term &term : Vocabulary::needs()) {
        const QString code = QString::fromLatin1(term.code);
        INFO(code.toStdString());
        if (term.group == 0) {
            CHECK_FALSE(code.contains(u'.'));
            CHECK(Vocabulary::isMacroNeed(code));
            currentMacro = code;
            ++macros;
        } else {
            REQUIRE(term.group == 1);
            CHECK_FALSE(Vocabulary::isMacroNeed(code));
            CHECK(code.startsWith(currentMacro + u'.'));
            CHECK(Vocabulary::needMacro(code) == currentMacro);
        }
    }
    CHECK(macros == 13);
}

TEST_CASE("needMacro maps micro-voci to their macro and rejects unknown codes", "[vocabulary]")
{
    CHECK(Vocabulary::needMacro(u"POV.NORED"_s) == u"POV"_s);
    CHECK(Vocabulary::needMacro(u"GIU.DETEN"_s) == u"GIU"_s);
    CHECK(Vocabulary::needMacro(u"SAL"_s) == u"SAL"_s);
    CHECK(Vocabulary::needMacro(u"XYZ.ABC"_s).isEmpty());
}

TEST_CASE("isNeed accepts the taxonomy's codes only", "[vocabulary]")
{
    CHECK(Vocabulary::isNeed(u"POV"_s));
    CHECK(Vocabulary::isNeed(u"DIG.IDENT"_s));
    CHECK(Vocabulary::isNeed(u"ALT.ALTRO"_s));
    CHECK_FALSE(Vocabulary::isNeed(u"POV.NOPE"_s));
    CHECK_FALSE(Vocabulary::isNeed(u"pov"_s));
    CHECK_FALSE(Vocabulary::isNeed(u""_s));
    CHECK_FALSE(Vocabulary::isNeed(u"ACCOGL"_s));
    CHECK_FALSE(Vocabulary::isMacroNeed(u"XYZ"_s));
}

TEST_CASE("Sensitive needs need the special-category consent, macro-voci for named people",
          "[vocabulary]")
{
    CHECK(Vocabulary::needSensitivity(u"SAL.FISICA"_s) == Sensitivity::Article9);
    CHECK(Vocabulary::needSensitivity(u"DIS.RICON"_s) == Sensitivity::Article9);
    CHECK(Vocabulary::needSensitivity(u"DIP.GIOCO"_s) == Sensitivity::Article9);
    CHECK(Vocabulary::needSensitivity(u"FAM.VIOL"_s) == Sensitivity::Article9);
    CHECK(Vocabulary::needSensitivity(u"GIU.DETEN"_s) == Sensitivity::Article10);
    CHECK(Vocabulary::needSensitivity(u"GIU.LEGALE"_s) == Sensitivity::Article10);

    // The macro-voce of a special group is itself special-category data for a named person;
    // an anonymous walk-in's may be recorded.
    CHECK(Vocabulary::needSensitivity(u"SAL"_s) == Sensitivity::Article9);
    CHECK(Vocabulary::needSensitivity(u"DIS"_s) == Sensitivity::Article9);
    CHECK(Vocabulary::needSensitivity(u"DIP"_s) == Sensitivity::Article9);
    CHECK(Vocabulary::needSensitivity(u"GIU"_s) == Sensitivity::Article10);
    for (const char *macro : {"SAL", "DIS", "DIP", "GIU"}) {
        CHECK(Vocabulary::needRequiresConsent(QString::fromLatin1(macro), true));
        CHECK_FALSE(Vocabulary::needRequiresConsent(QString::fromLatin1(macro), false));
    }
    CHECK(Vocabulary::needRequiresConsent(u"SAL.CURE"_s, false));
    CHECK(Vocabulary::needRequiresConsent(u"FAM.VIOL"_s, false));
    CHECK_FALSE(Vocabulary::needRequiresConsent(u"FAM"_s, true));
    CHECK_FALSE(Vocabulary::needRequiresConsent(u"POV.ALIM"_s, true));
    CHECK(Vocabulary::needSensitivity(u"FAM"_s) == Sensitivity::Ordinary);
    CHECK(Vocabulary::needSensitivity(u"FAM.SEPAR"_s) == Sensitivity::Ordinary);
    CHECK(Vocabulary::needSensitivity(u"POV.ALIM"_s) == Sensitivity::Ordinary);
    CHECK(Vocabulary::needSensitivity(u"NOPE"_s) == Sensitivity::Ordinary);
}

TEST_CASE("Only ALT.ALTRO requires a label", "[vocabulary]")
{
    for (const Term &term : Vocabulary::needs()) {
        const QString code = QString::fromLatin1(term.code);
        INFO(code.toStdString());
        CHECK(Vocabulary::needRequiresLabel(code) == (code == u"ALT.ALTRO"_s));
    }
}

TEST_CASE("Every coded list of a person ends with the three answers", "[vocabulary]")
{
    const QStringList answers {u"NON_CHIESTO"_s, u"NON_SA"_s, u"NON_RISPONDE"_s};
    CHECK(codesOf(Vocabulary::answers()) == answers);
    for (const NamedList &list : personLists()) {
        INFO(list.name);
        const QStringList codes = codesOf(*list.terms);
        REQUIRE(codes.size() > answers.size());
        CHECK(codes.sliced(codes.size() - answers.size()) == answers);
    }
}

TEST_CASE("Residences are the district's comuni, another comune and the answers", "[vocabulary]")
{
    const QList<Term> &residences = Vocabulary::residences();
    CHECK(Vocabulary::contains(residences, u"015175"_s));
    CHECK(Vocabulary::contains(residences, QString::fromLatin1(kOtherComune)));
    CHECK(Vocabulary::contains(residences, u"NON_SA"_s));
    CHECK_FALSE(Vocabulary::contains(residences, u"015999"_s));
    for (const Term &comune : sportello::catalogue::Taxonomy::comuni())
        CHECK(Vocabulary::contains(residences, QString::fromLatin1(comune.code)));
    CHECK(
        Vocabulary::contains(Vocabulary::contactPreferences(), QString::fromLatin1(kDoNotContact)));
}
