// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/subjectaccessservice.h"

#include "services/desksettings.h"
#include "services/servicechecks.h"
#include "storage/auditlog.h"
#include "storage/peoplerepository.h"
#include "storage/referralrepository.h"
#include "storage/retentionqueries.h"
#include "storage/sessionrepository.h"
#include "storage/transaction.h"
#include "support/clock.h"

using namespace Qt::StringLiterals;

namespace sportello::services {

namespace {
constexpr char kSubjectAccessEntity[] = "subject_access";

QString entity(const char *type, qint64 id)
{
    return QString::fromLatin1(type) + u'/' + QString::number(id);
}
} // namespace

SubjectAccessService::SubjectAccessService(const ServiceContext &context,
                                           const DeskSettings &settings)
    : m_database(context.database)
    , m_vault(context.vault)
    , m_clock(context.clock)
    , m_audit(context.audit)
    , m_settings(settings)
    , m_authorizer(context)
{ }

Result<rights::SubjectAccessReport> SubjectAccessService::report(const security::Actor &actor,
                                                                 qint64 personId)
{
    const QString id = QString::number(personId);
    const QString entityType = QString::fromLatin1(kSubjectAccessEntity);
    if (auto allowed
        = m_authorizer.require(actor, security::Permission::SubjectAccess, entityType, id);
        !allowed)
        return allowed.error();

    // One transaction: the export row exists exactly when the report was read, and the report
    // lists it among the rows about the person.
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    const storage::PeopleRepository people(m_database, m_vault);
    rights::SubjectAccessReport report;
    auto person = people.person(personId);
    if (!person)
        return person.error();
    report.person = std::move(person).value();
    if (auto audited
        = m_audit.append(actor.operatorId, detail::auditCode(audit::kExport), entityType, id);
        !audited)
        return audited.error();

    report.generatedAt = m_clock.nowUtc();
    report.desk = m_settings.identity().valueOr({});
    auto consents = people.consents(personId);
    if (!consents)
        return consents.error();
    report.consents = std::move(consents).value();

    const storage::SessionRepository sessions(m_database, m_vault);
    auto held = sessions.sessionsOf(personId);
    if (!held)
        return held.error();
    report.sessions = std::move(held).value();
    auto followUps = sessions.followUpsOf(personId);
    if (!followUps)
        return followUps.error();
    report.followUps = std::move(followUps).value();

    const storage::ReferralRepository referrals(m_database, m_vault);
    referrals::ReferralFilter mine;
    mine.personId = personId;
    auto listed = referrals.list(mine);
    if (!listed)
        return listed.error();
    for (const referrals::Referral &summary : std::as_const(*listed)) {
        // The list leaves the note sealed; the person is owed it too.
        auto full = referrals.referral(summary.id);
        if (!full)
            return full.error();
        auto history = referrals.history(summary.id);
        if (!history)
            return history.error();
        report.referrals.append({std::move(full).value(), std::move(history).value()});
    }

    audit::AuditFilter about;
    about.limit = 0;
    about.entities = {entity(storage::kPersonEntity, personId), entity("consent_form", personId),
                      entity(kSubjectAccessEntity, personId)};
    for (const people::Consent &consent : std::as_const(report.consents))
        about.entities.append(entity("consent", consent.id));
    for (const people::Session &session : std::as_const(report.sessions))
        about.entities.append(entity(storage::kSessionEntity, session.id));
    for (const people::FollowUp &followUp : std::as_const(report.followUps))
        about.entities.append(entity(storage::kFollowUpEntity, followUp.id));
    for (const rights::ReferralRecord &referral : std::as_const(report.referrals))
        about.entities.append(entity(storage::kReferralEntity, referral.referral.id));
    auto rows = m_audit.entries(about);
    if (!rows)
        return rows.error();
    report.audit = std::move(rows).value();

    auto last = storage::RetentionQueries(m_database).lastContact(personId);
    if (!last)
        return last.error();
    report.lastContact = *last;
    report.retentionMonths = m_settings.retentionMonths();
    report.expiresAt = last->addMonths(report.retentionMonths);

    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return report;
}

} // namespace sportello::services
