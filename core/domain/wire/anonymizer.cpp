// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/anonymizer.h"

#include "people/vocabulary.h"
#include "referrals/referralstate.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sportello::wire {

namespace {

const QString kNd = QString::fromLatin1(kNotStated);
const QString kOutside = QString::fromLatin1(kOutsideDistrict);

// The oldest age each band of ageBands() holds, in order; the last band has no bound.
constexpr int kBandUpTo[] = {17, 29, 44, 54, 64, 74};

bool isAnswer(const QString &code)
{
    return people::Vocabulary::contains(people::Vocabulary::answers(), code);
}

QString residenceCode(const QString &residence, const District &district)
{
    if (residence.isEmpty() || isAnswer(residence))
        return kNd;
    return district.contains(residence) ? residence : kOutside;
}

// A code of `allowed`, else ND: nothing unexpected passes through.
QString oneOf(const QString &code, const QStringList &allowed)
{
    return allowed.contains(code) ? code : kNd;
}

QString genderCode(const QString &gender)
{
    if (gender == u"F" || gender == u"M")
        return gender;
    return gender == u"ALTRO" ? u"altro"_s : kNd;
}

QJsonValue orNull(const QString &code)
{
    return code.isEmpty() ? QJsonValue() : QJsonValue(code);
}

} // namespace

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
        return kNd;
    for (qsizetype i = 0; i < qsizetype(std::size(kBandUpTo)); ++i) {
        if (age <= kBandUpTo[i])
            return ageBands().at(i);
    }
    return ageBands().constLast();
}

QJsonObject anonymizedProfile(const people::Person &person, const QDate &on,
                              const District &district)
{
    QJsonObject profile;
    profile.insert(u"comune_istat"_s, residenceCode(person.residence, district));
    profile.insert(u"fascia_eta"_s, ageBand(person.birthYear, person.birthDate, on));
    profile.insert(u"genere"_s, genderCode(person.gender));
    profile.insert(u"cittadinanza_macro"_s, oneOf(person.citizenship, citizenshipGroups()));
    profile.insert(u"nucleo_tipo"_s, oneOf(person.householdType, householdTypes()));
    return profile;
}

QJsonObject anonymize(const people::Person &person, const ReferralFacts &f,
                      const District &district)
{
    return anonymize(anonymizedProfile(person, f.referralDate, district), f, district);
}

QJsonObject anonymize(const QJsonObject &profile, const ReferralFacts &f, const District &district)
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
                  f.referralDate.isValid() ? f.referralDate.toString(u"yyyy-MM"_s) : kNd);
    // A kept profile is read like any input: only what anonymizedProfile() produces passes.
    const QString comune = profile.value(u"comune_istat"_s).toString();
    record.insert(u"comune_istat"_s,
                  district.contains(comune) || comune == kOutside ? comune : kNd);
    record.insert(u"fascia_eta"_s, oneOf(profile.value(u"fascia_eta"_s).toString(), ageBands()));
    record.insert(u"genere"_s, oneOf(profile.value(u"genere"_s).toString(), genders()));
    record.insert(u"cittadinanza_macro"_s,
                  oneOf(profile.value(u"cittadinanza_macro"_s).toString(), citizenshipGroups()));
    record.insert(u"nucleo_tipo"_s,
                  oneOf(profile.value(u"nucleo_tipo"_s).toString(), householdTypes()));
    record.insert(u"bisogni_macro"_s, macros);
    record.insert(u"dest_tipo"_s, oneOf(f.destinationType, referrals::destinationTypes()));
    record.insert(u"dest_org"_s,
                  isCatalogueUid(f.destinationOrganization) ? QJsonValue(f.destinationOrganization)
                                                            : QJsonValue());
    record.insert(u"urgenza"_s, oneOf(f.urgency, referrals::urgencies()));
    referrals::State state = referrals::State::Bozza;
    record.insert(u"stato"_s,
                  referrals::stateFromCode(f.state, &state) ? referrals::stateCode(state) : kNd);
    record.insert(u"esito_finale"_s,
                  f.finalOutcome.isEmpty()
                      ? QJsonValue()
                      : QJsonValue(oneOf(f.finalOutcome, referrals::finalOutcomes())));
    record.insert(u"giorni_invio_presa_in_carico"_s,
                  f.daysToTakeOver ? orNull(daysToTakeOverBand(*f.daysToTakeOver)) : QJsonValue());
    return record;
}

} // namespace sportello::wire
