// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// What the network tells a desk about referrals (issue 14, the closed loop): the destinations'
// answers to the referrals it sent, and the referrals other desks addressed to it.
namespace sportello::referrals {

// A destination's answer to a referral of this desk, as the hub delivered it.
struct NetworkAnswer
{
    QString eventUid; // the hub's event id: receiving it twice changes nothing
    qint64 referralId = 0; // 0 when this desk has no such referral (any more)
    QString refUuid;
    QString state; // a referral state code
    QString reason;
    QString finalOutcome;
    QDateTime answeredAt; // UTC, when the destination answered
    QDateTime receivedAt; // UTC
    bool applied = false; // false: the local state machine did not allow it; kept and shown
};

// A referral another desk of the network addressed to this one (its destination): the
// anonymized record as the hub sent it, and this desk's own answer.
struct ReceivedReferral
{
    qint64 id = 0;
    QString refUuid;
    QJsonObject record; // wire::referralRecordKeys(): codes and bands only
    QString state
        = QStringLiteral("RICEVUTA"); // RICEVUTA, PRESA_IN_CARICO, NON_PRESA_IN_CARICO, CHIUSA
    QString reason;
    QString finalOutcome;
    QDateTime receivedAt;
    QDateTime updatedAt;
};

} // namespace sportello::referrals
