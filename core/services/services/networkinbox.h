// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/networkinbox.h"
#include "security/permissions.h"
#include "support/result.h"
#include "wire/events.h"

#include <QList>
#include <QString>

#include <memory>

namespace sportello::services {

class Authorizer;
class ReferralService;
struct ServiceContext;

// What one page of the feed did.
struct InboxReport
{
    int answersApplied = 0; // destinations' answers that moved a referral
    int answersKept = 0; // answers the state machine did not allow: kept, shown on the referral
    int received = 0; // referrals addressed to this desk, new or updated
    int skipped = 0; // events whose data broke the schema: skipped (logged without content)
};

// The closed loop at the desk: applies what the hub's feed brings (the destinations' answers
// to this desk's referrals; the referrals other desks addressed to this one) and keeps the
// position in the feed, both in one transaction per page, so that a page is applied once and
// whole whatever stops the desk. Needs no login: it runs in the background sync.
class NetworkInbox final
{
public:
    explicit NetworkInbox(const ServiceContext &context);
    ~NetworkInbox();
    Q_DISABLE_COPY_MOVE(NetworkInbox)

    // The feed position up to which everything was applied ("0" at the start).
    [[nodiscard]] Result<QString> cursor() const;
    // Applies `events` (one page, in feed order) and moves the cursor to `next`.
    [[nodiscard]] Result<InboxReport> apply(const QList<wire::FeedEvent> &events,
                                            const QString &next);
    // The referrals received as a destination, newest first: codes only, for any operator.
    [[nodiscard]] Result<QList<referrals::ReceivedReferral>>
    received(const security::Actor &actor) const;
    // This desk's answer, as a destination, to a referral it received: RICEVUTA → taken on
    // (PRESA_IN_CARICO) or declined (NON_PRESA_IN_CARICO with a reason), taken on → closed
    // (CHIUSA with an outcome). Recorded here and queued for the hub (referral.answered), which
    // routes it to the desk that sent the referral; audited.
    [[nodiscard]] Status answer(const security::Actor &actor, qint64 receivedId,
                                const QString &state, const QString &reason,
                                const QString &finalOutcome);
    // The answers this desk may give now to a received referral in `state`.
    [[nodiscard]] static QStringList answersFrom(const QString &state);
    // The answers the state machine did not allow, oldest first.
    [[nodiscard]] Result<QList<referrals::NetworkAnswer>>
    unappliedAnswers(const security::Actor &actor) const;

private:
    const ServiceContext &m_context;
    std::unique_ptr<ReferralService> m_referrals;
    std::unique_ptr<Authorizer> m_authorizer;
};

} // namespace sportello::services
