// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/personeraser.h"

#include "services/changenotifier.h"
#include "services/desksettings.h"
#include "services/peopleservice.h"
#include "services/servicechecks.h"
#include "storage/auditlog.h"
#include "storage/boardqueuerepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/referralrepository.h"
#include "storage/sessionrepository.h"
#include "storage/transaction.h"
#include "support/clock.h"
#include "support/logging.h"
#include "wire/anonymizer.h"

using namespace Qt::StringLiterals;

namespace sportello::services {

using namespace people;

Result<detail::RemovedRecords> detail::removePersonData(storage::Database &database,
                                                        const crypto::Vault &vault,
                                                        const Clock &clock, qint64 personId)
{
    storage::PeopleRepository people(database, vault);
    storage::SessionRepository sessions(database, vault);
    storage::ReferralRepository referrals(database, vault);
    auto tx = storage::Transaction::begin(database);
    if (!tx)
        return tx.error();
    // The codes only: the profile kept on the referrals needs nothing sealed.
    auto person = people.person(personId, /*withPersonal=*/false);
    if (!person)
        return person.error();
    referrals::ReferralFilter mine;
    mine.personId = personId;
    auto referred = referrals.list(mine);
    if (!referred)
        return referred.error();
    auto district = detail::readDistrict(database, clock);
    if (!district)
        return district.error();
    RemovedRecords removed;
    for (const referrals::Referral &referral : std::as_const(*referred)) {
        const QJsonObject profile
            = wire::anonymizedProfile(*person, referral.createdAt.date(), *district);
        if (auto detached = referrals.detach(referral.id, profile); !detached)
            return detached.error();
        ++removed.referrals;
    }
    auto detachedSessions = sessions.anonymizeSessionsOf(personId);
    if (!detachedSessions)
        return detachedSessions.error();
    removed.sessions = *detachedSessions;
    auto erasedFollowUps = sessions.eraseFollowUpsOf(personId);
    if (!erasedFollowUps)
        return erasedFollowUps.error();
    removed.followUps = *erasedFollowUps;
    // The posts entered for the person on the neighbourhood board leave it with them (the
    // queue's rows of the person go with the record).
    if (auto withdrawn
        = storage::BoardQueueRepository(database).withdrawPerson(personId, clock.nowUtc());
        !withdrawn)
        return withdrawn.error();
    // Consents go with the record (ON DELETE CASCADE), its sealed fields and index entries too.
    if (auto done = people.erase(personId); !done)
        return done.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return removed;
}

PersonEraser::PersonEraser(const ServiceContext &context, PeopleService &people)
    : m_database(context.database)
    , m_vault(context.vault)
    , m_clock(context.clock)
    , m_audit(context.audit)
    , m_notifier(context.notifier)
    , m_people(people)
    , m_authorizer(context)
{ }

Status PersonEraser::erase(const security::Actor &actor, qint64 personId)
{
    const QString entity = QString::fromLatin1(storage::kPersonEntity);
    const QString id = QString::number(personId);
    // Before the transaction: a refusal is audited even though nothing else is written.
    if (auto allowed = m_authorizer.require(actor, security::Permission::ErasePerson, entity, id);
        !allowed)
        return allowed;

    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (auto removed = detail::removePersonData(m_database, m_vault, m_clock, personId); !removed)
        return removed.error();
    if (auto audited
        = m_audit.append(actor.operatorId, QString::fromLatin1(audit::kErase), entity, id);
        !audited)
        return audited;
    tx->onCommit([this, personId] { m_people.dropFromDirectory(personId); });
    m_notifier.announce(*tx, &ChangeNotifier::personErased, personId);
    if (auto committed = tx->commit(); !committed)
        return committed;

    // secure_delete zeroed the freed cells, but the WAL still holds the pages as they were.
    // The erasure stands even if a reader blocks this: the pages then leave the WAL at the
    // next checkpoint (automatic, or when the last connection closes).
    if (auto folded = m_database.checkpoint(); !folded)
        qCWarning(lcServices).noquote()
            << "checkpoint after an erasure:" << folded.error().toLogString();
    return {};
}

} // namespace sportello::services
