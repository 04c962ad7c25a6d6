// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peoplefixture.h"
#include "services/desksettings.h"
#include "services/outboxservice.h"
#include "services/referralservice.h"
#include "wire/record.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sportello::test {

// A desk with one person who gave the personal-data consent, and the referral service.
struct ReferralDesk : PeopleDesk
{
    services::ReferralService *referrals = nullptr;
    qint64 personId = 0;

    ReferralDesk()
    {
        referrals = &services->referrals();
        // The district the records' comuni are coded against, as a hub would send it.
        REQUIRE(services->settings()
                    .setDistrict({u"Est Milano"_s, {u"015175"_s, u"015205"_s, u"015242"_s}})
                    .ok());
        people::Person p = person(u"Rita"_s, u"Marchetti"_s, 1957);
        p.residence = u"015205"_s;
        p.phone = u"+39 333 111 2222"_s;
        personId = people->create(volunteer, p).value();
        consent(personId, people::ConsentPurpose::PersonalData);
    }

    referrals::Referral toComune() const
    {
        referrals::Referral r;
        r.personId = personId;
        r.destinationType = u"SS_COMUNE"_s;
        r.needs = {u"CAS.SFRATTO"_s, u"POV.INSUF"_s};
        r.urgency = u"PRIOR"_s;
        r.note = u"Sfratto esecutivo il 12 gennaio, chiede contatto urgente."_s;
        r.feedbackDue = clock.today().addDays(14);
        return r;
    }

    QList<sync::OutboxItem> outbox() const { return services->outbox().items().value(); }
};
// The anonymized record of a referral another desk (SEG-CDA) addressed to the CDA organization,
// as the hub routes it to the destination desk: codes only, ND for the person's profile.
inline QJsonObject receivedRecord(const QString &refUuid)
{
    QJsonObject record;
    for (const QString &key : wire::referralRecordKeys())
        record.insert(key, QString::fromLatin1(wire::kNotStated));
    record[u"ref_uuid"_s] = refUuid;
    record[u"sportello_id"_s] = u"SEG-CDA"_s;
    record[u"anno_mese"_s] = u"2026-03"_s;
    record[u"bisogni_macro"_s] = QJsonArray {u"CAS"_s};
    record[u"dest_tipo"_s] = u"CDA"_s;
    record[u"dest_org"_s] = u"org-cda"_s;
    record[u"urgenza"_s] = u"ORD"_s;
    record[u"stato"_s] = u"INVIATA"_s;
    record[u"esito_finale"_s] = QJsonValue();
    record[u"giorni_invio_presa_in_carico"_s] = QJsonValue();
    return record;
}

} // namespace sportello::test
