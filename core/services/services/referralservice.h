// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"
#include "referrals/networkinbox.h"
#include "referrals/referral.h"
#include "security/permissions.h"
#include "services/authorizer.h"
#include "services/servicecontext.h"
#include "support/result.h"

namespace sportello::services {

// Referrals of the desk: created from a session, moved through the state machine. Each change
// is one transaction holding the referral, its history row, its audit row and the outbox row
// with the anonymized record — all or nothing; inside a transaction the caller already has open
// (the demo generator's batches) the change joins it and commits or rolls back with it.
class ReferralService final
{
public:
    explicit ReferralService(const ServiceContext &context);

    // A new referral in BOZZA (a logged one stays there: it was never sent). Checks the codes,
    // and special-category needs against the person's consent.
    [[nodiscard]] Result<qint64> create(const security::Actor &actor, referrals::Referral referral);
    // One move of the state machine; sending an identified referral needs the consent to send
    // (ConsentMissing). A logged referral does not move.
    [[nodiscard]] Status move(const security::Actor &actor, qint64 referralId,
                              const referrals::Transition &transition);
    // Completes a draft (BOZZA, e.g. returned as incomplete): the concrete destination, needs,
    // urgency, note and expected feedback date; the rest is kept. Queues the new record.
    [[nodiscard]] Status updateDraft(const security::Actor &actor,
                                     const referrals::Referral &draft);
    [[nodiscard]] Result<referrals::Referral> referral(const security::Actor &actor,
                                                       qint64 referralId);
    [[nodiscard]] Result<QList<referrals::TransitionRecord>> history(const security::Actor &actor,
                                                                     qint64 referralId) const;
    // The desk's referrals matching the filter, newest first, without notes.
    [[nodiscard]] Result<QList<referrals::Referral>>
    list(const security::Actor &actor, const referrals::ReferralFilter &filter) const;
    // Sent referrals still waiting for an answer whose expected feedback date is on or
    // before `day`: the follow-up queue chases them.
    [[nodiscard]] Result<QList<referrals::Referral>> awaitingFeedback(const security::Actor &actor,
                                                                      const QDate &day) const;
    // How many of those there are (only `createdBy`'s when not 0), without reading them.
    [[nodiscard]] Result<int> awaitingFeedbackCount(const security::Actor &actor, const QDate &day,
                                                    qint64 createdBy = 0) const;
    // A person's referrals as timeline entries (codes: destination, state, kind, urgency).
    [[nodiscard]] Result<QList<people::TimelineEntry>> timeline(const security::Actor &actor,
                                                                qint64 personId) const;
    // The facts of the identified letter; ConsentMissing without the consent to send in
    // force, InvalidArgument {"person"} for an anonymous referral. Audited as an export.
    [[nodiscard]] Result<referrals::LetterFacts> letter(const security::Actor &actor,
                                                        qint64 referralId);

    // A destination's answer received through the hub, applied as the network (no operator):
    // along referrals::answerPath, each move in the history marked as from the network, one
    // new record queued for the hub; kept unapplied (and shown) when the state machine does not
    // allow it. Recorded once per event id; works while the vault is locked. Joins the caller's
    // transaction. Whether it was applied now.
    [[nodiscard]] Result<bool> applyNetworkAnswer(referrals::NetworkAnswer answer);
    // What the network answered about one referral, applied or not, oldest first.
    [[nodiscard]] Result<QList<referrals::NetworkAnswer>>
    networkAnswers(const security::Actor &actor, qint64 referralId) const;

private:
    [[nodiscard]] Status enqueue(const referrals::Referral &referral, const QString &eventType);
    [[nodiscard]] Status checkCodes(const referrals::Referral &referral) const;

    storage::Database &m_database;
    const crypto::Vault &m_vault;
    storage::AuditLog &m_audit;
    const Clock &m_clock;
    ChangeNotifier &m_notifier;
    mutable Authorizer m_authorizer;
};

} // namespace sportello::services
