// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/syntheticpeople.h"
#include "referralfixture.h"
#include "services/personeraser.h"

namespace sportello::test {

// A referral desk with the eraser and one person recorded in full: every personal field filled
// with a distinctive text, consents, two sessions with notes, a follow-up and a sent referral
// with a note. Rita Marchetti, the referral desk's own person, stays as a control.
struct ErasureDesk : ReferralDesk
{
    services::PersonEraser *eraser = nullptr;
    people::Person zoe;
    qint64 zoeId = 0;
    QList<qint64> sessionIds;
    qint64 followUpId = 0;
    qint64 referralId = 0;
    // What was written in clear, each chosen so that it appears nowhere else on the desk.
    QStringList clearTexts;

    ErasureDesk()
    {
        eraser = &services->eraser();
        zoe.givenName = u"Zefirina"_s;
        zoe.familyName = u"Quattrocchi"_s;
        zoe.birthDate = QDate(1957, 4, 9);
        zoe.codiceFiscale
            = demo::codiceFiscaleFor(zoe.familyName, zoe.givenName, zoe.birthDate, 'F', u"G686"_s);
        REQUIRE_FALSE(zoe.codiceFiscale.isEmpty());
        zoe.phone = u"+39 347 918 2736"_s;
        zoe.email = u"zefirina.q@example.org"_s;
        zoe.address = u"Via dei Glicini 47, Pioltello"_s;
        zoe.residence = u"015175"_s;
        zoe.citizenship = u"IT"_s;
        zoe.householdType = u"SOLO"_s;
        zoeId = people->create(volunteer, zoe).value();
        for (auto purpose :
             {people::ConsentPurpose::PersonalData, people::ConsentPurpose::PhoneContact,
              people::ConsentPurpose::IdentifiedReferral})
            consent(zoeId, purpose);

        people::Session first;
        first.personId = zoeId;
        first.needs = {u"CAS.SFRATTO"_s, u"ALT.ALTRO"_s};
        first.outcomes = {u"INFO"_s};
        first.notes = u"Lettera di sfratto per morosita Qx71"_s;
        first.nextStep = u"Portare il contratto Qx72"_s;
        first.otherNeedLabel = u"Gatto da sistemare Qx73"_s;
        sessionIds.append(sessions->save(volunteer, first).value());
        clock.advanceDays(2);
        people::Session second;
        second.personId = zoeId;
        second.needs = {u"POV.INSUF"_s};
        second.notes = u"Ha portato la bolletta Qx74"_s;
        sessionIds.append(sessions->save(volunteer, second).value());

        people::FollowUp followUp;
        followUp.personId = zoeId;
        followUp.sessionId = sessionIds.last();
        followUp.due = clock.today().addDays(5);
        followUp.note = u"Richiamare dopo le 17 Qx75"_s;
        followUpId = sessions->scheduleFollowUp(volunteer, followUp).value();

        referrals::Referral referral = toComune();
        referral.personId = zoeId;
        referral.sessionId = sessionIds.first();
        referral.note = u"Casa inagibile, chiede aiuto Qx76"_s;
        referralId = referrals->create(volunteer, referral).value();
        REQUIRE(
            referrals->move(volunteer, referralId, {referrals::State::Inviata, {}, {}, {}}).ok());

        clearTexts = {zoe.givenName, zoe.familyName, zoe.codiceFiscale,
                      zoe.phone,     zoe.email,      zoe.address,
                      first.notes,   first.nextStep, first.otherNeedLabel,
                      second.notes,  followUp.note,  referral.note};
    }
};

} // namespace sportello::test
