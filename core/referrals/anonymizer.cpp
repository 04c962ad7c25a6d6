// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymizer.h"

#include "people/vocabulary.h"
#include "referralstate.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sportello::referrals {

namespace {

const QString kNotStated = u"ND"_s;

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
    return inDistrict(residence) ? residence : u"FUORI_DISTRETTO"_s;
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
    struct Band
    {
        int upTo;
        const char *label;
    };
    static constexpr Band bands[]
        = {{17, "0-17"}, {29, "18-29"}, {44, "30-44"}, {54, "45-54"}, {64, "55-64"}, {74, "65-74"}};
    for (const Band &band : bands) {
        if (age <= band.upTo)
            return QString::fromLatin1(band.label);
    }
    return u"75+"_s;
}

QJsonObject anonymize(const people::Person &person, const ReferralFacts &f)
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
    record.insert(u"comune_istat"_s, residenceCode(person.residence));
    record.insert(u"fascia_eta"_s, ageBand(person.birthYear, person.birthDate, f.referralDate));
    record.insert(u"genere"_s, genderCode(person.gender));
    record.insert(u"cittadinanza_macro"_s,
                  oneOf(person.citizenship, {u"IT"_s, u"UE"_s, u"EXTRA_UE"_s}));
    record.insert(u"nucleo_tipo"_s,
                  oneOf(person.householdType,
                        {u"SOLO"_s, u"COPPIA_SENZA_FIGLI"_s, u"COPPIA_CON_FIGLI"_s,
                         u"MONOGENITORE"_s, u"ALTRO"_s}));
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
