// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/referral.h"
#include "services/sessionservice.h"

#include <QAbstractItemModel>

#include <functional>

namespace sportello::ui {

// The "Da ricontattare" queue as a tree: three top-level groups (overdue, today, upcoming),
// each holding its open follow-ups with due date, person, note and assignee, then the sent
// referrals whose answer was expected by then (date, person, destination, who referred).
class FollowUpModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpModel)

public:
    enum Column { Due, Person, Note, Assignee, ColumnCount };
    enum Group { Overdue, Today, Upcoming, GroupCount };
    // Follow-up rows: the follow-up's id, its person's id (0 for an anonymous walk-in) and
    // the raw due QDate. Group rows: 0, 0 and an invalid date.
    static constexpr int FollowUpIdRole = Qt::UserRole;
    static constexpr int PersonIdRole = Qt::UserRole + 1;
    static constexpr int DueRole = Qt::UserRole + 2;
    // The Group (int) of a row; for a group row, its own.
    static constexpr int GroupRole = Qt::UserRole + 3;
    // Referral rows: the referral's id (FollowUpIdRole is 0, DueRole the expected answer
    // date); 0 on the other rows.
    static constexpr int ReferralIdRole = Qt::UserRole + 4;

    using NameResolver = std::function<QString(qint64 id)>;

    // `personName` names people (empty: erased or unknown), `operatorName` assignees.
    FollowUpModel(NameResolver personName, NameResolver operatorName, QObject *parent = nullptr);

    // `awaiting`: sent referrals whose answer was expected on or before `today`, grouped as
    // overdue (before today) or today.
    void setQueue(people::FollowUpQueue queue, const QList<referrals::Referral> &awaiting = {},
                  const QDate &today = {});
    [[nodiscard]] const QList<people::FollowUp> &followUps(Group group) const;
    [[nodiscard]] const QList<referrals::Referral> &referrals(Group group) const;
    // Follow-ups and referrals of a group.
    [[nodiscard]] int count(Group group) const;
    // The index (column 0) of a follow-up, invalid when it is not in the queue.
    [[nodiscard]] QModelIndex indexOf(qint64 followUpId) const;
    // The follow-up at a row of a group, nullptr for group and referral rows.
    [[nodiscard]] const people::FollowUp *followUp(const QModelIndex &index) const;
    // The index (column 0) of a referral, invalid when it is not in the queue.
    [[nodiscard]] QModelIndex indexOfReferral(qint64 referralId) const;
    // The referral at a row of a group, nullptr for group and follow-up rows.
    [[nodiscard]] const referrals::Referral *referral(const QModelIndex &index) const;

    [[nodiscard]] static QString groupLabel(Group group);

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    [[nodiscard]] QVariant groupData(Group group, int column, int role) const;
    // What a screen reader says for a cell, and the due date's tool tip.
    [[nodiscard]] QString accessibleText(Group group, int column, const QString &value) const;
    [[nodiscard]] QString dueToolTip(Group group, const QDate &due) const;
    [[nodiscard]] QVariant followUpData(Group group, const people::FollowUp &followUp, int column,
                                        int role) const;
    [[nodiscard]] QVariant referralData(Group group, const referrals::Referral &referral,
                                        int column, int role) const;
    [[nodiscard]] QString display(const people::FollowUp &followUp, int column) const;
    [[nodiscard]] QString display(const referrals::Referral &referral, int column) const;
    [[nodiscard]] QString personName(qint64 personId) const;
    [[nodiscard]] QString operatorName(qint64 operatorId) const;

    NameResolver m_personName;
    NameResolver m_operatorName;
    people::FollowUpQueue m_queue;
    QList<referrals::Referral> m_referrals[GroupCount];
};

} // namespace sportello::ui
