// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sportello::catalogue {

enum class IseeType { Ordinario, Sociosanitario, Minorenni };

// Household conditions a rule may ask for (at least one of them must hold).
enum HouseholdFlag : int {
    HouseholdMinors = 1 << 0,
    HouseholdMember60 = 1 << 1,
    HouseholdMember65 = 1 << 2,
    HouseholdDisability = 1 << 3,
    HouseholdLoneParent = 1 << 4,
};
inline constexpr int kAllHouseholdFlags = (1 << 5) - 1;

enum class CitizenshipGroup { Italian, EuropeanUnion, NonEu };

// An ISEE ceiling in force from a date, with an optional higher ceiling for large families.
struct IseeRule
{
    IseeType type = IseeType::Ordinario;
    qint64 maxCents = 0;
    QDate validFrom;
    qint64 altMaxCents = 0; // 0: none
    int altMinChildren = 0; // dependent children needed for altMaxCents

    friend bool operator==(const IseeRule &, const IseeRule &) = default;
};

// The structured conditions of a service, beside its free-text eligibility description.
struct EligibilityRules
{
    std::optional<int> minAge;
    std::optional<int> maxAge;
    QStringList comuni; // ISTAT codes of the comuni whose residents qualify; empty: any
    std::optional<IseeRule> isee;
    int householdAny = 0; // HouseholdFlag mask: at least one must hold
    int minHouseholdSize = 0;
    bool residencePermit = false; // non-EU citizens need a valid residence permit

    [[nodiscard]] bool isEmpty() const { return *this == EligibilityRules {}; }
    friend bool operator==(const EligibilityRules &, const EligibilityRules &) = default;
};

// What the operator knows about the person; every fact is optional.
struct PersonFacts
{
    std::optional<int> age;
    QString comuneIstat;
    std::optional<qint64> iseeCents;
    std::optional<IseeType> iseeType; // assumed ordinario when a value is given without type
    std::optional<int> householdSize;
    std::optional<int> dependentChildren;
    int householdKnown = 0; // HouseholdFlag mask of the conditions asked about
    int householdTrue = 0; // …and of those that hold
    std::optional<CitizenshipGroup> citizenship;
    std::optional<bool> hasResidencePermit;

    [[nodiscard]] bool isEmpty() const;
    void setHousehold(HouseholdFlag flag, bool holds);
    friend bool operator==(const PersonFacts &, const PersonFacts &) = default;
};

enum class Verdict { LikelyEligible, Unknown, NotEligible };

// One line of the explanation; the numbers are filled as each code needs them.
struct EligibilityReason
{
    enum Code {
        OpenToEveryone, // no condition at all
        ConditionsInText, // only a free-text description: read it
        AgeOk, // a = age, b = min (or -1), c = max (or -1)
        AgeBelowMinimum, // a = age, b = min
        AgeAboveMaximum, // a = age, c = max
        AgeMissing,
        ComuneOk, // text = comune
        ComuneNotServed, // text = comune
        ComuneMissing,
        IseeOk, // a = value cents, b = ceiling cents, date = valid from
        IseeAboveCeiling, // a = value cents, b = ceiling cents, date = valid from
        IseeMissing, // b = ceiling cents
        IseeWrongType, // a = required IseeType
        HouseholdOk, // a = flags that hold
        HouseholdNone, // a = flags required
        HouseholdMissing, // a = flags required and not known
        HouseholdSizeOk, // a = size, b = minimum
        HouseholdSizeTooSmall, // a = size, b = minimum
        HouseholdSizeMissing, // b = minimum
        PermitOk,
        PermitLacking,
        PermitMissing,
    };
    Code code = OpenToEveryone;
    qint64 a = -1;
    qint64 b = -1;
    qint64 c = -1;
    QString text;
    QDate date;
};

struct EligibilityResult
{
    Verdict verdict = Verdict::Unknown;
    QList<EligibilityReason> failed; // why not eligible
    QList<EligibilityReason> missing; // which facts would decide
    QList<EligibilityReason> passed; // which conditions hold
};

// Evaluates a service's rules against the facts. Pure: no storage, no clock.
// `hasEligibilityText` tells a service with no rules but written conditions (Unknown) from one
// open to everyone (LikelyEligible).
[[nodiscard]] EligibilityResult evaluateEligibility(const EligibilityRules &rules,
                                                    bool hasEligibilityText,
                                                    const PersonFacts &facts);

} // namespace sportello::catalogue
