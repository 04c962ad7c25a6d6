// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"
#include "wire/record.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sportello::wire {

// The referral side of what the desk knows when a referral changes.
struct ReferralFacts
{
    QString referralUid; // random UUID, never derived from the person
    QString deskId;
    QDate referralDate; // only its year and month leave the desk
    QStringList needs; // need codes, macro or micro; only macro codes leave the desk
    QString destinationType;
    QString urgency; // ORD, PRIOR, URG
    QString state;
    QString finalOutcome;
    std::optional<int> daysToTakeOver; // from sending to PRESA_IN_CARICO; leaves as a band
    QString destinationOrganization; // public catalogue uid of the destination's organization
    QString note; // the operator's words for the destination: never leaves the desk
};

// The age band of DESIGN.md §5 at `on` ("0-17", "18-29", …, "75+"), "ND" when unknown.
[[nodiscard]] QString ageBand(int birthYear, const QDate &birthDate, const QDate &on);

// The person's side of an anonymized referral, the demographic keys only (profileKeys():
// comune_istat, fascia_eta, genere, cittadinanza_macro, nucleo_tipo), coded as anonymize()
// codes them with the age at `on` and the comuni of `district`. A referral keeps it when its
// person is erased, so that its later records still count the person's profile without the
// person.
[[nodiscard]] QJsonObject anonymizedProfile(const people::Person &person, const QDate &on,
                                            const District &district);

// The one function that builds what leaves the desk about a referral, a record of the wire
// schema (referralRecordKeys()): it copies, key by key from the allow-list, coded values only — the
// person's names, codice fiscale, contacts, address, exact birth date and the note are never read.
// Codes are mapped to the hub's (comune outside `district` → FUORI_DISTRETTO, unanswered questions
// → ND), needs reduced to their macro codes, the date to year-month, the days to take-over to a
// band; an unexpected value becomes ND.
[[nodiscard]] QJsonObject anonymize(const people::Person &person, const ReferralFacts &referral,
                                    const District &district);
// The same from a profile kept on the referral (an erased person): only the profile keys are
// read, and a value anonymizedProfile() could not have produced becomes ND; an empty profile
// (an anonymous referral) gives ND for each.
[[nodiscard]] QJsonObject anonymize(const QJsonObject &profile, const ReferralFacts &referral,
                                    const District &district);

} // namespace sportello::wire
