// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupmodel.h"

#include "brand.h"
#include "text/referraltext.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using people::FollowUp;

namespace {

// Group rows carry internal id 0; follow-up rows their group + 1.
constexpr quintptr kGroupRowId = 0;

bool isGroupRow(const QModelIndex &index)
{
    return index.internalId() == kGroupRowId;
}

} // namespace

FollowUpModel::FollowUpModel(NameResolver personName, NameResolver operatorName, QObject *parent)
    : QAbstractItemModel(parent)
    , m_personName(std::move(personName))
    , m_operatorName(std::move(operatorName))
{ }

void FollowUpModel::setQueue(people::FollowUpQueue queue,
                             const QList<referrals::Referral> &awaiting, const QDate &today)
{
    beginResetModel();
    m_queue = std::move(queue);
    for (QList<referrals::Referral> &list : m_referrals)
        list.clear();
    for (const referrals::Referral &referral : awaiting) {
        const bool late = today.isValid() && referral.feedbackDue < today;
        m_referrals[late ? Overdue : Today].append(referral);
    }
    endResetModel();
}

const QList<referrals::Referral> &FollowUpModel::referrals(Group group) const
{
    return m_referrals[group == GroupCount ? Upcoming : group];
}

const QList<FollowUp> &FollowUpModel::followUps(Group group) const
{
    switch (group) {
    case Overdue:
        return m_queue.overdue;
    case Today:
        return m_queue.today;
    case Upcoming:
    case GroupCount:
        break;
    }
    return m_queue.upcoming;
}

int FollowUpModel::count(Group group) const
{
    return static_cast<int>(followUps(group).size() + referrals(group).size());
}

QModelIndex FollowUpModel::indexOf(qint64 followUpId) const
{
    for (int group = 0; group < GroupCount; ++group) {
        const QList<FollowUp> &list = followUps(static_cast<Group>(group));
        for (int row = 0; row < list.size(); ++row) {
            if (list.at(row).id == followUpId)
                return createIndex(row, 0, quintptr(group + 1));
        }
    }
    return {};
}

const FollowUp *FollowUpModel::followUp(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || isGroupRow(index))
        return nullptr;
    const QList<FollowUp> &list = followUps(static_cast<Group>(index.internalId() - 1));
    return index.row() < list.size() ? &list.at(index.row()) : nullptr;
}

QModelIndex FollowUpModel::indexOfReferral(qint64 referralId) const
{
    for (int group = 0; group < GroupCount; ++group) {
        const auto g = static_cast<Group>(group);
        const QList<referrals::Referral> &list = referrals(g);
        for (int row = 0; row < list.size(); ++row) {
            if (list.at(row).id == referralId)
                return createIndex(static_cast<int>(followUps(g).size()) + row, 0,
                                   quintptr(group + 1));
        }
    }
    return {};
}

const referrals::Referral *FollowUpModel::referral(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || isGroupRow(index))
        return nullptr;
    const auto group = static_cast<Group>(index.internalId() - 1);
    const qsizetype row = index.row() - followUps(group).size();
    const QList<referrals::Referral> &list = referrals(group);
    return row >= 0 && row < list.size() ? &list.at(row) : nullptr;
}

QString FollowUpModel::groupLabel(Group group)
{
    switch (group) {
    case Overdue:
        return tr("Overdue");
    case Today:
        return tr("Today");
    case Upcoming:
        return tr("Upcoming");
    case GroupCount:
        break;
    }
    return {};
}

QModelIndex FollowUpModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FollowUpModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isGroupRow(child))
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupRowId);
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (isGroupRow(parent) && parent.column() == 0)
        return count(static_cast<Group>(parent.row()));
    return 0;
}

int FollowUpModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags FollowUpModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Groups are headings: the cursor can rest on them, but only follow-ups are selected.
    if (isGroupRow(index))
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString FollowUpModel::personName(qint64 personId) const
{
    if (personId <= 0)
        return tr("Anonymous walk-in");
    const QString name = m_personName ? m_personName(personId) : QString();
    return name.isEmpty() ? tr("Person #%1 (no longer recorded)").arg(personId) : name;
}

QString FollowUpModel::operatorName(qint64 operatorId) const
{
    if (operatorId <= 0)
        return {};
    const QString name = m_operatorName ? m_operatorName(operatorId) : QString();
    return name.isEmpty() ? tr("Operator #%1").arg(operatorId) : name;
}

QString FollowUpModel::display(const FollowUp &followUp, int column) const
{
    switch (static_cast<Column>(column)) {
    case Due:
        return QLocale().toString(followUp.due, QLocale::ShortFormat);
    case Person:
        return personName(followUp.personId);
    case Note:
        return followUp.note.simplified();
    case Assignee:
        return operatorName(followUp.assigneeId);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FollowUpModel::groupData(Group group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column != Due)
            return {};
        return tr("%1 (%2)", "follow-up group (count)").arg(groupLabel(group)).arg(count(group));
    case Qt::AccessibleTextRole:
        return tr("%1: %n follow-up(s)", nullptr, count(group)).arg(groupLabel(group));
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (group == Overdue && count(group) > 0)
            return brand::alertForeground();
        return {};
    case GroupRole:
        return static_cast<int>(group);
    case FollowUpIdRole:
    case PersonIdRole:
    case ReferralIdRole:
        return qint64(0);
    case DueRole:
        return QDate();
    default:
        return {};
    }
}

QString FollowUpModel::accessibleText(Group group, int column, const QString &value) const
{
    const QString header = headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    const QString said = value.isEmpty() ? tr("none") : value;
    if (column == Due)
        return tr("%1: %2, %3").arg(header, said, groupLabel(group));
    return tr("%1: %2").arg(header, said);
}

QString FollowUpModel::dueToolTip(Group group, const QDate &due) const
{
    return tr("%1 (%2)", "date (group)")
        .arg(QLocale().toString(due, QLocale::LongFormat), groupLabel(group));
}

QVariant FollowUpModel::followUpData(Group group, const FollowUp &followUp, int column,
                                     int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(followUp, column);
    case Qt::ToolTipRole:
        if (column == Due)
            return dueToolTip(group, followUp.due);
        if (column == Note)
            return followUp.note;
        return display(followUp, column);
    case Qt::AccessibleTextRole:
        return accessibleText(group, column, display(followUp, column));
    case Qt::ForegroundRole:
        if (group == Overdue)
            return brand::alertForeground();
        return {};
    case Qt::FontRole:
        if (group == Overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case FollowUpIdRole:
        return followUp.id;
    case PersonIdRole:
        return followUp.personId;
    case DueRole:
        return followUp.due;
    case GroupRole:
        return static_cast<int>(group);
    case ReferralIdRole:
        return qint64(0);
    default:
        return {};
    }
}

QString FollowUpModel::display(const referrals::Referral &referral, int column) const
{
    switch (static_cast<Column>(column)) {
    case Due:
        return QLocale().toString(referral.feedbackDue, QLocale::ShortFormat);
    case Person:
        return personName(referral.personId);
    case Note:
        return tr("Referral to %1 awaiting feedback since %2")
            .arg(text::ReferralText::destinationLabel(referral.destinationType),
                 QLocale().toString(referral.feedbackDue, QLocale::ShortFormat));
    case Assignee:
        return operatorName(referral.createdBy);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FollowUpModel::referralData(Group group, const referrals::Referral &referral, int column,
                                     int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(referral, column);
    case Qt::ToolTipRole:
        if (column == Due)
            return dueToolTip(group, referral.feedbackDue);
        if (column == Assignee)
            return tr("Referred by %1").arg(display(referral, column));
        return display(referral, column);
    case Qt::AccessibleTextRole:
        return accessibleText(group, column, display(referral, column));
    case Qt::ForegroundRole:
        if (group == Overdue)
            return brand::alertForeground();
        return {};
    case Qt::FontRole: {
        // Italic tells a referral from a call-back at a glance.
        QFont font;
        font.setItalic(true);
        font.setBold(group == Overdue);
        return font;
    }
    case FollowUpIdRole:
        return qint64(0);
    case PersonIdRole:
        return referral.personId;
    case DueRole:
        return referral.feedbackDue;
    case GroupRole:
        return static_cast<int>(group);
    case ReferralIdRole:
        return referral.id;
    default:
        return {};
    }
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGroupRow(index))
        return groupData(static_cast<Group>(index.row()), index.column(), role);
    const auto group = static_cast<Group>(index.internalId() - 1);
    if (const FollowUp *item = followUp(index))
        return followUpData(group, *item, index.column(), role);
    if (const referrals::Referral *item = referral(index))
        return referralData(group, *item, index.column(), role);
    return {};
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case Person:
        return tr("Person");
    case Note:
        return tr("Note");
    case Assignee:
        return tr("Assigned to");
    default:
        return {};
    }
}

} // namespace sportello::ui
