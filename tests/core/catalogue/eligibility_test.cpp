// SPDX-License-Identifier: GPL-3.0-or-later
// evaluateEligibility on the rules of the benefits described in shared/reference/benefits.md.
#include "catalogue/eligibility.h"
#include "testhelpers.h"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace {

using Reason = EligibilityReason;

constexpr qint64 euro(qint64 amount)
{
    return amount * 100;
}

const QString kPioltello = u"015175"_s;
const QString kSegrate = u"015205"_s;
const QString kVimodrone = u"015242"_s;
const QString kRodano = u"015185"_s;
const QString kMilano = u"015146"_s;

// Assegno di Inclusione: ISEE ordinario ≤ €10,140 (2025) and a household with a minor, a
// member aged 60+ or a disabled member.
EligibilityRules adiRules()
{
    EligibilityRules rules;
    rules.isee = IseeRule {IseeType::Ordinario, euro(10140), QDate(2025, 1, 1), 0, 0};
    rules.householdAny = HouseholdMinors | HouseholdMember60 | HouseholdDisability;
    return rules;
}

// Bonus sociale luce/gas: ISEE ≤ €9,530, or ≤ €20,000 with 4 or more dependent children.
EligibilityRules bonusSocialeRules()
{
    EligibilityRules rules;
    rules.isee = IseeRule {IseeType::Ordinario, euro(9530), QDate(2024, 1, 1), euro(20000), 4};
    return rules;
}

// Carta "Dedicata a te": ISEE ≤ €15,000 and a household of 3 or more.
EligibilityRules cartaDedicataRules()
{
    EligibilityRules rules;
    rules.isee = IseeRule {IseeType::Ordinario, euro(15000), QDate(2025, 1, 1), 0, 0};
    rules.minHouseholdSize = 3;
    return rules;
}

// Supporto Formazione e Lavoro: people aged 18–59 (ISEE ≤ €6,000 in the 2023 rules).
EligibilityRules sflRules()
{
    EligibilityRules rules;
    rules.minAge = 18;
    rules.maxAge = 59;
    rules.isee = IseeRule {IseeType::Ordinario, euro(6000), QDate(2023, 9, 1), 0, 0};
    return rules;
}

// Misura B2 (FNA Lombardia): ISEE sociosanitario ≤ €25,000, severe disability, residents of
// the district.
EligibilityRules b2Rules()
{
    EligibilityRules rules;
    rules.comuni = {kPioltello, kSegrate, kVimodrone, kRodano};
    rules.isee = IseeRule {IseeType::Sociosanitario, euro(25000), QDate(2025, 1, 1), 0, 0};
    rules.householdAny = HouseholdDisability;
    return rules;
}

// Assegno Unico: non-EU citizens need a valid residence permit.
EligibilityRules assegnoUnicoRules()
{
    EligibilityRules rules;
    rules.residencePermit = true;
    return rules;
}

const Reason *find(const QList<Reason> &reasons, Reason::Code code)
{
    const auto it = std::find_if(reasons.cbegin(), reasons.cend(),
                                 [code](const Reason &reason) { return reason.code == code; });
    return it == reasons.cend() ? nullptr : &*it;
}

QList<Reason::Code> codes(const QList<Reason> &reasons)
{
    QList<Reason::Code> list;
    for (const Reason &reason : reasons)
        list.append(reason.code);
    return list;
}

PersonFacts withIsee(qint64 cents)
{
    PersonFacts facts;
    facts.iseeCents = cents;
    return facts;
}

} // namespace

TEST_CASE("ADI: an ISEE of exactly 10,140.00 euro is within the ceiling",
          "[catalogue][eligibility]")
{
    PersonFacts facts = withIsee(euro(10140));
    facts.setHousehold(HouseholdMinors, true);
    const EligibilityResult result = evaluateEligibility(adiRules(), false, facts);
    CHECK(result.verdict == Verdict::LikelyEligible);
    CHECK(result.failed.isEmpty());
    CHECK(result.missing.isEmpty());
    const Reason *isee = find(result.passed, Reason::IseeOk);
    REQUIRE(isee != nullptr);
    CHECK(isee->a == 1014000);
    CHECK(isee->b == 1014000);
    CHECK(isee->date == QDate(2025, 1, 1));
    const Reason *household = find(result.passed, Reason::HouseholdOk);
    REQUIRE(household != nullptr);
    CHECK(household->a == HouseholdMinors);
}

TEST_CASE("ADI: one cent above the ceiling is not eligible", "[catalogue][eligibility]")
{
    PersonFacts facts = withIsee(euro(10140) + 1);
    facts.setHousehold(HouseholdMinors, true);
    const EligibilityResult result = evaluateEligibility(adiRules(), false, facts);
    CHECK(result.verdict == Verdict::NotEligible);
    REQUIRE(codes(result.failed) == QList<Reason::Code> {Reason::IseeAboveCeiling});
    CHECK(result.failed.first().a == 1014001);
    CHECK(result.failed.first().b == 1014000);
}

TEST_CASE("ADI: ISEE 12.400 euro is above 10.140 euro, and the reason says so",
          "[catalogue][eligibility]")
{
    PersonFacts facts = withIsee(euro(12400));
    facts.age = 45;
    facts.setHousehold(HouseholdMinors, true);
    const EligibilityResult result = evaluateEligibility(adiRules(), false, facts);
    CHECK(result.verdict == Verdict::NotEligible);
    REQUIRE(result.failed.size() == 1);
    const Reason &reason = result.failed.first();
    CHECK(reason.code == Reason::IseeAboveCeiling);
    CHECK(reason.a == 1240000); // the person's ISEE, in cents
    CHECK(reason.b == 1014000); // the ceiling, in cents
    CHECK(reason.date == QDate(2025, 1, 1)); // the ceiling's valid-from date
    CHECK(result.missing.isEmpty());
    // The household condition holds and is reported as such.
    CHECK(find(result.passed, Reason::HouseholdOk) != nullptr);
}

TEST_CASE("ADI: a missing ISEE makes the verdict Unknown, naming the ISEE",
          "[catalogue][eligibility]")
{
    PersonFacts facts;
    facts.setHousehold(HouseholdMember60, true);
    const EligibilityResult result = evaluateEligibility(adiRules(), false, facts);
    CHECK(result.verdict == Verdict::Unknown);
    CHECK(result.failed.isEmpty());
    REQUIRE(codes(result.missing) == QList<Reason::Code> {Reason::IseeMissing});
    CHECK(result.missing.first().b == 1014000);
    CHECK(result.missing.first().date == QDate(2025, 1, 1));
}

TEST_CASE("ADI: an unknown household makes the verdict Unknown, naming what to ask",
          "[catalogue][eligibility]")
{
    const PersonFacts facts = withIsee(euro(8000));
    const EligibilityResult result = evaluateEligibility(adiRules(), false, facts);
    CHECK(result.verdict == Verdict::Unknown);
    REQUIRE(codes(result.missing) == QList<Reason::Code> {Reason::HouseholdMissing});
    CHECK(result.missing.first().a == (HouseholdMinors | HouseholdMember60 | HouseholdDisability));

    SECTION("only the conditions not asked yet are named")
    {
        PersonFacts partly = facts;
        partly.setHousehold(HouseholdMinors, false);
        const EligibilityResult r = evaluateEligibility(adiRules(), false, partly);
        CHECK(r.verdict == Verdict::Unknown);
        REQUIRE(codes(r.missing) == QList<Reason::Code> {Reason::HouseholdMissing});
        CHECK(r.missing.first().a == (HouseholdMember60 | HouseholdDisability));
    }
    SECTION("every condition asked and none holds: not eligible")
    {
        PersonFacts none = facts;
        none.setHousehold(HouseholdMinors, false);
        none.setHousehold(HouseholdMember60, false);
        none.setHousehold(HouseholdDisability, false);
        const EligibilityResult r = evaluateEligibility(adiRules(), false, none);
        CHECK(r.verdict == Verdict::NotEligible);
        REQUIRE(codes(r.failed) == QList<Reason::Code> {Reason::HouseholdNone});
        CHECK(r.failed.first().a == (HouseholdMinors | HouseholdMember60 | HouseholdDisability));
    }
}

TEST_CASE("a household member aged 65 or more counts as a member aged 60 or more",
          "[catalogue][eligibility]")
{
    PersonFacts facts = withIsee(euro(7000));
    facts.setHousehold(HouseholdMinors, false);
    facts.setHousehold(HouseholdDisability, false);
    facts.setHousehold(HouseholdMember65, true); // member60 itself never asked
    const EligibilityResult result = evaluateEligibility(adiRules(), false, facts);
    CHECK(result.verdict == Verdict::LikelyEligible);
    const Reason *household = find(result.passed, Reason::HouseholdOk);
    REQUIRE(household != nullptr);
    CHECK(household->a == HouseholdMember60);

    SECTION("the reverse does not hold")
    {
        EligibilityRules rules;
        rules.householdAny = HouseholdMember65;
        PersonFacts sixty;
        sixty.setHousehold(HouseholdMember60, true);
        const EligibilityResult r = evaluateEligibility(rules, false, sixty);
        CHECK(r.verdict == Verdict::Unknown);
        REQUIRE(codes(r.missing) == QList<Reason::Code> {Reason::HouseholdMissing});
        CHECK(r.missing.first().a == HouseholdMember65);
    }
}

TEST_CASE("dependent children count as minors in the household", "[catalogue][eligibility]")
{
    PersonFacts facts = withIsee(euro(9000));
    facts.dependentChildren = 2;
    CHECK(evaluateEligibility(adiRules(), false, facts).verdict == Verdict::LikelyEligible);

    facts.dependentChildren = 0; // known: no minors, the other conditions still unknown
    const EligibilityResult result = evaluateEligibility(adiRules(), false, facts);
    CHECK(result.verdict == Verdict::Unknown);
    REQUIRE(codes(result.missing) == QList<Reason::Code> {Reason::HouseholdMissing});
    CHECK(result.missing.first().a == (HouseholdMember60 | HouseholdDisability));
}

TEST_CASE("Bonus sociale: the family ceiling of 20,000 euro needs four dependent children",
          "[catalogue][eligibility]")
{
    PersonFacts facts = withIsee(euro(15000));

    SECTION("four children: eligible under the higher ceiling")
    {
        facts.dependentChildren = 4;
        const EligibilityResult result = evaluateEligibility(bonusSocialeRules(), false, facts);
        CHECK(result.verdict == Verdict::LikelyEligible);
        const Reason *isee = find(result.passed, Reason::IseeOk);
        REQUIRE(isee != nullptr);
        CHECK(isee->a == euro(15000));
        CHECK(isee->b == euro(20000));
    }
    SECTION("three children: the ordinary ceiling of 9,530 euro applies")
    {
        facts.dependentChildren = 3;
        const EligibilityResult result = evaluateEligibility(bonusSocialeRules(), false, facts);
        CHECK(result.verdict == Verdict::NotEligible);
        REQUIRE(codes(result.failed) == QList<Reason::Code> {Reason::IseeAboveCeiling});
        CHECK(result.failed.first().a == euro(15000));
        CHECK(result.failed.first().b == euro(9530));
    }
    SECTION("children unknown: it depends on them")
    {
        const EligibilityResult result = evaluateEligibility(bonusSocialeRules(), false, facts);
        CHECK(result.verdict == Verdict::Unknown);
        CHECK(result.failed.isEmpty());
        REQUIRE(codes(result.missing) == QList<Reason::Code> {Reason::IseeAboveCeiling});
        CHECK(result.missing.first().b == euro(9530));
    }
    SECTION("children unknown but above even the family ceiling: not eligible")
    {
        facts.iseeCents = euro(20000) + 1;
        const EligibilityResult result = evaluateEligibility(bonusSocialeRules(), false, facts);
        CHECK(result.verdict == Verdict::NotEligible);
        REQUIRE(codes(result.failed) == QList<Reason::Code> {Reason::IseeAboveCeiling});
    }
    SECTION("children unknown but within the ordinary ceiling: eligible")
    {
        facts.iseeCents = euro(9530);
        CHECK(evaluateEligibility(bonusSocialeRules(), false, facts).verdict
              == Verdict::LikelyEligible);
    }
}

TEST_CASE("Carta Dedicata a te: ISEE up to 15,000 euro and three people or more",
          "[catalogue][eligibility]")
{
    PersonFacts facts = withIsee(euro(15000));
    facts.householdSize = 3;
    const EligibilityResult eligible = evaluateEligibility(cartaDedicataRules(), false, facts);
    CHECK(eligible.verdict == Verdict::LikelyEligible);
    const Reason *size = find(eligible.passed, Reason::HouseholdSizeOk);
    REQUIRE(size != nullptr);
    CHECK(size->a == 3);
    CHECK(size->b == 3);

    facts.householdSize = 2;
    const EligibilityResult tooSmall = evaluateEligibility(cartaDedicataRules(), false, facts);
    CHECK(tooSmall.verdict == Verdict::NotEligible);
    REQUIRE(codes(tooSmall.failed) == QList<Reason::Code> {Reason::HouseholdSizeTooSmall});
    CHECK(tooSmall.failed.first().a == 2);
    CHECK(tooSmall.failed.first().b == 3);

    facts.householdSize.reset();
    const EligibilityResult unknown = evaluateEligibility(cartaDedicataRules(), false, facts);
    CHECK(unknown.verdict == Verdict::Unknown);
    REQUIRE(codes(unknown.missing) == QList<Reason::Code> {Reason::HouseholdSizeMissing});
    CHECK(unknown.missing.first().b == 3);

    facts.householdSize = 5;
    facts.iseeCents = euro(15000) + 1;
    CHECK(evaluateEligibility(cartaDedicataRules(), false, facts).verdict == Verdict::NotEligible);
}

TEST_CASE("SFL: ages 18 and 59 are in, 17 and 60 are out", "[catalogue][eligibility]")
{
    PersonFacts facts = withIsee(euro(5000));
    for (const int age : {18, 30, 59}) {
        CAPTURE(age);
        facts.age = age;
        const EligibilityResult result = evaluateEligibility(sflRules(), false, facts);
        CHECK(result.verdict == Verdict::LikelyEligible);
        const Reason *reason = find(result.passed, Reason::AgeOk);
        REQUIRE(reason != nullptr);
        CHECK(reason->a == age);
        CHECK(reason->b == 18);
        CHECK(reason->c == 59);
    }

    facts.age = 17;
    const EligibilityResult young = evaluateEligibility(sflRules(), false, facts);
    CHECK(young.verdict == Verdict::NotEligible);
    REQUIRE(codes(young.failed) == QList<Reason::Code> {Reason::AgeBelowMinimum});
    CHECK(young.failed.first().a == 17);
    CHECK(young.failed.first().b == 18);

    facts.age = 60;
    const EligibilityResult old = evaluateEligibility(sflRules(), false, facts);
    CHECK(old.verdict == Verdict::NotEligible);
    REQUIRE(codes(old.failed) == QList<Reason::Code> {Reason::AgeAboveMaximum});
    CHECK(old.failed.first().a == 60);
    CHECK(old.failed.first().c == 59);

    facts.age.reset();
    const EligibilityResult unknown = evaluateEligibility(sflRules(), false, facts);
    CHECK(unknown.verdict == Verdict::Unknown);
    REQUIRE(codes(unknown.missing) == QList<Reason::Code> {Reason::AgeMissing});
    CHECK(unknown.missing.first().b == 18);
    CHECK(unknown.missing.first().c == 59);
}

TEST_CASE("B2 needs the ISEE sociosanitario: an ordinary ISEE does not decide",
          "[catalogue][eligibility]")
{
    PersonFacts facts = withIsee(euro(12000)); // no type given: ordinario
    facts.comuneIstat = kPioltello;
    facts.setHousehold(HouseholdDisability, true);
    const EligibilityResult ordinary = evaluateEligibility(b2Rules(), false, facts);
    CHECK(ordinary.verdict == Verdict::Unknown);
    CHECK(ordinary.failed.isEmpty());
    REQUIRE(codes(ordinary.missing) == QList<Reason::Code> {Reason::IseeWrongType});
    CHECK(ordinary.missing.first().a == static_cast<qint64>(IseeType::Sociosanitario));
    CHECK(find(ordinary.passed, Reason::IseeOk) == nullptr);

    facts.iseeType = IseeType::Sociosanitario;
    const EligibilityResult right = evaluateEligibility(b2Rules(), false, facts);
    CHECK(right.verdict == Verdict::LikelyEligible);
    const Reason *isee = find(right.passed, Reason::IseeOk);
    REQUIRE(isee != nullptr);
    CHECK(isee->b == euro(25000));

    facts.iseeCents = euro(30000);
    CHECK(evaluateEligibility(b2Rules(), false, facts).verdict == Verdict::NotEligible);

    // Nor does a socio-sanitary ISEE stand in for an ordinary one.
    PersonFacts sociosanitario = withIsee(euro(5000));
    sociosanitario.iseeType = IseeType::Sociosanitario;
    sociosanitario.setHousehold(HouseholdMinors, true);
    const EligibilityResult adi = evaluateEligibility(adiRules(), false, sociosanitario);
    CHECK(adi.verdict == Verdict::Unknown);
    REQUIRE(codes(adi.missing) == QList<Reason::Code> {Reason::IseeWrongType});
    CHECK(adi.missing.first().a == static_cast<qint64>(IseeType::Ordinario));
}

TEST_CASE("a service for some comuni: residents elsewhere are not eligible",
          "[catalogue][eligibility]")
{
    PersonFacts facts = withIsee(euro(20000));
    facts.iseeType = IseeType::Sociosanitario;
    facts.setHousehold(HouseholdDisability, true);

    facts.comuneIstat = kMilano;
    const EligibilityResult elsewhere = evaluateEligibility(b2Rules(), false, facts);
    CHECK(elsewhere.verdict == Verdict::NotEligible);
    REQUIRE(codes(elsewhere.failed) == QList<Reason::Code> {Reason::ComuneNotServed});
    CHECK(elsewhere.failed.first().text == kMilano);

    facts.comuneIstat = kRodano;
    const EligibilityResult served = evaluateEligibility(b2Rules(), false, facts);
    CHECK(served.verdict == Verdict::LikelyEligible);
    const Reason *comune = find(served.passed, Reason::ComuneOk);
    REQUIRE(comune != nullptr);
    CHECK(comune->text == kRodano);

    facts.comuneIstat.clear();
    const EligibilityResult missing = evaluateEligibility(b2Rules(), false, facts);
    CHECK(missing.verdict == Verdict::Unknown);
    REQUIRE(codes(missing.missing) == QList<Reason::Code> {Reason::ComuneMissing});
}

TEST_CASE("the residence permit rule concerns non-EU citizens only", "[catalogue][eligibility]")
{
    PersonFacts facts;

    SECTION("an Italian citizen passes without being asked about a permit")
    {
        facts.citizenship = CitizenshipGroup::Italian;
        const EligibilityResult result = evaluateEligibility(assegnoUnicoRules(), false, facts);
        CHECK(result.verdict == Verdict::LikelyEligible);
        CHECK(result.failed.isEmpty());
        CHECK(result.missing.isEmpty());
    }
    SECTION("so does an EU citizen")
    {
        facts.citizenship = CitizenshipGroup::EuropeanUnion;
        facts.hasResidencePermit = false; // irrelevant for EU citizens
        CHECK(evaluateEligibility(assegnoUnicoRules(), false, facts).verdict
              == Verdict::LikelyEligible);
    }
    SECTION("a non-EU citizen without a permit is not eligible")
    {
        facts.citizenship = CitizenshipGroup::NonEu;
        facts.hasResidencePermit = false;
        const EligibilityResult result = evaluateEligibility(assegnoUnicoRules(), false, facts);
        CHECK(result.verdict == Verdict::NotEligible);
        CHECK(codes(result.failed) == QList<Reason::Code> {Reason::PermitLacking});
    }
    SECTION("a non-EU citizen with a permit is eligible")
    {
        facts.citizenship = CitizenshipGroup::NonEu;
        facts.hasResidencePermit = true;
        const EligibilityResult result = evaluateEligibility(assegnoUnicoRules(), false, facts);
        CHECK(result.verdict == Verdict::LikelyEligible);
        CHECK(codes(result.passed) == QList<Reason::Code> {Reason::PermitOk});
    }
    SECTION("a non-EU citizen whose permit is unknown: Unknown")
    {
        facts.citizenship = CitizenshipGroup::NonEu;
        const EligibilityResult result = evaluateEligibility(assegnoUnicoRules(), false, facts);
        CHECK(result.verdict == Verdict::Unknown);
        CHECK(codes(result.missing) == QList<Reason::Code> {Reason::PermitMissing});
    }
    SECTION("citizenship unknown: Unknown")
    {
        const EligibilityResult result = evaluateEligibility(assegnoUnicoRules(), false, facts);
        CHECK(result.verdict == Verdict::Unknown);
        CHECK(codes(result.missing) == QList<Reason::Code> {Reason::PermitMissing});
    }
}

TEST_CASE("a service without rules: open to everyone, or conditions to read",
          "[catalogue][eligibility]")
{
    PersonFacts facts;
    facts.age = 70;
    facts.comuneIstat = kPioltello;

    const EligibilityResult open = evaluateEligibility(EligibilityRules {}, false, facts);
    CHECK(open.verdict == Verdict::LikelyEligible);
    CHECK(codes(open.passed) == QList<Reason::Code> {Reason::OpenToEveryone});
    CHECK(open.missing.isEmpty());
    CHECK(open.failed.isEmpty());

    const EligibilityResult text = evaluateEligibility(EligibilityRules {}, true, facts);
    CHECK(text.verdict == Verdict::Unknown);
    CHECK(codes(text.missing) == QList<Reason::Code> {Reason::ConditionsInText});
    CHECK(text.passed.isEmpty());
    CHECK(text.failed.isEmpty());

    // With rules, a written description does not stop the rules from deciding.
    PersonFacts adiFacts = withIsee(euro(5000));
    adiFacts.setHousehold(HouseholdMinors, true);
    CHECK(evaluateEligibility(adiRules(), true, adiFacts).verdict == Verdict::LikelyEligible);
}

TEST_CASE("a failed condition dominates missing facts", "[catalogue][eligibility]")
{
    // ADI with the ISEE unknown but a household with none of the required conditions.
    PersonFacts facts;
    facts.setHousehold(HouseholdMinors, false);
    facts.setHousehold(HouseholdMember60, false);
    facts.setHousehold(HouseholdDisability, false);
    const EligibilityResult result = evaluateEligibility(adiRules(), false, facts);
    CHECK(result.verdict == Verdict::NotEligible);
    CHECK(codes(result.failed) == QList<Reason::Code> {Reason::HouseholdNone});
    CHECK(codes(result.missing) == QList<Reason::Code> {Reason::IseeMissing});

    // SFL: age known and out of range, ISEE unknown.
    PersonFacts young;
    young.age = 16;
    const EligibilityResult sfl = evaluateEligibility(sflRules(), false, young);
    CHECK(sfl.verdict == Verdict::NotEligible);
    CHECK(codes(sfl.failed) == QList<Reason::Code> {Reason::AgeBelowMinimum});
    CHECK(codes(sfl.missing) == QList<Reason::Code> {Reason::IseeMissing});
}

TEST_CASE("no facts at all: every rule is missing, never failed", "[catalogue][eligibility]")
{
    EligibilityRules rules = b2Rules();
    rules.minAge = 65;
    rules.minHouseholdSize = 2;
    rules.residencePermit = true;
    const PersonFacts nothing;
    CHECK(nothing.isEmpty());
    const EligibilityResult result = evaluateEligibility(rules, false, nothing);
    CHECK(result.verdict == Verdict::Unknown);
    CHECK(result.failed.isEmpty());
    CHECK(result.passed.isEmpty());
    CHECK(codes(result.missing)
          == QList<Reason::Code> {Reason::AgeMissing, Reason::ComuneMissing, Reason::IseeMissing,
                                  Reason::HouseholdMissing, Reason::HouseholdSizeMissing,
                                  Reason::PermitMissing});
}
