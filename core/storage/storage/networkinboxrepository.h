// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/networkinbox.h"
#include "support/result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace sportello::storage {

class Database;

// All SQL of what the network tells the desk about referrals: the destinations' answers (kept
// whether applied or not) and the referrals received as a destination. Anonymized data only, so
// nothing here needs the vault. Writes join the caller's transaction.
class NetworkInboxRepository final
{
public:
    explicit NetworkInboxRepository(Database &database);

    // Whether the answer with this event id was already received.
    [[nodiscard]] Result<bool> hasAnswer(const QString &eventUid) const;
    [[nodiscard]] Status addAnswer(const referrals::NetworkAnswer &answer);
    // The answers about one referral, oldest first.
    [[nodiscard]] Result<QList<referrals::NetworkAnswer>> answers(qint64 referralId) const;
    // The answers the local state machine did not allow, oldest first.
    [[nodiscard]] Result<QList<referrals::NetworkAnswer>> unappliedAnswers() const;

    // Adds a received referral, or replaces the record of one already received (an update from
    // its sender); this desk's answer is kept.
    [[nodiscard]] Status receive(const QString &refUuid, const QJsonObject &record,
                                 const QDateTime &at);
    [[nodiscard]] Result<QList<referrals::ReceivedReferral>> received() const;
    [[nodiscard]] Result<std::optional<referrals::ReceivedReferral>> receivedById(qint64 id) const;
    // Records this desk's answer to a received referral.
    [[nodiscard]] Status answerReceived(qint64 id, const QString &state, const QString &reason,
                                        const QString &finalOutcome, const QDateTime &at);

    // What came back since `since` (answers, referrals received) and the received referrals
    // this desk has not answered yet: counts only, for the home page.
    struct Counts
    {
        int answersSince = 0;
        int receivedSince = 0;
        int receivedWaiting = 0;
    };
    [[nodiscard]] Result<Counts> counts(const QDateTime &since) const;

private:
    Database &m_database;
};

} // namespace sportello::storage
