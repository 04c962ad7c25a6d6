// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/anonymizer.h"

#include "people/vocabulary.h"
#include "referrals/referralstate.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sportello::referrals {

namespace {

const QString kNotStated = u"ND"_s;
const QString kOutsideDistrict = u"FUORI_DISTRETTO"_s;
const QStringList kCitizenshipGroups {u"IT"_s, u"UE"_s, u"EXTRA_UE"_s};
const QStringList kHouseholdTypes {u"SOLO"_s, u"COPPIA_SENZA_FIGLI"_s, u"COPPIA_CON_FIGLI"_s,
                                   u"MONOGENITORE"_s, u"ALTRO"_s};

// The age bands of DESIGN.md §5, each with the oldest age it holds; 75+ has no bound.
struct AgeBand
{
    int upTo;
    const char *label;
};
constexpr AgeBand kAgeBands[]
    = {{17, "0-17"}, {29, "18-29"}, {44, "30-44"}, {54, "45-54"}, {64, "55-64"}, {74, "65-74"}};
const QString kOldestBand = u"75+"_s;

const QStringList &ageBands()
{
    static const QStringList labels = [] {
        QStringList list;
        for (const AgeBand &band : kAgeBands)
            list.append(QString::fromLatin1(band.label));
        list.append(kOldestBand);
        return list;
    }();
    return labels;
}

// The comuni of the district (Distretto Sociale Est Milano); others are "outside".
bool inDistrict(const QString &istat)
{
    static const QSet<QString> district {u"015175"_s, u"015205"_s, u"015242"_s, u"015185"_s};
    return district.contains(istat);
}

bool isAnswer(const QString &code)
{
    return people::Vocabulary::contains(people::Vocabulary::answers(), code);
}

QString residenceCode(const QString &residence)
{
    if (residence.isEmpty() || isAnswer(residence))
        return kNotStated;
    return inDistrict(residence) ? residence : kOutsideDistrict;
}

// A code of `allowed`, else ND: nothing unexpected passes through.
QString oneOf(const QString &code, const QStringList &allowed)
{
    return allowed.contains(code) ? code : kNotStated;
}

QString genderCode(const QString &gender)
{
    if (gender == u"F" || gender == u"M")
        return gender;
    return gender == u"ALTRO" ? u"altro"_s : kNotStated;
}

} // namespace

const QStringList &anonymizedReferralKeys()
{
    static const QStringList keys {u"ref_uuid"_s,
                                   u"sportello_id"_s,
                                   u"anno_mese"_s,
                                   u"comune_istat"_s,
                                   u"fascia_eta"_s,
                                   u"genere"_s,
                                   u"cittadinanza_macro"_s,
                                   u"nucleo_tipo"_s,
                                   u"bisogni_macro"_s,
                                   u"dest_tipo"_s,
                                   u"urgenza"_s,
                                   u"stato"_s,
                                   u"esito_finale"_s,
                                   u"giorni_invio_presa_in_carico"_s};
    return keys;
}

QString ageBand(int birthYear, const QDate &birthDate, const QDate &on)
{
    int age = -1;
    if (birthDate.isValid() && on.isValid()) {
        age = on.year() - birthDate.year();
        if (on < birthDate.addYears(age))
            --age;
    } else if (birthYear > 0 && on.isValid()) {
        age = on.year() - birthYear; // the birthday may be still to come: at most a year high
    }
    if (age < 0)
        return kNotStated;
    for (const AgeBand &band : kAgeBands) {
        if (age <= band.upTo)
            return QString::fromLatin1(band.label);
    }
    return kOldestBand;
}

const QStringList &anonymizedProfileKeys()
{
    static const QStringList keys {u"comune_istat"_s, u"fascia_eta"_s, u"genere"_s,
                                   u"cittadinanza_macro"_s, u"nucleo_tipo"_s};
    return keys;
}

QJsonObject anonymizedProfile(const people::Person &person, const QDate &on)
{
    QJsonObject profile;
    profile.insert(u"comune_istat"_s, residenceCode(person.residence));
    profile.insert(u"fascia_eta"_s, ageBand(person.birthYear, person.birthDate, on));
    profile.insert(u"genere"_s, genderCode(person.gender));
    profile.insert(u"cittadinanza_macro"_s, oneOf(person.citizenship, kCitizenshipGroups));
    profile.insert(u"nucleo_tipo"_s, oneOf(person.householdType, kHouseholdTypes));
    return profile;
}

QJsonObject anonymize(const people::Person &person, const ReferralFacts &f)
{
    return anonymize(anonymizedProfile(person, f.referralDate), f);
}

QJsonObject anonymize(const QJsonObject &profile, const ReferralFacts &f)
{
    QJsonArray macros;
    QSet<QString> seen;
    for (const QString &need : f.needs) {
        const QString macro = people::Vocabulary::needMacro(need);
        if (macro.isEmpty() || seen.contains(macro))
            continue;
        seen.insert(macro);
        macros.append(macro);
    }
    QJsonObject record;
    record.insert(u"ref_uuid"_s, f.referralUid);
    record.insert(u"sportello_id"_s, f.deskId);
    record.insert(u"anno_mese"_s,
                  f.referralDate.isValid() ? f.referralDate.toString(u"yyyy-MM"_s) : kNotStated);
    // A kept profile is read like any input: only what anonymizedProfile() produces passes.
    const QString comune = profile.value(u"comune_istat"_s).toString();
    record.insert(u"comune_istat"_s,
                  inDistrict(comune) || comune == kOutsideDistrict ? comune : kNotStated);
    record.insert(u"fascia_eta"_s, oneOf(profile.value(u"fascia_eta"_s).toString(), ageBands()));
    record.insert(u"genere"_s,
                  oneOf(profile.value(u"genere"_s).toString(), {u"F"_s, u"M"_s, u"altro"_s}));
    record.insert(u"cittadinanza_macro"_s,
                  oneOf(profile.value(u"cittadinanza_macro"_s).toString(), kCitizenshipGroups));
    record.insert(u"nucleo_tipo"_s,
                  oneOf(profile.value(u"nucleo_tipo"_s).toString(), kHouseholdTypes));
    record.insert(u"bisogni_macro"_s, macros);
    record.insert(u"dest_tipo"_s, oneOf(f.destinationType, destinationTypes()));
    record.insert(u"urgenza"_s, oneOf(f.urgency, urgencies()));
    State state = State::Bozza;
    record.insert(u"stato"_s, stateFromCode(f.state, &state) ? stateCode(state) : kNotStated);
    record.insert(u"esito_finale"_s,
                  f.finalOutcome.isEmpty() ? QString() : oneOf(f.finalOutcome, finalOutcomes()));
    record.insert(u"giorni_invio_presa_in_carico"_s,
                  f.daysToTakeOver ? QJsonValue(*f.daysToTakeOver) : QJsonValue());
    return record;
}

} // namespace sportello::referrals
