// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"
#include "services/authorizer.h"
#include "services/servicecontext.h"
#include "support/result.h"

namespace sportello::services {

class PeopleService;

// Erases a person at their request (GDPR art. 17), by a coordinator: the record, its sealed
// fields and index entries, consents, follow-ups and the free texts of their sessions and
// referrals go in one transaction; sessions and referrals stay as de-identified coded records
// (a referral keeps the person's anonymized profile so its later hub records stay right). The
// WAL is checkpointed afterwards so no old page of the person lingers in the database files.
class PersonEraser final
{
public:
    PersonEraser(const ServiceContext &context, PeopleService &people);

    // PermissionDenied (audited) without Permission::ErasePerson, NotFound for an unknown id.
    // Audited as "erase" on the person's id, with no personal data.
    [[nodiscard]] Status erase(const security::Actor &actor, qint64 personId);

private:
    storage::Database &m_database;
    const crypto::Vault &m_vault;
    const Clock &m_clock;
    storage::AuditLog &m_audit;
    ChangeNotifier &m_notifier;
    PeopleService &m_people;
    Authorizer m_authorizer;
};

} // namespace sportello::services
