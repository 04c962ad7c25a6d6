// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/audit.h"
#include "people/model.h"
#include "referrals/referral.h"
#include "security/account.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace sportello::rights {

// A referral with its moves, as the subject-access export gives it.
struct ReferralRecord
{
    referrals::Referral referral; // with its note
    QList<referrals::TransitionRecord> history; // oldest first
};

// Everything the desk holds about one person (GDPR art. 15 and 20), decrypted: the record,
// consents, sessions with needs, outcomes and notes, follow-ups, referrals with their history,
// the audit rows about any of them and when the record is due to go. Operators appear by
// nothing but what they did: the export names no member of the desk's staff.
struct SubjectAccessReport
{
    QDateTime generatedAt; // UTC
    security::DeskIdentity desk; // the controller the person can turn to
    people::Person person;
    QList<people::Consent> consents;
    QList<people::Session> sessions; // newest first
    QList<people::FollowUp> followUps;
    QList<ReferralRecord> referrals;
    QList<audit::AuditEntry> audit; // newest first
    QDateTime lastContact; // UTC
    int retentionMonths = 0;
    QDateTime expiresAt; // UTC: last contact plus the retention period
};

// The export's JSON: schema "sportello.subject_access", version kSubjectAccessSchemaVersion
// (docs/privacy.md describes it). Times are ISO 8601 UTC, dates ISO; every value of the
// people vocabularies is {"code", "label"} with the Italian label; referral codes are given
// as they are stored. Keys are stable; a later version only adds keys.
inline constexpr int kSubjectAccessSchemaVersion = 1;
inline constexpr char kSubjectAccessSchema[] = "sportello.subject_access";
[[nodiscard]] QJsonObject subjectAccessJson(const SubjectAccessReport &report);

} // namespace sportello::rights
