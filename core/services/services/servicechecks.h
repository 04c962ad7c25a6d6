// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the services: the shapes of their refusals and audit codes.

#include "security/permissions.h"
#include "services/authorizer.h"
#include "support/result.h"

#include <QStringList>

namespace sportello {
class Clock;
namespace crypto {
class Vault;
}
namespace storage {
class Database;
class PeopleRepository;
} // namespace storage
} // namespace sportello

namespace sportello::services::detail {

// InvalidArgument with args {field, offending code}: what PeopleText::invalidField explains.
[[nodiscard]] inline Error invalid(const QString &field, const QString &code)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("invalid %1").arg(field),
                     {field, code});
}

[[nodiscard]] inline QString auditCode(const char *action)
{
    return QString::fromLatin1(action);
}

// People, their sessions and follow-ups are for anyone who records sessions of either kind:
// counter operators and coordinators, and facilitators (for facilitation). A refusal is
// audited on `entityType`/`entityId`.
[[nodiscard]] inline Status requireRecording(Authorizer &authorizer, const security::Actor &actor,
                                             const QString &entityType,
                                             const QString &entityId = {})
{
    return authorizer.require(actor,
                              Authorizer::allows(actor, security::Permission::RecordSessions)
                                  ? security::Permission::RecordSessions
                                  : security::Permission::RecordFacilitation,
                              entityType, entityId);
}

// The needs a role reads: all of them with Permission::ReadCounterRecords, else only those
// that are not special-category data (art. 9/10 micro-voci and their macro-voci).
[[nodiscard]] QStringList readableNeeds(const security::Actor &actor, const QStringList &needs);

// What removing one person took with it: sessions detached, follow-ups deleted, referrals
// detached.
struct RemovedRecords
{
    int sessions = 0;
    int followUps = 0;
    int referrals = 0;
};

// Removes a person's record and what identifies them, inside the caller's transaction: sealed
// fields and index entries, consents, follow-ups, the texts of their sessions and referrals,
// which stay as coded records without the person (each referral keeping the anonymized
// profile). No permission check, no audit row: shared by the erasure, the purge of abandoned
// intakes and retention, which check and audit. Works while the vault is locked.
[[nodiscard]] Result<RemovedRecords> removePersonData(storage::Database &database,
                                                      const crypto::Vault &vault,
                                                      const Clock &clock, qint64 personId);

// Art. 9/10 micro-voci among `needs` need the person's special-category consent in force; an
// anonymous walk-in (personId 0) cannot give it. ConsentMissing with args {purpose, need}.
[[nodiscard]] Status requireSpecialCategoryConsent(const storage::PeopleRepository &people,
                                                   qint64 personId, const QStringList &needs);

} // namespace sportello::services::detail
