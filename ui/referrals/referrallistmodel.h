// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/referral.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

#include <functional>

namespace sportello::ui {

// The desk's referrals as a table, one row each: when it was created, for whom, where it goes,
// for which needs, how urgent, its state, how many days it has been waiting and when an
// answer is expected (highlighted once that day has passed without one).
class ReferralListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralListModel)

public:
    enum Column {
        Created,
        Person,
        Destination,
        Needs,
        Urgency,
        State,
        Age,
        FeedbackDue,
        ColumnCount
    };
    static constexpr int ReferralIdRole = Qt::UserRole;
    static constexpr int PersonIdRole = Qt::UserRole + 1;
    // What the column sorts by: dates, numbers, ranks (urgency, state order) or the text.
    static constexpr int SortRole = Qt::UserRole + 2;
    // Days since it was sent (since it was created for one never sent), any column.
    static constexpr int AgeRole = Qt::UserRole + 3;
    // True when the expected answer is late, any column.
    static constexpr int OverdueRole = Qt::UserRole + 4;

    using NameResolver = std::function<QString(qint64 personId)>;
    using EntryResolver = std::function<QString(const QString &catalogueUid)>;

    // `personName` names people (empty: erased or unknown); `entryName` names the catalogue
    // organization or service a referral points to (empty: none or no longer there).
    ReferralListModel(NameResolver personName, EntryResolver entryName, QObject *parent = nullptr);

    // `today` (local) is what ages and lateness are counted against.
    void setReferrals(QList<referrals::Referral> referrals, const QDate &today);
    [[nodiscard]] const QList<referrals::Referral> &referrals() const { return m_referrals; }
    [[nodiscard]] const referrals::Referral *referral(const QModelIndex &index) const;
    // The row of a referral (column 0), invalid when it is not listed.
    [[nodiscard]] QModelIndex indexOf(qint64 referralId) const;

    // Days a referral has been waiting on `today`: since sent, or since created if never sent.
    [[nodiscard]] static int ageInDays(const referrals::Referral &referral, const QDate &today);
    // An answer was expected before `today` and the referral still waits for it.
    [[nodiscard]] static bool isOverdue(const referrals::Referral &referral, const QDate &today);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] QString display(const referrals::Referral &referral, int column) const;
    [[nodiscard]] QVariant sortKey(const referrals::Referral &referral, int column) const;
    [[nodiscard]] QString personName(qint64 personId) const;
    [[nodiscard]] QString destination(const referrals::Referral &referral) const;

    NameResolver m_personName;
    EntryResolver m_entryName;
    QList<referrals::Referral> m_referrals;
    QDate m_today;
};

// Sorts the referral table by ReferralListModel::SortRole and hides the referrals younger
// than a minimum age.
class ReferralSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralSortProxy)

public:
    explicit ReferralSortProxy(QObject *parent = nullptr);

    // 0 shows every referral.
    void setMinimumAge(int days);
    [[nodiscard]] int minimumAge() const { return m_minimumAge; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    int m_minimumAge = 0;
};

} // namespace sportello::ui
