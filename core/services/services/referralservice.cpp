// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/referralservice.h"

#include "people/vocabulary.h"
#include "services/changenotifier.h"
#include "services/desksettings.h"
#include "services/servicechecks.h"
#include "storage/auditlog.h"
#include "storage/cataloguetargets.h"
#include "storage/database.h"
#include "storage/networkinboxrepository.h"
#include "storage/outboxrepository.h"
#include "storage/peoplerepository.h"
#include "storage/referralrepository.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"
#include "support/clock.h"
#include "support/uuid.h"
#include "wire/anonymizer.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sportello::services {

using namespace referrals;

namespace {

const QString kEntity = QString::fromLatin1(storage::kReferralEntity);
using detail::auditCode;
using detail::invalid;

// A role without ReadCounterRecords (the facilitator) reads a referral's coded facts without
// its note for the destination and without special-category needs.
Referral readable(const security::Actor &actor, Referral referral)
{
    if (!Authorizer::allows(actor, security::Permission::ReadCounterRecords))
        referral.note.clear();
    referral.needs = detail::readableNeeds(actor, referral.needs);
    return referral;
}

} // namespace

ReferralService::ReferralService(const ServiceContext &context)
    : m_database(context.database)
    , m_vault(context.vault)
    , m_audit(context.audit)
    , m_clock(context.clock)
    , m_notifier(context.notifier)
    , m_authorizer(context)
{ }

Status ReferralService::enqueue(const Referral &r, const QString &eventType)
{
    // An erased person's profile was kept on the referral; an anonymous one has none (ND).
    auto district = detail::readDistrict(m_database, m_clock);
    if (!district)
        return district.error();
    QJsonObject profile = r.profile;
    if (r.personId > 0) {
        auto stored = storage::PeopleRepository(m_database, m_vault)
                          .person(r.personId, /*withPersonal=*/false);
        if (!stored)
            return stored.error();
        profile = wire::anonymizedProfile(*stored, r.createdAt.date(), *district);
    }
    auto desk = storage::SettingsStore(m_database, m_clock)
                    .value(QString::fromLatin1(storage::settingskeys::kDeskCode));
    if (!desk)
        return desk.error();
    // The organization a referral names, directly or through one of its services: the hub
    // routes the referral to it when it is a desk of the network.
    auto target = storage::CatalogueTargets(m_database).byUid(r.destinationUid);
    if (!target)
        return target.error();
    wire::ReferralFacts facts;
    facts.referralUid = r.uid;
    facts.deskId = *desk;
    facts.referralDate = r.createdAt.date();
    facts.needs = r.needs;
    facts.destinationType = r.destinationType;
    facts.urgency = r.urgency;
    facts.state = stateCode(r.state);
    facts.finalOutcome = r.finalOutcome;
    if (r.sentAt.isValid() && r.takenOverAt.isValid())
        facts.daysToTakeOver = int(r.sentAt.daysTo(r.takenOverAt));
    if (*target)
        facts.destinationOrganization = (*target)->organizationUid;
    const QByteArray payload
        = QJsonDocument(wire::anonymize(profile, facts, *district)).toJson(QJsonDocument::Compact);
    auto queued
        = storage::OutboxRepository(m_database).enqueue(eventType, payload, m_clock.nowUtc());
    if (!queued)
        return queued.error();
    return {};
}

Status ReferralService::checkCodes(const Referral &r) const
{
    if (!destinationTypes().contains(r.destinationType))
        return invalid(u"destination"_s, r.destinationType);
    if (!urgencies().contains(r.urgency))
        return invalid(u"urgency"_s, r.urgency);
    for (const QString &need : r.needs) {
        if (!people::Vocabulary::isNeed(need))
            return invalid(u"needs"_s, need);
    }
    return detail::requireSpecialCategoryConsent(storage::PeopleRepository(m_database, m_vault),
                                                 r.personId, r.needs);
}

Result<qint64> ReferralService::create(const security::Actor &actor, Referral r)
{
    if (auto allowed = detail::requireRecording(m_authorizer, actor, kEntity); !allowed)
        return allowed.error();
    if (auto valid = checkCodes(r); !valid)
        return valid.error();
    r.id = 0;
    // Time-ordered: the hub's index of referrals then grows at its end (decision 27). The time
    // it holds is the referral's creation, which its first event tells the hub anyway.
    r.uid = newTimeOrderedUuid();
    r.state = State::Bozza;
    r.finalOutcome.clear();
    r.sentAt = r.takenOverAt = {};
    r.createdAt = r.updatedAt = m_clock.nowUtc();
    r.createdBy = actor.operatorId;
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto id = storage::ReferralRepository(m_database, m_vault).insert(r);
    if (!id)
        return id.error();
    r.id = *id;
    if (auto queued
        = enqueue(r, r.kind == Kind::Logged ? u"referral.logged"_s : u"referral.created"_s);
        !queued)
        return queued.error();
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kCreate), kEntity,
                                      QString::number(*id));
        !audited)
        return audited.error();
    m_notifier.announce(*tx, &ChangeNotifier::referralChanged, *id, r.personId);
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return *id;
}

Status ReferralService::move(const security::Actor &actor, qint64 referralId, const Transition &t)
{
    if (auto allowed
        = detail::requireRecording(m_authorizer, actor, kEntity, QString::number(referralId));
        !allowed)
        return allowed;
    storage::ReferralRepository repository(m_database, m_vault);
    auto current = repository.referral(referralId);
    if (!current)
        return current.error();
    Referral r = *current;
    if (r.kind == Kind::Logged)
        return invalid(u"kind"_s, kindCode(r.kind));
    if (auto valid = checkTransition(r.state, t); !valid)
        return valid;
    if (t.to == State::Reindirizzata && !destinationTypes().contains(t.newDestination))
        return invalid(u"destination"_s, t.newDestination);
    if (t.to == State::Inviata && r.personId > 0) {
        const QString purpose
            = people::consentPurposeCode(people::ConsentPurpose::IdentifiedReferral);
        auto given = storage::PeopleRepository(m_database, m_vault).hasConsent(r.personId, purpose);
        if (!given)
            return given.error();
        if (!*given)
            return makeError(ErrorCode::ConsentMissing, u"identified referral without consent"_s,
                             {purpose, QString()});
    }
    const QDateTime now = m_clock.nowUtc();
    const State from = r.state;
    r.state = t.to;
    r.updatedAt = now;
    if (t.to == State::Inviata)
        r.sentAt = now;
    if (t.to == State::PresaInCarico)
        r.takenOverAt = now;
    if (t.to == State::Chiusa)
        r.finalOutcome = t.finalOutcome;
    if (t.to == State::Reindirizzata)
        r.destinationType = t.newDestination;

    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (auto updated = repository.updateState(r); !updated)
        return updated;
    const QString reason = t.to == State::Reindirizzata ? t.newDestination : t.reason;
    if (auto added
        = repository.addTransition(referralId, {from, t.to, reason, now, actor.operatorId});
        !added)
        return added;
    if (auto queued = enqueue(r, u"referral.status_changed"_s); !queued)
        return queued;
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kEdit), kEntity,
                                      QString::number(referralId));
        !audited)
        return audited;
    m_notifier.announce(*tx, &ChangeNotifier::referralChanged, referralId, r.personId);
    return tx->commit();
}

Result<bool> ReferralService::applyNetworkAnswer(referrals::NetworkAnswer answer)
{
    storage::NetworkInboxRepository inbox(m_database);
    auto seen = inbox.hasAnswer(answer.eventUid);
    if (!seen)
        return seen.error();
    if (*seen)
        return false; // received before: nothing changes
    storage::ReferralRepository repository(m_database, m_vault);
    auto found = repository.byUid(answer.refUuid);
    if (!found)
        return found.error();
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    answer.applied = false;
    answer.referralId = *found ? (*found)->id : 0;
    answer.receivedAt = m_clock.nowUtc();
    State to = State::Bozza;
    const bool known = stateFromCode(answer.state, &to);
    const bool reasonOk = !reasonRequired(to) || reasonsFor(to).contains(answer.reason);
    const bool outcomeOk = to != State::Chiusa || finalOutcomes().contains(answer.finalOutcome);
    if (*found && (*found)->kind == Kind::Sent && known && reasonOk && outcomeOk) {
        Referral r = **found;
        const QList<State> path = answerPath(r.state, to);
        for (const State step : path) {
            const State from = r.state;
            r.state = step;
            r.updatedAt = answer.receivedAt;
            if (step == State::PresaInCarico)
                r.takenOverAt = answer.answeredAt;
            if (step == State::Chiusa)
                r.finalOutcome = answer.finalOutcome;
            if (auto updated = repository.updateState(r); !updated)
                return updated.error();
            const QString reason = step == to ? answer.reason : QString();
            if (auto added = repository.addTransition(
                    r.id, {from, step, reason, answer.answeredAt, 0, /*fromNetwork=*/true});
                !added)
                return added.error();
        }
        if (!path.isEmpty()) {
            if (auto queued = enqueue(r, u"referral.status_changed"_s); !queued)
                return queued.error();
            if (auto audited = m_audit.append(0, auditCode(audit::kNetworkAnswer), kEntity,
                                              QString::number(r.id));
                !audited)
                return audited.error();
            m_notifier.announce(*tx, &ChangeNotifier::referralChanged, r.id, r.personId);
            answer.applied = true;
        }
    }
    if (!answer.applied && answer.referralId > 0)
        m_notifier.announce(*tx, &ChangeNotifier::referralChanged, answer.referralId,
                            (*found)->personId);
    if (auto added = inbox.addAnswer(answer); !added)
        return added.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return answer.applied;
}

Result<QList<referrals::NetworkAnswer>>
ReferralService::networkAnswers(const security::Actor &actor, qint64 referralId) const
{
    if (auto allowed = m_authorizer.requireAccount(actor, kEntity, QString::number(referralId));
        !allowed)
        return allowed.error();
    return storage::NetworkInboxRepository(m_database).answers(referralId);
}

Status ReferralService::updateDraft(const security::Actor &actor, const Referral &draft)
{
    if (auto allowed
        = detail::requireRecording(m_authorizer, actor, kEntity, QString::number(draft.id));
        !allowed)
        return allowed;
    storage::ReferralRepository repository(m_database, m_vault);
    auto current = repository.referral(draft.id);
    if (!current)
        return current.error();
    Referral r = *current;
    if (r.kind == Kind::Logged)
        return invalid(u"kind"_s, kindCode(r.kind));
    if (r.state != State::Bozza)
        return invalid(u"state"_s, stateCode(r.state));
    // A facilitator's copy lacks the note and special needs of someone else's draft: saving
    // it would erase them.
    if (r.createdBy != actor.operatorId
        && !Authorizer::allows(actor, security::Permission::ReadCounterRecords)) {
        if (auto allowed = m_authorizer.require(actor, security::Permission::ReadCounterRecords,
                                                kEntity, QString::number(r.id));
            !allowed)
            return allowed;
    }
    r.destinationUid = draft.destinationUid;
    r.needs = draft.needs;
    r.urgency = draft.urgency;
    r.note = draft.note;
    r.feedbackDue = draft.feedbackDue;
    r.updatedAt = m_clock.nowUtc();
    if (auto valid = checkCodes(r); !valid)
        return valid;
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (auto updated = repository.updateDraft(r); !updated)
        return updated;
    if (auto queued = enqueue(r, u"referral.updated"_s); !queued)
        return queued;
    if (auto audited
        = m_audit.append(actor.operatorId, auditCode(audit::kEdit), kEntity, QString::number(r.id));
        !audited)
        return audited;
    m_notifier.announce(*tx, &ChangeNotifier::referralChanged, r.id, r.personId);
    return tx->commit();
}

Result<Referral> ReferralService::referral(const security::Actor &actor, qint64 referralId)
{
    if (auto allowed
        = detail::requireRecording(m_authorizer, actor, kEntity, QString::number(referralId));
        !allowed)
        return allowed.error();
    auto found = storage::ReferralRepository(m_database, m_vault).referral(referralId);
    if (!found)
        return found.error();
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kView), kEntity,
                                      QString::number(referralId));
        !audited)
        return audited.error();
    return readable(actor, std::move(found).value());
}

Result<QList<TransitionRecord>> ReferralService::history(const security::Actor &actor,
                                                         qint64 referralId) const
{
    if (auto allowed
        = detail::requireRecording(m_authorizer, actor, kEntity, QString::number(referralId));
        !allowed)
        return allowed.error();
    return storage::ReferralRepository(m_database, m_vault).history(referralId);
}

Result<QList<Referral>> ReferralService::list(const security::Actor &actor,
                                              const ReferralFilter &filter) const
{
    if (auto allowed = detail::requireRecording(m_authorizer, actor, kEntity); !allowed)
        return allowed.error();
    auto found = storage::ReferralRepository(m_database, m_vault).list(filter);
    if (!found)
        return found.error();
    for (Referral &referral : *found)
        referral = readable(actor, std::move(referral));
    return found;
}

Result<QList<Referral>> ReferralService::awaitingFeedback(const security::Actor &actor,
                                                          const QDate &day) const
{
    ReferralFilter filter;
    filter.feedbackDueBy = day;
    return list(actor, filter);
}

Result<int> ReferralService::awaitingFeedbackCount(const security::Actor &actor, const QDate &day,
                                                   qint64 createdBy) const
{
    if (auto allowed = detail::requireRecording(m_authorizer, actor, kEntity); !allowed)
        return allowed.error();
    ReferralFilter filter;
    filter.feedbackDueBy = day;
    filter.createdBy = createdBy;
    return storage::ReferralRepository(m_database, m_vault).count(filter);
}

Result<QList<people::TimelineEntry>> ReferralService::timeline(const security::Actor &actor,
                                                               qint64 personId) const
{
    if (personId <= 0)
        return QList<people::TimelineEntry> {};
    ReferralFilter filter;
    filter.personId = personId;
    auto found = list(actor, filter);
    if (!found)
        return found.error();
    QList<people::TimelineEntry> entries;
    for (const Referral &r : std::as_const(*found)) {
        people::TimelineEntry entry;
        entry.kind = people::TimelineEntry::Kind::Referral;
        entry.at = r.createdAt;
        entry.recordId = r.id;
        entry.operatorId = r.createdBy;
        entry.codes = {r.destinationType, stateCode(r.state), kindCode(r.kind), r.urgency};
        entries.append(entry);
    }
    return entries;
}

Result<LetterFacts> ReferralService::letter(const security::Actor &actor, qint64 referralId)
{
    if (auto allowed = m_authorizer.require(actor, security::Permission::ExportData, kEntity,
                                            QString::number(referralId));
        !allowed)
        return allowed.error();
    LetterFacts facts;
    auto found = storage::ReferralRepository(m_database, m_vault).referral(referralId);
    if (!found)
        return found.error();
    facts.referral = *found;
    if (facts.referral.personId <= 0)
        return invalid(u"person"_s, QString());
    const storage::PeopleRepository people(m_database, m_vault);
    const QString purpose = people::consentPurposeCode(people::ConsentPurpose::IdentifiedReferral);
    auto consents = people.consents(facts.referral.personId);
    if (!consents)
        return consents.error();
    bool given = false;
    for (const people::Consent &consent : std::as_const(*consents)) {
        if (consent.inForce() && consent.purpose == people::ConsentPurpose::IdentifiedReferral
            && (!given || consent.givenAt > facts.consent.givenAt)) {
            facts.consent = consent;
            given = true;
        }
    }
    if (!given)
        return makeError(ErrorCode::ConsentMissing, u"referral letter without consent"_s,
                         {purpose, QString()});
    auto person = people.person(facts.referral.personId);
    if (!person)
        return person.error();
    facts.person = *person;
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kExport), kEntity,
                                      QString::number(referralId));
        !audited)
        return audited.error();
    return facts;
}

} // namespace sportello::services
