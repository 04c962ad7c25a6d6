// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/sessionservice.h"

#include "services/changenotifier.h"
#include "services/servicechecks.h"
#include "storage/auditlog.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/sessionrepository.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"
#include "support/clock.h"

#include <QSet>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::services {

using namespace people;

namespace {

const QString kSessionType = QString::fromLatin1(storage::kSessionEntity);
const QString kFollowUpType = QString::fromLatin1(storage::kFollowUpEntity);
const QString kFacilitation = u"FACDIG"_s;

using detail::auditCode;
using detail::invalid;

Status checkCodes(const QString &field, const QStringList &codes, const QList<Term> &terms)
{
    QSet<QString> seen;
    for (const QString &code : codes) {
        if (!Vocabulary::contains(terms, code) || seen.contains(code))
            return invalid(field, code);
        seen.insert(code);
    }
    return {};
}

// Counter sessions need RecordSessions; digital facilitation RecordFacilitation.
Status requireFor(Authorizer &authorizer, const security::Actor &actor, const QString &sessionType,
                  const QString &entityId = {})
{
    return authorizer.require(actor,
                              sessionType == kFacilitation
                                  ? security::Permission::RecordFacilitation
                                  : security::Permission::RecordSessions,
                              kSessionType, entityId);
}

// Reading people's sessions and follow-ups: anyone who records sessions of either kind.
Status requireReading(Authorizer &authorizer, const security::Actor &actor,
                      const QString &entityType, const QString &entityId)
{
    return detail::requireRecording(authorizer, actor, entityType, entityId);
}

// A role without ReadCounterRecords (the facilitator) reads facilitation sessions only, and
// only their ordinary needs.
bool readable(const security::Actor &actor, const Session &session)
{
    return session.type == kFacilitation
        || Authorizer::allows(actor, security::Permission::ReadCounterRecords);
}

QList<Session> readableSessions(const security::Actor &actor, QList<Session> sessions)
{
    sessions.removeIf([&actor](const Session &s) { return !readable(actor, s); });
    for (Session &s : sessions)
        s.needs = detail::readableNeeds(actor, s.needs);
    return sessions;
}

// ... and the follow-ups they scheduled or were given.
QList<FollowUp> readableFollowUps(const security::Actor &actor, QList<FollowUp> followUps)
{
    if (!Authorizer::allows(actor, security::Permission::ReadCounterRecords))
        followUps.removeIf([&actor](const FollowUp &f) {
            return f.assigneeId != actor.operatorId && f.createdBy != actor.operatorId;
        });
    return followUps;
}

} // namespace

SessionService::SessionService(const ServiceContext &context)
    : m_database(context.database)
    , m_vault(context.vault)
    , m_audit(context.audit)
    , m_clock(context.clock)
    , m_notifier(context.notifier)
    , m_authorizer(context)
{ }

Status SessionService::validate(const Session &s) const
{
    if (!Vocabulary::contains(Vocabulary::sessionTypes(), s.type))
        return invalid(u"type"_s, s.type);
    if (!Vocabulary::contains(Vocabulary::sessionChannels(), s.channel))
        return invalid(u"channel"_s, s.channel);
    if (!Vocabulary::contains(Vocabulary::arrivals(), s.arrival))
        return invalid(u"arrival"_s, s.arrival);
    if (s.durationMinutes < 0 || s.durationMinutes > 24 * 60)
        return invalid(u"duration"_s, QString::number(s.durationMinutes));
    if (auto needs = checkCodes(u"needs"_s, s.needs, Vocabulary::needs()); !needs)
        return needs;
    if (auto outcomes = checkCodes(u"outcomes"_s, s.outcomes, Vocabulary::outcomes()); !outcomes)
        return outcomes;
    for (const QString &need : s.needs) {
        if (Vocabulary::needRequiresLabel(need) && s.otherNeedLabel.trimmed().isEmpty())
            return invalid(u"other_need"_s, need);
    }
    const Facilitation &f = s.facilitation;
    if (s.type == kFacilitation) {
        if (!Vocabulary::contains(Vocabulary::facilitationKinds(), f.kind))
            return invalid(u"facilitation_kind"_s, f.kind);
        if (auto ambiti = checkCodes(u"ambiti"_s, f.ambiti, Vocabulary::digitalAmbiti()); !ambiti)
            return ambiti;
        if (f.goal == Facilitation::Goal::NotReached
            && !Vocabulary::contains(Vocabulary::facilitationFailures(), f.failureReason))
            return invalid(u"facilitation_failure"_s, f.failureReason);
        if (f.goal != Facilitation::Goal::NotReached && !f.failureReason.isEmpty())
            return invalid(u"facilitation_failure"_s, f.failureReason);
    } else if (!f.kind.isEmpty() || !f.ambiti.isEmpty() || f.goal != Facilitation::Goal::NotSet) {
        return invalid(u"facilitation"_s, s.type);
    }

    const storage::PeopleRepository people(m_database, m_vault);
    if (s.personId > 0) {
        auto exists = people.exists(s.personId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return makeError(ErrorCode::NotFound, u"no person %1"_s.arg(s.personId));
        // A person who withdrew the consent to be recorded gets no new sessions.
        auto consents = people.consents(s.personId);
        if (!consents)
            return consents.error();
        const QString personal = consentPurposeCode(ConsentPurpose::PersonalData);
        const bool everGiven = std::any_of(consents->cbegin(), consents->cend(), [](const auto &c) {
            return c.purpose == ConsentPurpose::PersonalData;
        });
        const bool inForce = std::any_of(consents->cbegin(), consents->cend(), [](const auto &c) {
            return c.purpose == ConsentPurpose::PersonalData && c.inForce();
        });
        if (everGiven && !inForce)
            return makeError(ErrorCode::ConsentMissing, u"personal-data consent withdrawn"_s,
                             {personal, QString()});
    }
    return detail::requireSpecialCategoryConsent(people, s.personId, s.needs);
}

Result<qint64> SessionService::save(const security::Actor &actor, Session session)
{
    if (auto allowed = requireFor(m_authorizer, actor, session.type); !allowed)
        return allowed.error();
    if (auto valid = validate(session); !valid)
        return valid.error();
    // The catalogue as the desk had it: version and the names of the services discussed.
    const storage::CatalogueRepository catalogue(m_database, m_clock);
    auto version = catalogue.version();
    if (!version)
        return version.error();
    for (DiscussedService &service : session.services) {
        auto name = catalogue.serviceName(service.serviceUid);
        if (!name && name.error().code == ErrorCode::NotFound)
            return invalid(u"services"_s, service.serviceUid);
        if (!name)
            return name.error();
        service.serviceName = *name;
        service.catalogueVersion = *version;
    }
    auto deskCode = storage::SettingsStore(m_database, m_clock)
                        .value(QString::fromLatin1(storage::settingskeys::kDeskCode));
    if (!deskCode)
        return deskCode.error();
    session.id = 0;
    session.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    session.deskCode = *deskCode;
    session.operatorId = actor.operatorId;
    session.createdAt = m_clock.nowUtc();
    if (!session.startedAt.isValid())
        session.startedAt = session.createdAt;
    session.otherNeedLabel = session.otherNeedLabel.trimmed();

    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto id = storage::SessionRepository(m_database, m_vault).insert(session);
    if (!id)
        return id.error();
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kCreate), kSessionType,
                                      QString::number(*id));
        !audited)
        return audited.error();
    m_notifier.announce(*tx, &ChangeNotifier::sessionSaved, *id, session.personId);
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return *id;
}

Result<Session> SessionService::session(const security::Actor &actor, qint64 sessionId)
{
    if (auto allowed
        = requireReading(m_authorizer, actor, kSessionType, QString::number(sessionId));
        !allowed)
        return allowed.error();
    auto session = storage::SessionRepository(m_database, m_vault).session(sessionId);
    if (!session)
        return session.error();
    if (!readable(actor, *session)) {
        if (auto allowed = m_authorizer.require(actor, security::Permission::ReadCounterRecords,
                                                kSessionType, QString::number(sessionId));
            !allowed)
            return allowed.error();
    }
    session->needs = detail::readableNeeds(actor, session->needs);
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kView), kSessionType,
                                      QString::number(sessionId));
        !audited)
        return audited.error();
    return session;
}

Result<QList<Session>> SessionService::sessionsOf(const security::Actor &actor, qint64 personId)
{
    const QString person = QString::fromLatin1(storage::kPersonEntity);
    if (auto allowed = requireReading(m_authorizer, actor, person, QString::number(personId));
        !allowed)
        return allowed.error();
    auto sessions = storage::SessionRepository(m_database, m_vault).sessionsOf(personId);
    if (!sessions)
        return sessions.error();
    return readableSessions(actor, std::move(sessions).value());
}

Result<qint64> SessionService::scheduleFollowUp(const security::Actor &actor, FollowUp followUp)
{
    if (auto allowed = requireReading(m_authorizer, actor, kFollowUpType, {}); !allowed)
        return allowed.error();
    if (!followUp.due.isValid())
        return invalid(u"due"_s, {});
    if (followUp.due < m_clock.today())
        return invalid(u"due"_s, followUp.due.toString(Qt::ISODate));
    if (followUp.personId > 0) {
        const storage::PeopleRepository people(m_database, m_vault);
        auto preference = people.contactPreference(followUp.personId);
        if (!preference)
            return preference.error();
        if (*preference == QLatin1StringView(kDoNotContact))
            return makeError(ErrorCode::ContactRefused, u"the person asked not to be contacted"_s);
        const QString purpose = consentPurposeCode(ConsentPurpose::PhoneContact);
        auto given = people.hasConsent(followUp.personId, purpose);
        if (!given)
            return given.error();
        if (!*given)
            return makeError(ErrorCode::ConsentMissing, u"no consent to be contacted"_s,
                             {purpose, QString()});
    }
    followUp.id = 0;
    followUp.createdAt = m_clock.nowUtc();
    followUp.createdBy = actor.operatorId;
    if (followUp.assigneeId <= 0)
        followUp.assigneeId = actor.operatorId;
    followUp.note = followUp.note.trimmed();
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto id = storage::SessionRepository(m_database, m_vault).insertFollowUp(followUp);
    if (!id)
        return id.error();
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kCreate), kFollowUpType,
                                      QString::number(*id));
        !audited)
        return audited.error();
    m_notifier.announce(*tx, &ChangeNotifier::followUpChanged, *id, followUp.personId);
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return *id;
}

Status SessionService::completeFollowUp(const security::Actor &actor, qint64 followUpId,
                                        const QString &outcome, const QString &note)
{
    if (auto allowed
        = requireReading(m_authorizer, actor, kFollowUpType, QString::number(followUpId));
        !allowed)
        return allowed;
    if (!Vocabulary::contains(Vocabulary::followUpOutcomes(), outcome))
        return invalid(u"outcome"_s, outcome);
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    storage::SessionRepository repository(m_database, m_vault);
    auto followUp = repository.followUp(followUpId);
    if (!followUp)
        return followUp.error();
    if (auto done = repository.completeFollowUp(followUpId, m_clock.nowUtc(), actor.operatorId,
                                                outcome, note.trimmed());
        !done)
        return done;
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kEdit), kFollowUpType,
                                      QString::number(followUpId));
        !audited)
        return audited;
    m_notifier.announce(*tx, &ChangeNotifier::followUpChanged, followUpId, followUp->personId);
    return tx->commit();
}

Result<FollowUpQueue> SessionService::followUpQueue(const security::Actor &actor, qint64 assigneeId,
                                                    QDate today) const
{
    if (auto allowed = requireReading(m_authorizer, actor, kFollowUpType, {}); !allowed)
        return allowed.error();
    if (!today.isValid())
        today = m_clock.today();
    auto open = storage::SessionRepository(m_database, m_vault).openFollowUps(assigneeId);
    if (!open)
        return open.error();
    FollowUpQueue queue;
    for (const FollowUp &followUp : readableFollowUps(actor, std::move(open).value())) {
        if (followUp.due < today)
            queue.overdue.append(followUp);
        else if (followUp.due == today)
            queue.today.append(followUp);
        else
            queue.upcoming.append(followUp);
    }
    return queue;
}

Result<int> SessionService::dueFollowUpCount(const security::Actor &actor, qint64 assigneeId,
                                             const QDate &today) const
{
    if (auto allowed = requireReading(m_authorizer, actor, kFollowUpType, {}); !allowed)
        return allowed.error();
    // As readableFollowUps(): without the right to read the counter's records, only those
    // assigned to or created by the operator.
    const qint64 involving = Authorizer::allows(actor, security::Permission::ReadCounterRecords)
        ? 0
        : actor.operatorId;
    return storage::SessionRepository(m_database, m_vault)
        .countOpenFollowUps(today, assigneeId, involving);
}

Result<QList<FollowUp>> SessionService::followUpsOf(const security::Actor &actor,
                                                    qint64 personId) const
{
    const QString person = QString::fromLatin1(storage::kPersonEntity);
    if (auto allowed = requireReading(m_authorizer, actor, person, QString::number(personId));
        !allowed)
        return allowed.error();
    auto followUps = storage::SessionRepository(m_database, m_vault).followUpsOf(personId);
    if (!followUps)
        return followUps.error();
    return readableFollowUps(actor, std::move(followUps).value());
}

Result<QList<TimelineEntry>> SessionService::timeline(const security::Actor &actor, qint64 personId)
{
    const QString person = QString::fromLatin1(storage::kPersonEntity);
    if (auto allowed = requireReading(m_authorizer, actor, person, QString::number(personId));
        !allowed)
        return allowed.error();
    const storage::SessionRepository repository(m_database, m_vault);
    auto sessions = repository.sessionsOf(personId);
    if (!sessions)
        return sessions.error();
    auto followUps = repository.followUpsOf(personId);
    if (!followUps)
        return followUps.error();
    auto consents = storage::PeopleRepository(m_database, m_vault).consents(personId);
    if (!consents)
        return consents.error();

    QList<TimelineEntry> entries;
    for (const Session &s : readableSessions(actor, std::move(sessions).value())) {
        QString text = s.notes;
        if (!s.nextStep.isEmpty())
            text += (text.isEmpty() ? QString() : u"\n"_s) + s.nextStep;
        entries.append({TimelineEntry::Kind::Session, s.startedAt, s.id, s.operatorId,
                        QStringList {s.type} + s.needs + s.outcomes, text});
    }
    for (const FollowUp &f : readableFollowUps(actor, std::move(followUps).value())) {
        entries.append({TimelineEntry::Kind::FollowUpDue,
                        f.due.startOfDay(Qt::UTC),
                        f.id,
                        f.assigneeId,
                        {},
                        f.note});
        if (!f.isOpen())
            entries.append({TimelineEntry::Kind::FollowUpDone,
                            f.doneAt,
                            f.id,
                            f.doneBy,
                            {f.outcome},
                            f.outcomeNote});
    }
    for (const Consent &c : std::as_const(*consents)) {
        const QStringList codes {consentPurposeCode(c.purpose), consentMethodCode(c.method),
                                 c.textVersion};
        entries.append(
            {TimelineEntry::Kind::ConsentGiven, c.givenAt, c.id, c.recordedBy, codes, {}});
        if (!c.inForce())
            entries.append(
                {TimelineEntry::Kind::ConsentRevoked, c.revokedAt, c.id, c.revokedBy, codes, {}});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kView), person,
                                      QString::number(personId));
        !audited)
        return audited.error();
    return entries;
}

} // namespace sportello::services
