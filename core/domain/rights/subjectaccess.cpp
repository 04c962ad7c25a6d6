// SPDX-License-Identifier: GPL-3.0-or-later
#include "rights/subjectaccess.h"

#include "catalogue/taxonomy.h"
#include "people/vocabulary.h"
#include "referrals/referralstate.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sportello::rights {

namespace {

using namespace people;

QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue date(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
}

// A value of a people vocabulary with its Italian label (the code itself when it has none).
QJsonObject coded(const QList<Term> &terms, const QString &code)
{
    const QString label = catalogue::Taxonomy::italianLabel(terms, code);
    return {{u"code"_s, code}, {u"label"_s, label.isEmpty() ? code : label}};
}

QJsonArray codedList(const QList<Term> &terms, const QStringList &codes)
{
    QJsonArray list;
    for (const QString &code : codes)
        list.append(coded(terms, code));
    return list;
}

// A household count, or the answer standing for "not asked", "does not know", "no answer".
QJsonValue count(int value)
{
    if (value >= 0)
        return value;
    const char *answer = value == count::kDontKnow ? answer::kDontKnow
        : value == count::kNoAnswer                ? answer::kNoAnswer
                                                   : answer::kNotAsked;
    return coded(Vocabulary::answers(), QString::fromLatin1(answer));
}

QJsonObject personJson(const Person &p)
{
    return {
        {u"id"_s, p.id},
        {u"given_name"_s, p.givenName},
        {u"family_name"_s, p.familyName},
        {u"codice_fiscale"_s, p.codiceFiscale},
        {u"phone"_s, p.phone},
        {u"email"_s, p.email},
        {u"address"_s, p.address},
        {u"birth_year"_s, p.birthYear > 0 ? QJsonValue(p.birthYear) : QJsonValue()},
        {u"birth_date"_s, date(p.birthDate)},
        {u"gender"_s, coded(Vocabulary::genders(), p.gender)},
        {u"residence"_s, coded(Vocabulary::residences(), p.residence)},
        {u"citizenship"_s, coded(Vocabulary::citizenships(), p.citizenship)},
        {u"household_type"_s, coded(Vocabulary::householdTypes(), p.householdType)},
        {u"household_size"_s, count(p.householdSize)},
        {u"minors"_s, count(p.minors)},
        {u"employment"_s, coded(Vocabulary::employment(), p.employment)},
        {u"education"_s, coded(Vocabulary::education(), p.education)},
        {u"language"_s, p.language},
        {u"contact_preference"_s, coded(Vocabulary::contactPreferences(), p.contactPreference)},
        {u"created_at"_s, time(p.createdAt)},
        {u"updated_at"_s, time(p.updatedAt)},
    };
}

QJsonObject consentJson(const Consent &c)
{
    return {
        {u"id"_s, c.id},
        {u"purpose"_s, consentPurposeCode(c.purpose)},
        {u"method"_s, consentMethodCode(c.method)},
        {u"given_at"_s, time(c.givenAt)},
        {u"notice_version"_s, c.textVersion},
        {u"revoked_at"_s, time(c.revokedAt)},
        {u"in_force"_s, c.inForce()},
    };
}

QJsonObject sessionJson(const Session &s)
{
    QJsonArray services;
    for (const DiscussedService &service : s.services)
        services.append(QJsonObject {{u"uid"_s, service.serviceUid},
                                     {u"name"_s, service.serviceName},
                                     {u"catalogue_version"_s, service.catalogueVersion}});
    QJsonObject session {
        {u"id"_s, s.id},
        {u"uid"_s, s.uid},
        {u"started_at"_s, time(s.startedAt)},
        {u"duration_minutes"_s, s.durationMinutes},
        {u"desk_code"_s, s.deskCode},
        {u"type"_s, coded(Vocabulary::sessionTypes(), s.type)},
        {u"channel"_s, coded(Vocabulary::sessionChannels(), s.channel)},
        {u"arrival"_s, coded(Vocabulary::arrivals(), s.arrival)},
        {u"needs"_s, codedList(Vocabulary::needs(), s.needs)},
        {u"other_need"_s, s.otherNeedLabel},
        {u"services"_s, services},
        {u"outcomes"_s, codedList(Vocabulary::outcomes(), s.outcomes)},
        {u"notes"_s, s.notes},
        {u"next_step"_s, s.nextStep},
        {u"recorded_at"_s, time(s.createdAt)},
    };
    if (!s.facilitation.kind.isEmpty()) {
        using Goal = Facilitation::Goal;
        const Facilitation &f = s.facilitation;
        session.insert(
            u"facilitation"_s,
            QJsonObject {
                {u"kind"_s, coded(Vocabulary::facilitationKinds(), f.kind)},
                {u"ambiti"_s, codedList(Vocabulary::digitalAmbiti(), f.ambiti)},
                {u"goal"_s,
                 f.goal == Goal::Reached          ? u"RAGGIUNTO"_s
                     : f.goal == Goal::NotReached ? u"NON_RAGGIUNTO"_s
                                                  : QString()},
                {u"failure_reason"_s,
                 f.failureReason.isEmpty()
                     ? QJsonValue()
                     : QJsonValue(coded(Vocabulary::facilitationFailures(), f.failureReason))},
            });
    }
    return session;
}

QJsonObject followUpJson(const FollowUp &f)
{
    return {
        {u"id"_s, f.id},
        {u"session_id"_s, f.sessionId > 0 ? QJsonValue(f.sessionId) : QJsonValue()},
        {u"due"_s, date(f.due)},
        {u"note"_s, f.note},
        {u"created_at"_s, time(f.createdAt)},
        {u"done_at"_s, time(f.doneAt)},
        {u"outcome"_s,
         f.outcome.isEmpty() ? QJsonValue()
                             : QJsonValue(coded(Vocabulary::followUpOutcomes(), f.outcome))},
        {u"outcome_note"_s, f.outcomeNote},
    };
}

QJsonObject referralJson(const ReferralRecord &record)
{
    const referrals::Referral &r = record.referral;
    QJsonArray history;
    for (const referrals::TransitionRecord &move : record.history)
        history.append(QJsonObject {{u"from"_s, referrals::stateCode(move.from)},
                                    {u"to"_s, referrals::stateCode(move.to)},
                                    {u"reason"_s, move.reason},
                                    {u"at"_s, time(move.at)}});
    return {
        {u"id"_s, r.id},
        {u"uid"_s, r.uid},
        {u"session_id"_s, r.sessionId > 0 ? QJsonValue(r.sessionId) : QJsonValue()},
        {u"kind"_s, referrals::kindCode(r.kind)},
        {u"destination_type"_s, r.destinationType},
        {u"destination_uid"_s, r.destinationUid},
        {u"needs"_s, codedList(Vocabulary::needs(), r.needs)},
        {u"urgency"_s, r.urgency},
        {u"state"_s, referrals::stateCode(r.state)},
        {u"final_outcome"_s, r.finalOutcome},
        {u"feedback_due"_s, date(r.feedbackDue)},
        {u"note"_s, r.note},
        {u"sent_at"_s, time(r.sentAt)},
        {u"taken_over_at"_s, time(r.takenOverAt)},
        {u"created_at"_s, time(r.createdAt)},
        {u"updated_at"_s, time(r.updatedAt)},
        {u"history"_s, history},
    };
}

QJsonObject auditJson(const audit::AuditEntry &e)
{
    return {
        {u"at"_s, time(e.at)},        {u"action"_s, e.action},   {u"entity_type"_s, e.entityType},
        {u"entity_id"_s, e.entityId}, {u"outcome"_s, e.outcome},
    };
}

template<typename T, typename F>
QJsonArray array(const QList<T> &items, F toJson)
{
    QJsonArray list;
    for (const T &item : items)
        list.append(toJson(item));
    return list;
}

} // namespace

QJsonObject subjectAccessJson(const SubjectAccessReport &report)
{
    const security::DeskIdentity &desk = report.desk;
    return {
        {u"schema"_s, QString::fromLatin1(kSubjectAccessSchema)},
        {u"schema_version"_s, kSubjectAccessSchemaVersion},
        {u"generated_at"_s, time(report.generatedAt)},
        {u"desk"_s,
         QJsonObject {{u"name"_s, desk.name},
                      {u"organization"_s, desk.organization},
                      {u"comune_istat"_s, desk.comuneIstat},
                      {u"code"_s, desk.code},
                      {u"contacts"_s, QJsonArray::fromStringList(desk.contacts)}}},
        {u"person"_s, personJson(report.person)},
        {u"consents"_s, array(report.consents, consentJson)},
        {u"sessions"_s, array(report.sessions, sessionJson)},
        {u"follow_ups"_s, array(report.followUps, followUpJson)},
        {u"referrals"_s, array(report.referrals, referralJson)},
        {u"audit"_s, array(report.audit, auditJson)},
        {u"retention"_s,
         QJsonObject {{u"last_contact"_s, time(report.lastContact)},
                      {u"months"_s, report.retentionMonths},
                      {u"expires_at"_s, time(report.expiresAt)}}},
    };
}

} // namespace sportello::rights
