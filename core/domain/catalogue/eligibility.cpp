// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/eligibility.h"

#include <algorithm>

namespace sportello::catalogue {

using Reason = EligibilityReason;

bool PersonFacts::isEmpty() const
{
    return !age && comuneIstat.isEmpty() && !iseeCents && !householdSize && !dependentChildren
        && householdKnown == 0 && !citizenship && !hasResidencePermit;
}

void PersonFacts::setHousehold(HouseholdFlag flag, bool holds)
{
    householdKnown |= flag;
    if (holds)
        householdTrue |= flag;
    else
        householdTrue &= ~flag;
}

namespace {

// Flags implied by facts: a member aged 65+ is also a member aged 60+.
int effectiveTrue(const PersonFacts &facts)
{
    int flags = facts.householdTrue & facts.householdKnown;
    if (flags & HouseholdMember65)
        flags |= HouseholdMember60;
    if (facts.dependentChildren && *facts.dependentChildren > 0)
        flags |= HouseholdMinors;
    return flags;
}

int effectiveKnown(const PersonFacts &facts)
{
    int known = facts.householdKnown | effectiveTrue(facts);
    if (facts.dependentChildren)
        known |= HouseholdMinors;
    return known;
}

void checkAge(const EligibilityRules &rules, const PersonFacts &facts, EligibilityResult &r)
{
    if (!rules.minAge && !rules.maxAge)
        return;
    if (!facts.age) {
        r.missing.append(Reason {
            Reason::AgeMissing, -1, rules.minAge.value_or(-1), rules.maxAge.value_or(-1), {}, {}});
        return;
    }
    const int age = *facts.age;
    if (rules.minAge && age < *rules.minAge)
        r.failed.append(Reason {Reason::AgeBelowMinimum, age, *rules.minAge, -1, {}, {}});
    else if (rules.maxAge && age > *rules.maxAge)
        r.failed.append(Reason {Reason::AgeAboveMaximum, age, -1, *rules.maxAge, {}, {}});
    else
        r.passed.append(Reason {
            Reason::AgeOk, age, rules.minAge.value_or(-1), rules.maxAge.value_or(-1), {}, {}});
}

void checkComune(const EligibilityRules &rules, const PersonFacts &facts, EligibilityResult &r)
{
    if (rules.comuni.isEmpty())
        return;
    if (facts.comuneIstat.isEmpty()) {
        r.missing.append(Reason {Reason::ComuneMissing, -1, -1, -1, rules.comuni.join(u','), {}});
        return;
    }
    if (rules.comuni.contains(facts.comuneIstat))
        r.passed.append(Reason {Reason::ComuneOk, -1, -1, -1, facts.comuneIstat, {}});
    else
        r.failed.append(Reason {Reason::ComuneNotServed, -1, -1, -1, facts.comuneIstat, {}});
}

void checkIsee(const EligibilityRules &rules, const PersonFacts &facts, EligibilityResult &r)
{
    if (!rules.isee)
        return;
    const IseeRule &rule = *rules.isee;
    qint64 ceiling = rule.maxCents;
    if (rule.altMaxCents > 0 && facts.dependentChildren
        && *facts.dependentChildren >= rule.altMinChildren)
        ceiling = std::max(ceiling, rule.altMaxCents);
    if (!facts.iseeCents) {
        r.missing.append(Reason {Reason::IseeMissing, -1, ceiling, -1, {}, rule.validFrom});
        return;
    }
    const IseeType given = facts.iseeType.value_or(IseeType::Ordinario);
    // An ordinary ISEE does not stand in for the socio-sanitary or minors' one (nor vice versa).
    if (given != rule.type) {
        r.missing.append(Reason {Reason::IseeWrongType,
                                 static_cast<qint64>(rule.type),
                                 ceiling,
                                 -1,
                                 {},
                                 rule.validFrom});
        return;
    }
    const qint64 value = *facts.iseeCents;
    if (value > ceiling) {
        // With unknown children a higher family ceiling might still apply.
        if (rule.altMaxCents > ceiling && value <= rule.altMaxCents && !facts.dependentChildren) {
            r.missing.append(
                Reason {Reason::IseeAboveCeiling, value, ceiling, -1, {}, rule.validFrom});
            return;
        }
        r.failed.append(Reason {Reason::IseeAboveCeiling, value, ceiling, -1, {}, rule.validFrom});
    } else {
        r.passed.append(Reason {Reason::IseeOk, value, ceiling, -1, {}, rule.validFrom});
    }
}

void checkHousehold(const EligibilityRules &rules, const PersonFacts &facts, EligibilityResult &r)
{
    if (rules.householdAny != 0) {
        const int holds = effectiveTrue(facts) & rules.householdAny;
        const int unknown = rules.householdAny & ~effectiveKnown(facts);
        if (holds)
            r.passed.append(Reason {Reason::HouseholdOk, holds, -1, -1, {}, {}});
        else if (unknown)
            r.missing.append(Reason {Reason::HouseholdMissing, unknown, -1, -1, {}, {}});
        else
            r.failed.append(Reason {Reason::HouseholdNone, rules.householdAny, -1, -1, {}, {}});
    }
    if (rules.minHouseholdSize > 0) {
        if (!facts.householdSize)
            r.missing.append(
                Reason {Reason::HouseholdSizeMissing, -1, rules.minHouseholdSize, -1, {}, {}});
        else if (*facts.householdSize < rules.minHouseholdSize)
            r.failed.append(Reason {Reason::HouseholdSizeTooSmall,
                                    *facts.householdSize,
                                    rules.minHouseholdSize,
                                    -1,
                                    {},
                                    {}});
        else
            r.passed.append(Reason {
                Reason::HouseholdSizeOk, *facts.householdSize, rules.minHouseholdSize, -1, {}, {}});
    }
}

void checkPermit(const EligibilityRules &rules, const PersonFacts &facts, EligibilityResult &r)
{
    if (!rules.residencePermit)
        return;
    if (!facts.citizenship) {
        r.missing.append(Reason {Reason::PermitMissing, -1, -1, -1, {}, {}});
        return;
    }
    if (*facts.citizenship != CitizenshipGroup::NonEu)
        return; // the condition concerns non-EU citizens only
    if (!facts.hasResidencePermit)
        r.missing.append(Reason {Reason::PermitMissing, -1, -1, -1, {}, {}});
    else if (*facts.hasResidencePermit)
        r.passed.append(Reason {Reason::PermitOk, -1, -1, -1, {}, {}});
    else
        r.failed.append(Reason {Reason::PermitLacking, -1, -1, -1, {}, {}});
}

} // namespace

EligibilityResult evaluateEligibility(const EligibilityRules &rules, bool hasEligibilityText,
                                      const PersonFacts &facts)
{
    EligibilityResult result;
    if (rules.isEmpty()) {
        if (hasEligibilityText) {
            result.verdict = Verdict::Unknown;
            result.missing.append(Reason {Reason::ConditionsInText, -1, -1, -1, {}, {}});
        } else {
            result.verdict = Verdict::LikelyEligible;
            result.passed.append(Reason {Reason::OpenToEveryone, -1, -1, -1, {}, {}});
        }
        return result;
    }
    checkAge(rules, facts, result);
    checkComune(rules, facts, result);
    checkIsee(rules, facts, result);
    checkHousehold(rules, facts, result);
    checkPermit(rules, facts, result);
    if (!result.failed.isEmpty())
        result.verdict = Verdict::NotEligible;
    else if (!result.missing.isEmpty())
        result.verdict = Verdict::Unknown;
    else
        result.verdict = Verdict::LikelyEligible;
    return result;
}

} // namespace sportello::catalogue
