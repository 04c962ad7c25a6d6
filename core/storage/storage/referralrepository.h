// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/referral.h"
#include "storage/personaldatastore.h"
#include "support/result.h"

#include <QList>

#include <optional>

namespace sportello::storage {

class Database;

// Referrals and their history in SQLite; the note sealed through the PersonalDataStore. Writes join
// the caller's transaction. No checks: ReferralService does them.
class ReferralRepository final
{
public:
    ReferralRepository(Database &database, const crypto::Vault &vault);

    [[nodiscard]] Result<qint64> insert(const referrals::Referral &referral);
    [[nodiscard]] Status updateState(const referrals::Referral &referral);
    // Rewrites a draft's concrete destination, needs, urgency, note and feedback date.
    [[nodiscard]] Status updateDraft(const referrals::Referral &referral);
    [[nodiscard]] Result<referrals::Referral> referral(qint64 referralId) const;
    // The referral with this uid, without its sealed note (so without the vault); nullopt when
    // there is none.
    [[nodiscard]] Result<std::optional<referrals::Referral>> byUid(const QString &uid) const;
    // The referrals matching the filter, newest first, without their sealed note.
    [[nodiscard]] Result<QList<referrals::Referral>>
    list(const referrals::ReferralFilter &filter) const;
    [[nodiscard]] Result<int> count(const referrals::ReferralFilter &filter) const;
    // Detaches a referral from its person (erasure): keeps the person's anonymized profile on
    // it, removes its sealed note, and leaves its codes and history.
    [[nodiscard]] Status detach(qint64 referralId, const QJsonObject &profile);
    [[nodiscard]] Status addTransition(qint64 referralId, const referrals::TransitionRecord &move);
    [[nodiscard]] Result<QList<referrals::TransitionRecord>> history(qint64 referralId) const;

private:
    [[nodiscard]] Result<QList<referrals::Referral>> select(const QString &where,
                                                            const QVariantList &values) const;

    Database &m_database;
    PersonalDataStore m_personal;
};

inline constexpr char kReferralEntity[] = "referral";

} // namespace sportello::storage
